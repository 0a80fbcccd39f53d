// Package fold holds the character clean-up that every skillcert parser shares:
// narrowing full-width forms (through golang.org/x/text/width) and recognising
// the spaces and dashes that people paste between groups (DECISIONS.md D8).
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
