package occupation

import (
	"strconv"

	"github.com/skillcert/skillcert/internal/fold"
	"github.com/skillcert/skillcert/internal/textvalue"
)

// Level is the depth of a code in the dictionary.
type Level uint8

// The four levels of the dictionary.
const (
	Major      Level = 1 // 大类, "4"
	Middle     Level = 2 // 中类, "4-12"
	Minor      Level = 3 // 小类, "4-12-01"
	Occupation Level = 4 // 职业 (细类), "4-12-01-01"
)

var levelNames = [...][2]string{{}, {"大类", "major category"}, {"中类", "middle category"}, {"小类", "minor category"}, {"职业", "occupation"}}

// String returns the Chinese name of the level: 大类, 中类, 小类 or 职业.
func (l Level) String() string {
	if l > Occupation {
		return ""
	}
	return levelNames[l][0]
}

// English returns "major category", "middle category", "minor category" or
// "occupation".
func (l Level) English() string {
	if l > Occupation {
		return ""
	}
	return levelNames[l][1]
}

// Code is a code of the occupation dictionary at any level: a major category
// "4", a middle category "4-12", a minor category "4-12-01" or an occupation
// "4-12-01-01" (RULES.md A11). It is a comparable value; the zero Code is not
// valid. A Code is well formed; whether the dictionary has it is Lookup's
// question.
//
// A minor category and its single occupation can share digits ("2-03-01" and
// "2-03-01-00"); the level keeps them apart.
type Code uint32 // level << 24 | the seven digits, lower levels' digits zero

// Parse reads a code as people write it: "4-12-01-01", the compact seven digits
// "4120101", with full-width digits, other dashes (－ – — ‐) or spaces between
// the groups, and the category forms "4-12-01", "4-12" and "4". Parse does not
// allocate when it succeeds.
func Parse(s string) (Code, error) {
	var groups [4]int // digits per group
	var digits [7]byte
	n, g := 0, 0
	sep := false        // a separator came after the last digit
	lastDash := rune(0) // the last character other than a space, if it was a dash
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
				return 0, &Error{s, pos, "too many digits or groups; want d-dd-dd-dd"}
			}
			digits[n], groups[g] = byte(r), groups[g]+1
			n++
			lastDash = 0
		case fold.IsSpace(r):
			sep = sep || n > 0
		case fold.IsDash(r):
			if n == 0 || lastDash != 0 {
				return 0, &Error{s, pos, "a dash must stand between two groups of digits"}
			}
			sep, lastDash = true, r
		default:
			return 0, &Error{s, pos, "unexpected character " + strconv.QuoteRune(r) + "; want digits and dashes, as 4-12-01-01"}
		}
	}
	switch {
	case n == 0:
		return 0, &Error{s, 0, "empty; want a code such as 4-12-01-01"}
	case lastDash != 0:
		return 0, &Error{s, pos, "ends with a dash"}
	case digits[0] == '0':
		return 0, &Error{s, 1, "major category 0; the majors run from 1"}
	}
	lv := Occupation // the compact form, seven digits in one group
	if g > 0 || n != 7 {
		want := [4]int{1, 2, 2, 2}
		for i := 0; i <= g; i++ {
			if groups[i] != want[i] {
				return 0, &Error{s, 0, "group " + strconv.Itoa(i+1) + " has " + strconv.Itoa(groups[i]) +
					" digits; want " + strconv.Itoa(want[i]) + " (d-dd-dd-dd, or seven digits)"}
			}
		}
		lv = Level(g + 1)
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

// MustParse is like Parse but panics on an error; for constants.
func MustParse(s string) Code {
	c, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return c
}

// Error is what Parse returns for a malformed code.
type Error struct {
	Input  string // what the caller passed, unchanged
	Pos    int    // 1-based character position of the problem, 0 for the whole input
	Reason string
}

// Error quotes the input, the character position and the reason.
func (e *Error) Error() string {
	s := "occupation: invalid code " + strconv.Quote(e.Input)
	if e.Pos > 0 {
		s += " at character " + strconv.Itoa(e.Pos)
	}
	return s + ": " + e.Reason
}

// IsValid reports whether c is a well-formed code (not the zero Code).
func (c Code) IsValid() bool { return c.Level() >= Major && c.Level() <= Occupation }

// Level returns the code's level: Major, Middle, Minor or Occupation.
func (c Code) Level() Level { return Level(c >> 24) }

func (c Code) digits() uint32 { return uint32(c) & 0xffffff }

// truncate keeps the digits of levels up to lv.
var divisors = [...]uint32{0, 1000000, 10000, 100, 1}

// Up returns the code's category at level lv (lv ≤ c.Level()), or the zero
// Code otherwise: MustParse("4-12-01-01").Up(Middle) is "4-12".
func (c Code) Up(lv Level) Code {
	if !c.IsValid() || lv < Major || lv > c.Level() {
		return 0
	}
	d := divisors[lv]
	return Code(uint32(lv)<<24 | c.digits()/d*d)
}

// Parent returns the category one level up, or the zero Code for a major
// category.
func (c Code) Parent() Code { return c.Up(c.Level() - 1) }

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
	for i := 1; i < int(c.Level()); i++ {
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
