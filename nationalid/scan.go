package nationalid

import (
	"strconv"
	"unicode/utf8"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/internal/fold"
)

// length is the length of both identifiers.
const length = 18

// scanned is an input after the pasted-form clean-up, kept on the stack so
// that parsing does not allocate.
type scanned struct {
	src        string
	start, end int          // byte range of the input without its surrounding spaces
	lead       int          // characters of leading space
	n          int          // characters between start and end
	b          [length]byte // the first 18 of them, narrowed and upper-cased; 0 for a character that is not an ASCII letter or digit
	canonical  bool         // src[start:end] is already the 18 canonical bytes
}

// scan trims the spaces people paste around a value (ASCII white space,
// U+3000, no-break spaces), narrows full-width forms and upper-cases ASCII
// letters. Nothing else is changed or guessed: a letter O stays an O, and a
// space inside the value is a character like any other.
func (sc *scanned) scan(s string) {
	sc.src = s
	start, end := 0, len(s)
	for start < end {
		r, size := utf8.DecodeRuneInString(s[start:])
		if !fold.IsSpace(r) {
			break
		}
		start += size
		sc.lead++
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s[start:end])
		if !fold.IsSpace(r) {
			break
		}
		end -= size
	}
	sc.start, sc.end = start, end
	sc.canonical = end-start == length
	for i := start; i < end; {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			sc.canonical = false
		}
		i += size
		c := fold.Rune(r)
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
			sc.canonical = false
		}
		if sc.n < length {
			if ('0' <= c && c <= '9') || ('A' <= c && c <= 'Z') {
				sc.b[sc.n] = byte(c)
			} else {
				sc.canonical = false
			}
		}
		sc.n++
	}
}

// value returns the canonical text: the caller's own string when it was
// already canonical, so that parsing it does not allocate.
func (sc *scanned) value() string {
	if sc.canonical {
		return sc.src[sc.start:sc.end]
	}
	return string(sc.b[:])
}

// got returns the characters i to j (0-based, j exclusive, after the leading
// spaces) as the caller wrote them.
func (sc *scanned) got(i, j int) string {
	k, from := 0, -1
	for at := range sc.src[sc.start:sc.end] {
		if k == i {
			from = at
		}
		if k == j {
			return sc.src[sc.start+from : sc.start+at]
		}
		k++
	}
	if from < 0 {
		return ""
	}
	return sc.src[sc.start+from : sc.end]
}

// fail builds the error about characters i to j-1 (0-based after the leading
// spaces); i < 0 is about the whole input.
func (sc *scanned) fail(what, field string, i, j int, kind error, want, wantZH, source string) error {
	e := &skillcert.Error{Pkg: "nationalid", What: what, Input: sc.src, Field: field, Kind: kind, Want: want, WantZH: wantZH, Source: source}
	if i >= 0 {
		e.Pos, e.End = sc.lead+i+1, sc.lead+j
		e.Got = sc.got(i, j)
	}
	return e
}

// lengthErr is the error of an input that does not have 18 characters.
func (sc *scanned) lengthErr(what, source string) error {
	n := strconv.Itoa(sc.n)
	return &skillcert.Error{Pkg: "nationalid", What: what, Input: sc.src, Field: "length", Got: n, Kind: skillcert.ErrLength,
		Want: "18 characters, not " + n, WantZH: "18 个字符，而不是 " + n + " 个", Source: source}
}
