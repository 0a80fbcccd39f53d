package issuer

import (
	"context"
	"sync"

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/special"
)

// Memory is a Store in memory, for tests and for one process whose numbers
// need not survive it. The zero Memory serves no filing number until Serve
// (and no 专项 institution until ServeSpecial);
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

// ServeSpecial adds Henan 专项职业能力 assessment institutions
// (豫人社办函〔2020〕41号 二（四）) to those the store serves, for a
// SpecialIssuer; serving one twice is no error. The zero Institution is an
// error and nothing is added.
func (m *Memory) ServeSpecial(insts ...special.Institution) error {
	if m == nil {
		return argError("store", "nil", "a *Memory from NewMemory")
	}
	for _, in := range insts {
		if !in.IsValid() {
			return argError("institution", "", "a valid 专项 institution code, not the zero special.Institution")
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.served == nil {
		m.served = map[string]bool{}
	}
	for _, in := range insts {
		m.served[in.String()] = true
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
	return memKey{key.name(), key.Year, key.Level}, nil
}

// Allocate implements Store.
func (m *Memory) Allocate(ctx context.Context, key Key, n int) (int, error) {
	k, err := m.check(ctx, key)
	if err != nil {
		return 0, err
	}
	if err := checkCount(n, key.max()); err != nil {
		return 0, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.served[k.filing] {
		return 0, notServed(key)
	}
	last := m.last[k]
	if last+n > key.max() {
		return 0, exhausted(key, n, key.max()-last)
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
	if err := checkHighest(highest, key.max()); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.served[k.filing] {
		return notServed(key)
	}
	if m.last == nil {
		m.last = map[memKey]int{}
	}
	m.last[k] = max(m.last[k], highest)
	return nil
}
