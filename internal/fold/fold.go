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

// Code folds s as a code of ASCII letters and digits into dst: full-width
// forms narrowed, spaces and dashes dropped, ASCII letters upper-cased. It
// returns n, the number of characters kept (which may exceed len(dst); only
// the first len(dst) are written), and bad, the 1-based index among the kept
// characters of the first that is not an ASCII letter or digit after folding
// (0 if there is none). dst holds 0 for such a character. Code does not
// allocate.
func Code(dst []byte, s string) (n, bad int) {
	for i := 0; i < len(s); {
		c := s[i]
		var b byte
		switch {
		case c < utf8.RuneSelf:
			i++
			if b = ascii[c]; b == drop {
				continue
			}
		case c == 0xEF && i+2 < len(s) && fullWidth(s[i+1], s[i+2]):
			// U+FF01–U+FF5E, the full-width forms of '!' … '~'.
			b = ascii[s[i+2]-0x80+0x20+(s[i+1]-0xBC)*0x40]
			i += 3
			if b == drop {
				continue
			}
		case c == 0xE3 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80: // U+3000
			i += 3
			continue
		default:
			r, dropped, size := Next(s, i)
			i += size
			if dropped {
				continue
			}
			if r < utf8.RuneSelf {
				b = ascii[r]
			}
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

// fullWidth reports whether 0xEF c1 c2 is the UTF-8 of U+FF01–U+FF5E.
func fullWidth(c1, c2 byte) bool {
	return c1 == 0xBC && c2 > 0x80 && c2 <= 0xBF || c1 == 0xBD && c2 >= 0x80 && c2 <= 0x9E
}

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
