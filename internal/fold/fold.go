// Package fold holds the character clean-up that every skillcert parser shares:
// narrowing full-width forms (through golang.org/x/text/width) and recognising
// the spaces and dashes that people paste between groups. Codes are read the
// way people paste them: full-width digits and letters, lower case, spaces
// (including U+3000 and no-break spaces) and dashes between groups.
//
// Code and Next have a fast path for ASCII, for the full-width forms of ASCII
// (U+FF01–U+FF5E, which is where full-width digits and letters live) and for
// the ideographic space U+3000; every other character goes through
// golang.org/x/text/width.
package fold

import (
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Rune returns r with its full-width form narrowed ('Ｙ' → 'Y', '５' → '5',
// '（' → '('), and r itself when it has no narrow form.
func Rune(r rune) rune {
	if r < utf8.RuneSelf {
		return r
	}
	if r >= 0xFF01 && r <= 0xFF5E { // the full-width forms of ASCII
		return r - 0xFEE0
	}
	if n := width.LookupRune(r).Narrow(); n != 0 {
		return n
	}
	return r
}

// IsSpace reports whether r is a space people paste: ASCII white space, the
// ideographic space U+3000 and the no-break spaces U+00A0, U+2007, U+202F.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u3000', '\u00a0', '\u2007', '\u202f':
		return true
	}
	return false
}

// IsDash reports whether r is a hyphen or dash used between groups: '-', the
// Unicode hyphens and dashes U+2010–U+2015, the minus sign U+2212 and the small
// and full-width hyphen-minus U+FE63 and U+FF0D.
func IsDash(r rune) bool {
	switch {
	case r == '-', r >= '\u2010' && r <= '\u2015', r == '\u2212', r == '\ufe63', r == '\uff0d':
		return true
	}
	return false
}

// ASCII classes for the fast path: the byte a character folds to, or drop for
// a space or dash, or 0 for a character that is not an ASCII letter or digit.
const drop = 1

var ascii = func() (t [128]byte) {
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c)
		t[c+'a'-'A'] = byte(c)
	}
	for _, c := range " \t\n\r\v\f-" {
		t[c] = drop
	}
	return t
}()

// Next reads the character that starts at byte i of s and returns it folded
// (narrowed, and upper-cased if it is an ASCII letter), whether it is a space
// or dash that a code drops, and its length in bytes. A byte that is not UTF-8
// is one character of one byte, returned as utf8.RuneError.
func Next(s string, i int) (r rune, dropped bool, size int) {
	c := s[i]
	if c < utf8.RuneSelf {
		switch k := ascii[c]; k {
		case drop:
			return rune(c), true, 1
		case 0:
			return rune(c), false, 1
		default:
			return rune(k), false, 1
		}
	}
	r, size = utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError {
		return r, false, size
	}
	r = Rune(r)
	if IsSpace(r) || IsDash(r) {
		return r, true, size
	}
	if 'a' <= r && r <= 'z' {
		r -= 'a' - 'A'
	}
	return r, false, size
}

// Buffer is the fixed buffer Code folds into: longer than any code, so that
// a parser keeps it on its stack.
type Buffer = [32]byte

// Code folds s as a code of ASCII letters and digits into dst: full-width
// forms narrowed, spaces and dashes dropped, ASCII letters upper-cased. It
// returns n, the number of characters kept, and bad, the 1-based index among
// the kept characters of the first that is not an ASCII letter or digit after
// folding (0 if there is none). dst[:n] holds the kept characters, 0 for one
// that is not a letter or digit, when n ≤ len(dst); for a longer s, n counts
// every kept character and dst holds no meaning. Code does not allocate.
func Code(dst *Buffer, s string) (n, bad int) {
	// The fast path: ASCII, U+FF00–U+FF7F and U+3000, folded by table and
	// compacted without branches: a character is written at n, and n moves
	// on unless it was a space or dash. Anything else, a character that is
	// not a letter or digit, or an input longer than dst, goes to codeSlow,
	// which also finds bad.
	odd := false
	for i := 0; i < len(s); {
		c := s[i]
		var b byte
		if c < utf8.RuneSelf {
			b = ascii[c]
			i++
		} else if u := load24(s, i); isWide(u) {
			b = wideByte(u)
			i += 3
		} else {
			return codeSlow(dst, s)
		}
		dst[n&(len(dst)-1)] = b
		n += int(kept[b])
		odd = odd || b == 0
	}
	if odd || n > len(dst) {
		return codeSlow(dst, s)
	}
	return n, 0
}

// load24 returns the three bytes of s from i, little-endian, or 0 where s
// ends before.
func load24(s string, i int) uint32 {
	if i+2 >= len(s) {
		return 0
	}
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16
}

// isWide reports whether the three bytes of u (little-endian) are the UTF-8
// of U+FF00–U+FF7F (EF BC|BD 80–BF) or of U+3000 (E3 80 80).
func isWide(u uint32) bool { return u&0xC0FEFF == 0x80BCEF || u == 0x8080E3 }

// wideByte folds a three-byte unit isWide accepts, by table: row 0–1 is the
// low bit of the second byte (BC or BD), row 2 is U+3000, whose first byte
// E3 lacks the bit 3 that EF has.
func wideByte(u uint32) byte { return wide[u>>8&1|^u>>2&2][u>>16&0x3F] }

// codeSlow is Code character by character, through Next.
func codeSlow(dst *Buffer, s string) (n, bad int) {
	for i := 0; i < len(s); {
		r, dropped, size := Next(s, i)
		i += size
		if dropped {
			continue
		}
		var b byte
		if r < utf8.RuneSelf {
			b = ascii[r]
		}
		if b == 0 && bad == 0 {
			bad = n + 1
		}
		if n < len(dst) {
			dst[n] = b
		}
		n++
	}
	return n, bad
}

// kept is 0 for the drop class and 1 for every other folded byte.
var kept = func() (t [256]uint8) {
	for i := range t {
		t[i] = 1
	}
	t[drop] = 0
	return t
}()

// wide folds the UTF-8 sequences 0xEF 0xBC–0xBD 0x80–0xBF (U+FF00–U+FF7F),
// and U+3000 in row 2, as Next does: built from Next, so the fast path cannot
// disagree with it.
var wide = func() (t [4][64]byte) {
	t[2][0] = drop // U+3000
	for c1 := range 2 {
		for c2 := range 64 {
			r, dropped, _ := Next(string([]byte{0xEF, byte(0xBC + c1), byte(0x80 + c2)}), 0)
			switch {
			case dropped:
				t[c1][c2] = drop
			case r < utf8.RuneSelf:
				t[c1][c2] = ascii[r]
			}
		}
	}
	return t
}()

// Span finds the kept characters from and to (0-based indices among the
// characters Code keeps, from ≤ to) in s and returns their 1-based character
// positions pos and end in s as written, and the byte range start:stop of s
// that holds them, spaces between them included. An index past the kept
// characters gives the position just after the last character of s.
func Span(s string, from, to int) (pos, end, start, stop int) {
	k, chars := 0, 0
	pos, end, start, stop = -1, -1, len(s), len(s)
	for i := 0; i < len(s); {
		_, dropped, size := Next(s, i)
		chars++
		if !dropped {
			if k == from {
				pos, start = chars, i
			}
			if k == to {
				end, stop = chars, i+size
				return pos, end, start, stop
			}
			k++
		}
		i += size
	}
	if pos < 0 {
		pos = chars + 1
	}
	return pos, chars + 1, start, stop
}
