//go:build unix

package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// Locker holds an exclusive OS lock (flock) on a lock file.
type Locker struct{ f *os.File }

// Lock takes an exclusive lock on the file at path (created if missing; a
// store uses "<file>.lock", since renames replace the data file itself).
// It does not wait: if another process holds the lock, the error wraps
// ErrLocked.
func Lock(path string) (*Locker, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("atomicfile: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("atomicfile: %s: %w", path, ErrLocked)
		}
		return nil, fmt.Errorf("atomicfile: locking %s: %w", path, err)
	}
	return &Locker{f}, nil
}

// Unlock releases the lock. It is safe to call twice.
func (l *Locker) Unlock() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := l.f.Close() // closing releases the flock
	l.f = nil
	return err
}
