package submission

import (
	"math/bits"
	"slices"
	"strings"

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/occupation"
)

// The duplicate index is the only memory of a check that grows with the
// table. It is kept compact so that a million-row table checks in well under
// 64 MB:
//
//   - certificate numbers are grouped by their first 16 characters (filing
//     number, year, level: few per table); inside a group the row of each
//     serial is kept in a dense []int32 indexed by serial (4 bytes a row for
//     the usual run of serials from 1 up), or in an open-addressing table of
//     serials when the serials are too sparse for that (8 bytes a slot);
//   - persons are grouped by occupation, work type and level (a "job"); inside
//     a job, a resident ID number of 17 digits and a check character packs
//     exactly into a uint64, kept with its row in an open-addressing table
//     (12 bytes a slot); any other ID (another document, a non-canonical
//     form) is kept as a string in a map. Keys are exact: no two persons are
//     ever taken for one, as a hash could.
//
// Rows are stored as int32 line numbers, as Finding.Row reports them.

// rowTable maps nonzero uint64 keys to rows: linear probing, at most 3/4
// full, grown by half (not doubled), so that it is between 1/2 and 3/4 full
// and a million rows' tables take a fifth less memory; a key's home slot is
// its Fibonacci hash scaled to the size. A slot keeps key and row side by
// side in 12 bytes, so that a look-up touches one cache line.
type rowTable struct {
	slots []slot
	n     int
}

type slot struct {
	lo, hi uint32 // the key's halves; 0, 0 is an empty slot
	row    int32
}

func (s *slot) key() uint64 { return uint64(s.hi)<<32 | uint64(s.lo) }

const fib64 = 0x9E3779B97F4A7C15 // 2^64 / φ: Fibonacci hashing spreads keys

// home returns k's first slot in a table of size slots.
func home(k uint64, size int) int {
	hi, _ := bits.Mul64(k*fib64, uint64(size))
	return int(hi)
}

// firstOrAdd returns the row stored for k and true, or stores row for k and
// returns false.
func (t *rowTable) firstOrAdd(k uint64, row int32) (int32, bool) {
	if 4*(t.n+1) > 3*len(t.slots) {
		t.grow()
	}
	slots := t.slots
	for i := home(k, len(slots)); ; {
		s := &slots[i]
		switch s.key() {
		case k:
			return s.row, true
		case 0:
			*s = slot{uint32(k), uint32(k >> 32), row}
			t.n++
			return 0, false
		}
		if i++; i == len(slots) {
			i = 0
		}
	}
}

func (t *rowTable) grow() {
	size := len(t.slots) + len(t.slots)/2
	if size == 0 {
		size = 16
	}
	old := t.slots
	t.slots = make([]slot, size)
	for _, s := range old {
		k := s.key()
		if k == 0 {
			continue
		}
		i := home(k, size)
		for t.slots[i].key() != 0 {
			if i++; i == size {
				i = 0
			}
		}
		t.slots[i] = s
	}
}

// certGroup holds the certificate numbers of one filing number, year and
// level.
type certGroup struct {
	filing certcode.Filing
	year   int
	level  level.Level
	inst   *firstSeen // the filing's first institution name
	n      int        // serials stored
	dense  []int32    // dense[serial] is its row, 0 when not seen; nil once sparse
	sparse rowTable   // serial → row, when the serials are too sparse for dense
	isSet  bool       // sparse is in use
}

// maxSerial is the largest serial a certificate number holds (六位序列码).
const maxSerial = 999_999

// firstOrAdd returns the row that holds serial already, or records row.
func (g *certGroup) firstOrAdd(serial int, row int32) (int32, bool) {
	if !g.isSet {
		if serial < len(g.dense) {
			if first := g.dense[serial]; first != 0 {
				return first, true
			}
			g.dense[serial] = row
			g.n++
			return 0, false
		}
		// Dense while the serials are no sparser than one in two (and a
		// first 4,096), so that dense never costs more than a table would.
		if serial <= 2*g.n+4096 {
			// Grown by a quarter: less slack than doubling, for as
			// little copying in all (amortized constant per serial).
			size := max(serial+1, len(g.dense)+len(g.dense)/4, 1024)
			size = min(size, maxSerial+1)
			grown := make([]int32, size)
			copy(grown, g.dense)
			g.dense = grown
			g.dense[serial] = row
			g.n++
			return 0, false
		}
		for s, r := range g.dense {
			if r != 0 {
				g.sparse.firstOrAdd(uint64(s), r)
			}
		}
		g.dense, g.isSet = nil, true
	}
	first, dup := g.sparse.firstOrAdd(uint64(serial), row)
	if !dup {
		g.n++
	}
	return first, dup
}

// serials returns the group's serials in order.
func (g *certGroup) serials(buf []int32) []int32 {
	buf = buf[:0]
	if !g.isSet {
		for s, r := range g.dense {
			if r != 0 {
				buf = append(buf, int32(s))
			}
		}
		return buf
	}
	for _, s := range g.sparse.slots {
		if k := s.key(); k != 0 {
			buf = append(buf, int32(k))
		}
	}
	slices.Sort(buf)
	return buf
}

// certKey is a certificate number's first 16 characters, little-endian.
type certKey [2]uint64

// jobKey is what, besides the person, makes a certificate the same one
// twice: occupation, work type as written and level.
type jobKey struct {
	occ occupation.Code
	lv  level.Level
	wt  string
}

// personSet holds the persons of one job.
type personSet struct {
	job   jobKey           // the job, its work type a copy of the cell
	ids   rowTable         // packed resident IDs → row
	other map[string]int32 // any other ID as written → row
}

// packID packs an ID written as 17 ASCII digits and a digit or X into a
// nonzero uint64, exactly (17 digits × 11 check values < 2^63), or returns 0.
func packID(s string) uint64 {
	if len(s) != 18 {
		return 0
	}
	var v uint64
	for i := 0; i < 17; i++ {
		c := s[i] - '0'
		if c > 9 {
			return 0
		}
		v = v*10 + uint64(c)
	}
	var check uint64
	switch c := s[17]; {
	case c >= '0' && c <= '9':
		check = uint64(c - '0')
	case c == 'X':
		check = 10
	default:
		return 0
	}
	return v*11 + check + 1
}

// firstOrAdd returns the row that holds id already, or records row.
func (p *personSet) firstOrAdd(id string, row int32) (int32, bool) {
	if k := packID(id); k != 0 {
		return p.ids.firstOrAdd(k, row)
	}
	if first, dup := p.other[id]; dup {
		return first, true
	}
	if p.other == nil {
		p.other = map[string]int32{}
	}
	p.other[strings.Clone(id)] = row // a copy: the cell keeps the whole record alive
	return 0, false
}
