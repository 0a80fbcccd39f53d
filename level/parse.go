package level

import (
	"bytes"
	"unicode/utf8"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/internal/fold"
)

// maxParse bounds the cleaned-up input Parse looks at; the longest written
// form, "国家职业资格五级/初级工", takes 34 bytes.
const maxParse = 64

// source is the document the level names come from, which errors cite.
const source = "人社鉴发〔2019〕2号 表5"

// wantForm is what Parse wants, in English and Chinese.
const (
	wantForm   = "a grade such as 五级 or 5, a title such as 初级工, or both as 五级/初级工"
	wantFormZH = "等级（如“五级”“5”）、名称（如“初级工”）或两者（如“五级/初级工”）"
)

// Parse reads a level in any way the documents write it:
//
//	"5", "五级", "5级", "初级工", Henan's "初级", "五级/初级工", "五级 / 初级工",
//	"5级/初级工", "五级（初级工）", "初级工（五级）", "国家职业资格五级",
//	"国家职业资格五级/初级工", "五级职业资格/初级工", "五级国家职业资格/初级工"
//
// and their pasted forms: full-width digits, slashes and brackets ("５级",
// "五级／初级工"), spaces anywhere. A grade and a title written together must
// name the same level. Nothing else is guessed. An error is a
// *skillcert.Error whose Pos and End count characters of s. Parse does not
// allocate when it succeeds.
func Parse(s string) (Level, error) {
	var buf [maxParse]byte
	var at [maxParse]int32 // at[i]: character position in s of the rune starting at buf[i]
	n, pos := 0, 0
	for _, r := range s {
		pos++
		r = fold.Rune(r)
		if fold.IsSpace(r) {
			continue
		}
		if n+utf8.RuneLen(r) > len(buf) {
			return 0, &skillcert.Error{Pkg: "level", What: "level", Input: s, Kind: skillcert.ErrLength,
				Want: "a level of at most a few characters, as 五级/初级工", WantZH: "不超过十几个字的等级，如“五级/初级工”", Source: source}
		}
		at[n] = int32(pos)
		n += utf8.EncodeRune(buf[n:], r)
	}
	b := buf[:n]
	p := parser{b: b, at: at[:n]}
	switch {
	case n == 0:
		return 0, &skillcert.Error{Pkg: "level", What: "level", Input: s, Kind: skillcert.ErrLength, Want: wantForm, WantZH: wantFormZH, Source: source}
	case bytes.IndexByte(b, '/') >= 0:
		i := bytes.IndexByte(b, '/')
		return p.pair(s, 0, i, i+1, n)
	case b[n-1] == ')' && bytes.IndexByte(b, '(') > 0:
		i := bytes.IndexByte(b, '(')
		return p.pair(s, 0, i, i+1, n-1)
	}
	t, ok := tokens[string(b)]
	if !ok {
		return 0, p.err(s, 0, n, skillcert.ErrSyntax, wantForm, wantFormZH)
	}
	return t.level, nil
}

// parser holds the cleaned-up input and where each byte came from. The
// caller's input is passed beside it, so that storing it in an error does
// not make the buffers escape.
type parser struct {
	b  []byte
	at []int32
}

// err reports b[from:to] as the part at fault, by its characters in s.
func (p *parser) err(s string, from, to int, kind error, want, wantZH string) error {
	e := &skillcert.Error{Pkg: "level", What: "level", Input: s, Kind: kind, Want: want, WantZH: wantZH, Source: source}
	if from < to && (from > 0 || to < len(p.b)) { // a part, not the whole input
		e.Field = "part"
		e.Pos = int(p.at[from])
		_, size := utf8.DecodeLastRune(p.b[:to])
		e.End = int(p.at[to-size])
		e.Got = string(p.b[from:to])
	} else if from == to && from <= len(p.b) { // an empty part: point at the separator
		i := max(from-1, 0)
		e.Field, e.Pos, e.End = "part", int(p.at[i]), int(p.at[i])
	}
	return e
}

// pair reads a grade and a title written together, in either order:
// b[a0:a1] and b[b0:b1].
func (p *parser) pair(s string, a0, a1, b0, b1 int) (Level, error) {
	ta, oka := tokens[string(p.b[a0:a1])]
	tb, okb := tokens[string(p.b[b0:b1])]
	switch {
	case !oka:
		return 0, p.err(s, a0, a1, skillcert.ErrSyntax, "a grade such as 五级 or a title such as 初级工", "等级（如“五级”）或名称（如“初级工”）")
	case !okb:
		return 0, p.err(s, b0, b1, skillcert.ErrSyntax, "a grade such as 五级 or a title such as 初级工", "等级（如“五级”）或名称（如“初级工”）")
	case ta.kind == tb.kind:
		return 0, p.err(s, b0, b1, skillcert.ErrSyntax, "a grade and a title, as 五级/初级工, not two grades or two titles",
			"一个等级和一个名称，如“五级/初级工”")
	case ta.level != tb.level:
		return 0, p.err(s, b0, b1, skillcert.ErrRange, "the same level as "+string(p.b[a0:a1])+": "+ta.level.String(),
			"与“"+string(p.b[a0:a1])+"”相同的等级："+ta.level.String())
	}
	return ta.level, nil
}

// MustParse is like Parse but panics on an error. It is for constants in
// programs and tests: level.MustParse("五级").
func MustParse(s string) Level {
	l, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return l
}
