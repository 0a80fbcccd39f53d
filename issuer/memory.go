package issuer

import (
	"context"
	"sync"
)

// Memory is an Allocator in memory, for tests and for one process whose
// numbers need not survive it.
type Memory struct {
	mu   sync.Mutex
	last map[Key]int
}

// NewMemory returns an empty Memory allocator.
func NewMemory() *Memory { return &Memory{last: map[Key]int{}} }

// Allocate implements Allocator.
func (m *Memory) Allocate(_ context.Context, key Key, n int) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if n < 1 || m.last[key]+n > MaxSerial {
		return 0, ErrExhausted
	}
	first := m.last[key] + 1
	m.last[key] += n
	return first, nil
}

// Raise implements Allocator.
func (m *Memory) Raise(_ context.Context, key Key, highest int) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.last[key] = max(m.last[key], highest)
	return nil
}
