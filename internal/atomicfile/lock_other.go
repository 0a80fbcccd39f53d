//go:build !unix

package atomicfile

import "errors"

// Locker holds an exclusive OS lock on a lock file.
type Locker struct{}

// Lock is not supported on this system: it returns an error, so that a
// store is never opened for writing without a lock.
func Lock(path string) (*Locker, error) {
	return nil, errors.New("atomicfile: file locks are supported on unix systems only")
}

// Unlock does nothing.
func (l *Locker) Unlock() error { return nil }
