package special

import (
	"errors"
	"strconv"
	"unicode/utf8"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/internal/fold"
)

// ErrPlaceholder is the Cause of an error about an x where a digit belongs:
// 豫人社办函〔2020〕41号 二（四） writes the institution codes of 郑州市 as
// "16015xxx", and a template copied as it is must say so. errors.Is(err,
// skillcert.ErrSyntax) is true for such an error too.
var ErrPlaceholder = errors.New("template placeholder")

// The public documents every error and part cites.
const (
	srcInstitution = "豫人社办函〔2020〕41号 二（四）"
	srcNumber      = "豫人社办函〔2020〕41号 四（一）"
	srcValidity    = "劳社厅发〔2006〕29号 第三条"
)

// The two things this package reads, as skillcert.Error.What names them.
const (
	whatNumber      = "special certificate"
	whatInstitution = "special institution code"
)

// maxDigits is the longest code this package reads: a certificate number.
const maxDigits = NumberLen

// scanned is an input after the clean-up every skillcert parser applies to
// pasted text, kept on the stack so that parsing does not allocate: the code
// characters in order, each with its character position and byte offset in
// the caller's input.
type scanned struct {
	n                       int                 // code characters (neither spaces nor dashes between them); may exceed maxDigits
	b                       [maxDigits + 1]byte // the first of them, narrowed; 0 for one that is not a digit
	pos                     [maxDigits + 1]int  // 1-based character position of each in the input
	off                     [maxDigits + 1]int  // byte offset of each in the input
	last, lastOff, lastSize int                 // character position, byte offset and size of the last code character

	badPos, badOff, badSize int  // the first character that may not stand where it stands; badPos 0 if none
	badRune                 rune // that character, narrowed
}

// scan reads s as people paste a code: full-width digits are narrowed, spaces
// (including U+3000 and the no-break spaces) may stand anywhere, and hyphens
// or dashes may stand between two characters of the code, but not before the
// first or after the last. Nothing else is changed or guessed: a letter O is
// not a zero.
func (sc *scanned) scan(s string) {
	dash, dashOff, dashSize := 0, 0, 0 // the first dash since the last code character
	ci := 0
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		ci++
		c := fold.Rune(r)
		switch {
		case fold.IsSpace(c):
		case fold.IsDash(c):
			if sc.n == 0 {
				sc.setBad(ci, i, size, c)
			} else if dash == 0 {
				dash, dashOff, dashSize = ci, i, size
			}
		default:
			dash = 0
			b := byte(c)
			if c < '0' || c > '9' {
				sc.setBad(ci, i, size, c)
				b = 0
			}
			if sc.n < len(sc.b) {
				sc.b[sc.n], sc.pos[sc.n], sc.off[sc.n] = b, ci, i
			}
			sc.n++
			sc.last, sc.lastOff, sc.lastSize = ci, i, size
		}
		i += size
	}
	if dash != 0 {
		sc.setBad(dash, dashOff, dashSize, '-')
	}
}

func (sc *scanned) setBad(pos, off, size int, c rune) {
	if sc.badPos == 0 || pos < sc.badPos {
		sc.badPos, sc.badOff, sc.badSize, sc.badRune = pos, off, size, c
	}
}

// canonical reports whether s is exactly n ASCII digits, the canonical form,
// and returns the number they write.
func canonical(s string, n int) (uint64, bool) {
	if len(s) != n {
		return 0, false
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		d := s[i] - '0'
		if d > 9 {
			return 0, false
		}
		v = v*10 + uint64(d)
	}
	return v, true
}

// fast fills sc from s when s is exactly want ASCII digits, the canonical
// form, and reports whether it did.
func (sc *scanned) fast(s string, want int) bool {
	if len(s) != want {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	sc.n = copy(sc.b[:], s)
	for i := range want {
		sc.pos[i], sc.off[i] = i+1, i
	}
	sc.last, sc.lastOff, sc.lastSize = want, want-1, 1
	return true
}

// got returns code characters from .. to (0-based, inclusive) as the caller
// wrote them, with whatever stood between them.
func (sc *scanned) got(s string, from, to int) string {
	_, size := utf8.DecodeRuneInString(s[sc.off[to]:])
	return s[sc.off[from] : sc.off[to]+size]
}

// check returns the first defect of sc read as want characters: a character
// that may not stand where it stands, then the length. The fields are the
// caller's to check.
func (sc *scanned) check(s, what string, want int, src string) error {
	if sc.badPos != 0 {
		e := &skillcert.Error{Pkg: "special", What: what, Input: s, Field: "character",
			Pos: sc.badPos, End: sc.badPos, Got: s[sc.badOff : sc.badOff+sc.badSize],
			Want: "a digit 0–9", WantZH: "阿拉伯数字0–9", Source: src, Kind: skillcert.ErrSyntax}
		switch sc.badRune {
		case 'x', 'X':
			e.Cause = ErrPlaceholder
			e.Want, e.WantZH = "the real digit where the template writes x", "实际的数字（文件示例中的x是占位符）"
		case 'o', 'O':
			e.Want, e.WantZH = "a digit 0–9 (the letter O is not read as zero)", "阿拉伯数字0–9（字母O不是数字0）"
		default:
			if fold.IsDash(sc.badRune) {
				e.Want, e.WantZH = "a digit (a dash may stand only between digits)", "阿拉伯数字（连字符只能在数字之间）"
			}
		}
		return e
	}
	if sc.n == want {
		return nil
	}
	e := &skillcert.Error{Pkg: "special", What: what, Input: s, Field: "length", Got: strconv.Itoa(sc.n),
		Want: strconv.Itoa(want) + " digits", WantZH: strconv.Itoa(want) + "位阿拉伯数字", Source: src, Kind: skillcert.ErrLength}
	if sc.n > want { // point at the surplus
		e.Pos, e.End = sc.pos[want], sc.last
	}
	return e
}

// fieldError reports code characters from .. to (0-based, inclusive) as the
// field at fault.
func (sc *scanned) fieldError(s, what, field string, from, to int, kind error, want, wantZH, src string) error {
	return &skillcert.Error{Pkg: "special", What: what, Input: s, Field: field,
		Pos: sc.pos[from], End: sc.pos[to], Got: sc.got(s, from, to),
		Want: want, WantZH: wantZH, Source: src, Kind: kind}
}

// digits returns the number that code characters from .. to (0-based,
// inclusive) write.
func (sc *scanned) digits(from, to int) int {
	n := 0
	for _, c := range sc.b[from : to+1] {
		n = n*10 + int(c-'0')
	}
	return n
}

// checkInstitution checks the eight characters of an institution code that
// start at code character at (0 in an institution code, 2 in a certificate
// number) and returns the code's value.
func (sc *scanned) checkInstitution(s, what string, at int) (uint32, error) {
	if sc.b[at+4] != '5' {
		return 0, sc.fieldError(s, what, "category", at+4, at+4, skillcert.ErrSyntax,
			"the fixed digit 5, which marks 专项职业能力", "固定数字5（代表专项职业能力）", srcInstitution)
	}
	return uint32(sc.digits(at, at+7)), nil
}
