package issuer

import (
	"context"
	"sync"

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
)

// Memory is a Store in memory, for tests and for one process whose numbers
// need not survive it. The zero Memory serves no filing number until Serve;
// it is safe for concurrent use.
type Memory struct {
	mu     sync.Mutex
	served map[string]bool
	last   map[memKey]int
}

type memKey struct {
	filing string
	year   int
	level  level.Level
}

// NewMemory returns an empty Memory store that serves the filing numbers
// given.
func NewMemory(served ...certcode.Filing) (*Memory, error) {
	m := &Memory{}
	if err := m.Serve(served...); err != nil {
		return nil, err
	}
	return m, nil
}

// Serve adds filing numbers to those the store serves; serving one twice is
// no error. The zero Filing is an error and nothing is added.
func (m *Memory) Serve(filings ...certcode.Filing) error {
	if m == nil {
		return argError("store", "nil", "a *Memory from NewMemory")
	}
	for _, f := range filings {
		if !f.IsValid() {
			return argError("filing number", "", "a valid filing number, not the zero certcode.Filing")
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.served == nil {
		m.served = map[string]bool{}
	}
	for _, f := range filings {
		m.served[f.String()] = true
	}
	return nil
}

func (m *Memory) check(ctx context.Context, key Key) (memKey, error) {
	if m == nil {
		return memKey{}, argError("store", "nil", "a *Memory from NewMemory")
	}
	if err := checkContext(ctx); err != nil {
		return memKey{}, err
	}
	if err := key.check(); err != nil {
		return memKey{}, err
	}
	return memKey{key.Filing.String(), key.Year, key.Level}, nil
}

// Allocate implements Store.
func (m *Memory) Allocate(ctx context.Context, key Key, n int) (int, error) {
	k, err := m.check(ctx, key)
	if err != nil {
		return 0, err
	}
	if err := checkCount(n); err != nil {
		return 0, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.served[k.filing] {
		return 0, notServed(key.Filing)
	}
	last := m.last[k]
	if last+n > maxSerial {
		return 0, exhausted(key, n, maxSerial-last)
	}
	if m.last == nil {
		m.last = map[memKey]int{}
	}
	m.last[k] = last + n
	return last + 1, nil
}

// Raise implements Store.
func (m *Memory) Raise(ctx context.Context, key Key, highest int) error {
	k, err := m.check(ctx, key)
	if err != nil {
		return err
	}
	if err := checkHighest(highest); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.served[k.filing] {
		return notServed(key.Filing)
	}
	if m.last == nil {
		m.last = map[memKey]int{}
	}
	m.last[k] = max(m.last[k], highest)
	return nil
}
