//go:build !unix

package registry

import (
	"errors"
	"os"
)

// lockFile is not available without flock: a FileStore refuses changes rather
// than risk two registries assigning the same code.
func lockFile(path string) (func(), error) {
	return nil, &os.PathError{Op: "lock", Path: path, Err: errors.New("FileStore needs a Unix system for its file lock; use another Store")}
}
