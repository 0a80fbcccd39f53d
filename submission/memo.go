package submission

import "strings"

// memo remembers the result of a pure look-up of a cell's text: a
// direct-mapped cache of 256 entries, indexed by a cheap hash of the text
// (its length and its first and last eight bytes) and checked by comparing
// the text itself, so that a hit costs a few nanoseconds and a miss only
// what the look-up costs. The cells it serves (levels, occupations, work
// types) take a few dozen values in a table.
type memo[V any] struct {
	keys [256]string
	vals [256]V
	used [256]bool
}

// slot returns the entry for s, and whether it holds s.
func (m *memo[V]) slot(s string, salt uint64) (i uint8, hit bool) {
	h := uint64(len(s)) ^ salt
	switch {
	case len(s) >= 8:
		h ^= le64(s[:8]) ^ le64(s[len(s)-8:])*fib64
	default:
		for j := 0; j < len(s); j++ {
			h = h<<8 | uint64(s[j])
		}
	}
	i = uint8((h * fib64) >> 56)
	return i, m.used[i] && m.keys[i] == s
}

// put stores v for s in entry i, with a copy of s (the cell keeps the whole
// record alive).
func (m *memo[V]) put(i uint8, s string, v V) {
	m.keys[i], m.vals[i], m.used[i] = strings.Clone(s), v, true
}
