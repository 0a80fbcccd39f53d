package occupation

import (
	"strconv"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/internal/fold"
	"github.com/skillcert/skillcert/internal/textvalue"
)

// Depth is how deep a code sits in the dictionary's tree: a major category,
// a middle or a minor category, or an occupation. It is called Depth, not
// Level, because a "level" in this module is always a skill level
// (level.Level, 五级 … 一级); a code's depth and a certificate's level are
// different questions that often stand side by side.
type Depth uint8

// The four depths of the dictionary.
const (
	Major      Depth = 1 // 大类, "4"
	Middle     Depth = 2 // 中类, "4-12"
	Minor      Depth = 3 // 小类, "4-12-01"
	Occupation Depth = 4 // 职业 (细类), "4-12-01-01"
)

var depthNames = [...][2]string{{}, {"大类", "major category"}, {"中类", "middle category"}, {"小类", "minor category"}, {"职业", "occupation"}}

// String returns the Chinese name of the depth: 大类, 中类, 小类 or 职业; a
// value that is none of them prints as "Depth(9)".
func (l Depth) String() string {
	if l < Major || l > Occupation {
		return "Depth(" + strconv.Itoa(int(l)) + ")"
	}
	return depthNames[l][0]
}

// English returns "major category", "middle category", "minor category" or
// "occupation"; a value that is none of them prints as "Depth(9)".
func (l Depth) English() string {
	if l < Major || l > Occupation {
		return "Depth(" + strconv.Itoa(int(l)) + ")"
	}
	return depthNames[l][1]
}

// Code is a code of the occupation dictionary at any level: a major category
// "4", a middle category "4-12", a minor category "4-12-01" or an occupation
// "4-12-01-01", as 中华人民共和国职业分类大典（2022年版） numbers them. It is a comparable value; the zero Code is not
// valid. A Code is well formed; whether the dictionary has it is Lookup's
// question.
//
// A minor category and its single occupation can share digits ("2-03-01" and
// "2-03-01-00"); the depth keeps them apart.
type Code uint32 // depth << 24 | the seven digits, lower depths' digits zero

// Parse reads a code as people write it and paste it: "4-12-01-01", the
// compact seven digits "4120101", with full-width digits, other dashes
// (－ – — ‐) or spaces between the groups, surrounding spaces, and the
// category forms "4-12-01", "4-12" and "4". Nothing else is guessed: a letter
// O is not a zero. An error is a *skillcert.Error whose Pos and End count
// characters of s. Parse does not allocate when it succeeds.
func Parse(s string) (Code, error) {
	var groups [4]int       // digits per group
	var starts, ends [4]int // character positions where each group starts and ends
	var digits [7]byte
	n, g := 0, 0
	sep := false  // a separator came after the last digit
	lastDash := 0 // position of the last character other than a space, if it was a dash
	pos := 0
	for _, r := range s {
		pos++
		r = fold.Rune(r)
		switch {
		case r >= '0' && r <= '9':
			if sep {
				g, sep = g+1, false
			}
			if n == len(digits) || g == len(groups) {
				return 0, codeError(s, pos, pos, skillcert.ErrLength, "at most seven digits in four groups, as 4-12-01-01")
			}
			if groups[g] == 0 {
				starts[g] = pos
			}
			digits[n], groups[g], ends[g] = byte(r), groups[g]+1, pos
			n++
			lastDash = 0
		case fold.IsSpace(r):
			sep = sep || n > 0
		case fold.IsDash(r):
			if n == 0 || lastDash != 0 {
				return 0, codeError(s, pos, pos, skillcert.ErrSyntax, "a dash only between two groups of digits, as 4-12-01-01")
			}
			sep, lastDash = true, pos
		default:
			return 0, codeError(s, pos, pos, skillcert.ErrSyntax, "digits and dashes, as 4-12-01-01")
		}
	}
	switch {
	case n == 0:
		return 0, codeError(s, 0, 0, skillcert.ErrLength, "a code such as 4-12-01-01")
	case lastDash != 0:
		return 0, codeError(s, lastDash, lastDash, skillcert.ErrSyntax, "a group of digits after the dash")
	case digits[0] == '0':
		return 0, codeError(s, starts[0], starts[0], skillcert.ErrRange, "a major category from 1 to 8")
	}
	lv := Occupation // the compact form, seven digits in one group
	if g > 0 || n != 7 {
		want := [4]int{1, 2, 2, 2}
		for i := 0; i <= g; i++ {
			if groups[i] != want[i] {
				return 0, groupError(s, starts[i], ends[i], Depth(i+1),
					[...]string{"one digit for the major category, as 4-12-01-01 (or seven digits, as 4120101)",
						"two digits for the middle category, as 4-12-01-01", "two digits for the minor category, as 4-12-01-01",
						"two digits for the occupation, as 4-12-01-01"}[i])
			}
		}
		lv = Depth(g + 1)
	}
	v := uint32(0)
	for _, d := range digits {
		if d != 0 {
			d -= '0'
		}
		v = v*10 + uint32(d)
	}
	return Code(uint32(lv)<<24 | v), nil
}

// codeError is the error of Parse: characters pos–end of s are at fault
// (0, 0 for the whole input).
func codeError(s string, pos, end int, kind error, want string) error {
	e := &skillcert.Error{Pkg: "occupation", What: "occupation code", Input: s, Pos: pos, End: end, Want: want, Kind: kind,
		Source: "中华人民共和国职业分类大典（2022年版）"}
	if pos > 0 {
		e.Field = "character"
		e.Got = runes(s, pos, end)
	}
	return e
}

// groupError is the error of Parse for a group of digits of the wrong length.
func groupError(s string, pos, end int, d Depth, want string) error {
	return &skillcert.Error{Pkg: "occupation", What: "occupation code", Input: s, Field: d.English(), Pos: pos, End: end,
		Got: runes(s, pos, end), Want: want, Kind: skillcert.ErrSyntax, Source: "中华人民共和国职业分类大典（2022年版）"}
}

// runes returns characters pos–end (1-based, inclusive) of s.
func runes(s string, pos, end int) string {
	i, from := 0, len(s)
	for j := range s {
		i++
		if i == pos {
			from = j
		}
		if i == end+1 {
			return s[from:j]
		}
	}
	return s[from:]
}

// MustParse is like Parse but panics on an error; for constants.
func MustParse(s string) Code {
	c, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return c
}

// IsValid reports whether c is a well-formed code (not the zero Code).
func (c Code) IsValid() bool { return c.Depth() >= Major && c.Depth() <= Occupation }

// Depth returns the code's depth: Major, Middle, Minor or Occupation.
func (c Code) Depth() Depth { return Depth(c >> 24) }

func (c Code) digits() uint32 { return uint32(c) & 0xffffff }

// divisors keep the digits of depths up to lv.
var divisors = [...]uint32{0, 1000000, 10000, 100, 1}

// Up returns the code's category at depth lv (lv ≤ c.Depth()), or the zero
// Code otherwise: MustParse("4-12-01-01").Up(Middle) is "4-12".
func (c Code) Up(lv Depth) Code {
	if !c.IsValid() || lv < Major || lv > c.Depth() {
		return 0
	}
	d := divisors[lv]
	return Code(uint32(lv)<<24 | c.digits()/d*d)
}

// Parent returns the category one level up, or the zero Code for a major
// category.
func (c Code) Parent() Code { return c.Up(c.Depth() - 1) }

// MajorNumber returns the major category, 1–8 in the 2022 edition.
func (c Code) MajorNumber() int { return int(c.digits() / 1000000) }

// String returns the code in the dictionary's form: "4", "4-12", "4-12-01" or
// "4-12-01-01"; "" for the zero Code.
func (c Code) String() string {
	var b [10]byte
	return string(c.appendTo(b[:0]))
}

func (c Code) appendTo(b []byte) []byte {
	if !c.IsValid() {
		return b
	}
	d := c.digits()
	var digits [7]byte
	for i := 6; i >= 0; i-- {
		digits[i] = byte('0' + d%10)
		d /= 10
	}
	b = append(b, digits[0])
	for i := 1; i < int(c.Depth()); i++ {
		b = append(b, '-', digits[2*i-1], digits[2*i])
	}
	return b
}

// AppendText appends the code's String form to b.
func (c Code) AppendText(b []byte) ([]byte, error) { return c.appendTo(b), nil }

// MarshalText returns the String form; the zero Code marshals to "".
func (c Code) MarshalText() ([]byte, error) { return c.appendTo(nil), nil }

// UnmarshalText reads any form Parse reads; "" gives the zero Code.
func (c *Code) UnmarshalText(b []byte) error { return textvalue.Unmarshal(c, b, Parse) }
