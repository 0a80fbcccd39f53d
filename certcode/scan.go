package certcode

import (
	"strings"
	"unicode/utf8"

	"github.com/skillcert/skillcert/internal/fold"
)

// maxLen is the longest code this package reads: a certificate number.
const maxLen = 22

// Compact returns s after the clean-up Parse applies before it reads a code:
// full-width characters narrowed, spaces (including U+3000 and no-break
// spaces) and hyphens or dashes removed, ASCII letters upper-cased. It does not
// check anything: characters that no code may hold are kept, so that
// Parse(Compact(s)) reports the same defect as Parse(s). Compact returns s
// itself, without allocating, when there is nothing to clean.
func Compact(s string) string {
	if compact(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, dropped, size := fold.Next(s, i)
		switch {
		case dropped:
		case r == utf8.RuneError:
			b.WriteString(s[i : i+size]) // kept as written
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}

// compact reports whether s holds only digits and upper-case ASCII letters,
// so that the clean-up would leave it as it is.
func compact(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isCompact[s[i]] {
			return false
		}
	}
	return true
}

var isCompact = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	return t
}()

// canonical reports whether s is an upper-case letter followed by at least
// one digit and nothing else: a code as this package writes it.
func canonical(s string) bool {
	if len(s) == maxLen { // three overlapping eight-byte checks, no loop
		return 'A' <= s[0] && s[0] <= 'Z' && digits8(s[1:9]) && digits8(s[9:17]) && digits8(s[14:22])
	}
	return len(s) > 1 && 'A' <= s[0] && s[0] <= 'Z' && allDigits(s[1:])
}

// allDigits reports whether s is all ASCII digits, eight bytes at a time: a
// byte is a digit when its high nibble is 3 and adding 6 to it keeps it so.
// A tail shorter than eight bytes is read as the last eight, overlapping.
func allDigits(s string) bool {
	if len(s) < 8 {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return true
	}
	for i := 0; ; i += 8 {
		if i > len(s)-8 {
			i = len(s) - 8
		}
		if !digits8(s[i : i+8]) {
			return false
		}
		if i == len(s)-8 {
			return true
		}
	}
}

func digits8(s string) bool {
	const hi, three, six = 0xF0F0F0F0F0F0F0F0, 0x3030303030303030, 0x0606060606060606
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	return x&hi == three && (x+six)&hi == three
}

// parsePrinted is the fast path for a number in one of the printed layouts
// (no separators, groups 1 4 2 6 2 1 6 as the national and Guangdong rules
// print them, or 1 4 2 2 4 2 1 6 as Henan, Anhui and Chongqing do), in ASCII
// (separated by spaces or hyphens, one kind throughout, first letter in
// either case) or in full width (separated by U+3000): it gathers the 22
// characters and checks them with parseWords. It reports false for anything
// else, which the general clean-up then reads; where it succeeds, the
// general clean-up gives the same 22 characters.
func parsePrinted(s string) (Code, bool) {
	w0, w1, w2, ok := gatherASCII(s)
	if !ok {
		if w0, w1, w2, ok = gatherWide(s); !ok {
			return Code{}, false
		}
	}
	return parseWords(w0, w1, w2)
}

func str32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// upper upper-cases an ASCII letter.
func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}
