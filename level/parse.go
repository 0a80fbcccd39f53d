package level

import (
	"bytes"
	"unicode/utf8"

	"github.com/skillcert/skillcert/internal/fold"
)

// maxParse bounds the cleaned-up input Parse looks at; the longest written
// form, "国家职业资格五级/初级工", takes 34 bytes.
const maxParse = 64

// Parse reads a level in any form the documents write it (RULES.md D1):
//
//	"5", "五级", "5级", "初级工", Henan's "初级", "五级/初级工", "五级 / 初级工",
//	"5级/初级工", "五级（初级工）", "初级工（五级）", "国家职业资格五级",
//	"国家职业资格五级/初级工", "三级职业资格/高级工"
//
// and their full-width forms ("５级", "五级／初级工"). Spaces anywhere are
// ignored. A grade and a title written together must name the same level. Any
// other input is an *Error that quotes it. Parse does not allocate when it
// succeeds.
func Parse(s string) (Level, error) {
	var buf [maxParse]byte
	n := 0
	for _, r := range s {
		r = fold.Rune(r)
		if fold.IsSpace(r) {
			continue
		}
		if n+utf8.RuneLen(r) > len(buf) {
			return 0, &Error{s, "too long to be a level"}
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	b := buf[:n]
	switch {
	case n == 0:
		return 0, &Error{s, "empty"}
	case bytes.IndexByte(b, '/') >= 0:
		i := bytes.IndexByte(b, '/')
		return pair(s, b[:i], b[i+1:])
	case b[n-1] == ')' && bytes.IndexByte(b, '(') > 0:
		i := bytes.IndexByte(b, '(')
		return pair(s, b[:i], b[i+1:n-1])
	}
	t, ok := tokens[string(b)]
	if !ok {
		return 0, &Error{s, "unknown form; want a grade such as 五级 or 5, a title such as 初级工, or both as 五级/初级工"}
	}
	return t.level, nil
}

// pair reads a grade and a title written together, in either order.
func pair(s string, a, b []byte) (Level, error) {
	ta, oka := tokens[string(a)]
	tb, okb := tokens[string(b)]
	switch {
	case !oka:
		return 0, &Error{s, "unknown part " + quote(a) + "; want a grade such as 五级 or a title such as 初级工"}
	case !okb:
		return 0, &Error{s, "unknown part " + quote(b) + "; want a grade such as 五级 or a title such as 初级工"}
	case ta.kind == tb.kind:
		return 0, &Error{s, quote(a) + " and " + quote(b) + " are both grades or both titles; write a grade and a title, as 五级/初级工"}
	case ta.level != tb.level:
		return 0, &Error{s, quote(a) + " is level " + string(ta.level.Digit()) + " but " + quote(b) + " is level " + string(tb.level.Digit())}
	}
	return ta.level, nil
}

func quote(b []byte) string { return "\"" + string(b) + "\"" }

// MustParse is like Parse but panics on an error. It is for constants in
// programs and tests: level.MustParse("五级").
func MustParse(s string) Level {
	l, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return l
}
