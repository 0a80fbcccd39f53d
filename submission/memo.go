package submission

import "strings"

// memo remembers the result of a pure look-up of a cell's text: a two-way
// set-associative cache of 256 entries, indexed by a cheap hash of the text
// (its length and its first and last eight bytes) and checked by comparing
// the text itself, so that a hit costs a few nanoseconds and a miss only
// what the look-up costs. The cells it serves (levels, occupations, work
// types) take a few dozen values in a table; two ways keep two frequent
// values that share a set from pushing each other out.
type memo[V any] struct {
	keys [256]string
	vals [256]V
	tags [256]uint64 // a second key the caller gives (an occupation), or 0
	used [256]bool
}

// find returns the entry holding s (and tag), or the set's first entry and
// false.
func (m *memo[V]) find(s string, tag uint64) (i uint8, hit bool) {
	h := uint64(len(s)) ^ tag*fib64
	switch {
	case len(s) >= 8:
		h ^= le64(s[:8]) ^ le64(s[len(s)-8:])*fib64
	default:
		for j := 0; j < len(s); j++ {
			h = h<<8 | uint64(s[j])
		}
	}
	i = uint8((h*fib64)>>56) &^ 1
	for _, j := range [2]uint8{i, i + 1} {
		if m.used[j] && m.tags[j] == tag && m.keys[j] == s {
			return j, true
		}
	}
	return i, false
}

// put stores v for s (and tag) in the set whose first entry is i, the
// set's first entry moving to its second; s is copied (a cell keeps its
// whole record alive).
func (m *memo[V]) put(i uint8, s string, tag uint64, v V) {
	m.keys[i+1], m.vals[i+1], m.tags[i+1], m.used[i+1] = m.keys[i], m.vals[i], m.tags[i], m.used[i]
	m.keys[i], m.vals[i], m.tags[i], m.used[i] = strings.Clone(s), v, tag, true
}
