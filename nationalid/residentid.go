package nationalid

import (
	"database/sql/driver"
	"strconv"
	"strings"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/internal/textvalue"
)

// IDSource cites the standard of the resident ID number.
const IDSource = "GB 11643-1999《公民身份号码》"

// MinBirthYear is the earliest birth year ParseResidentID accepts.
const MinBirthYear = 1800

var idWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// ResidentID is a citizen identity number (公民身份号码) of GB 11643, as a
// resident ID card (居民身份证) carries it: the address code (positions 1–6),
// the birth date (7–14, YYYYMMDD), the sequence code (15–17, odd for men,
// even for women) and the check character (18, a digit or X).
//
// A ResidentID is a small comparable value; the zero value is not a number.
// It is personal data: log it with care.
type ResidentID struct {
	s string
}

// Sex is the sex the sequence code records.
type Sex uint8

// The sexes.
const (
	Female Sex = 1 // an even sequence code
	Male   Sex = 2 // an odd sequence code
)

// String returns "female" or "male"; another value prints as "Sex(7)".
func (s Sex) String() string {
	switch s {
	case Female:
		return "female"
	case Male:
		return "male"
	}
	return "Sex(" + strconv.Itoa(int(s)) + ")"
}

// Chinese returns "女" or "男"; another value prints as "Sex(7)".
func (s Sex) Chinese() string {
	switch s {
	case Female:
		return "女"
	case Male:
		return "男"
	}
	return s.String()
}

// ParseResidentID reads an 18-character resident ID number: 17 digits and a
// birth date in positions 7–14 that exists, from MinBirthYear on, and a
// check character (0–9 or X) that matches the 17 digits. It accepts the forms
// people paste: full-width digits, a lower-case x, spaces around the number;
// nothing else is guessed. It does not compare the birth date with today:
// use CheckBirth or CheckResidentID for that. An error is a *skillcert.Error
// whose Kind is skillcert.ErrLength, ErrSyntax, ErrChecksum or ErrRange and
// whose Pos counts characters of s. Parsing a number already in canonical
// form does not allocate.
func ParseResidentID(s string) (ResidentID, error) {
	var sc scanned
	sc.scan(s)
	if sc.n != length {
		return ResidentID{}, sc.lengthErr("resident ID number", IDSource)
	}
	sum := 0
	for i, c := range sc.b[:17] {
		if c < '0' || c > '9' {
			return ResidentID{}, sc.fail("resident ID number", "character", i, i+1, skillcert.ErrSyntax, "a digit", "数字", IDSource)
		}
		sum += int(c-'0') * idWeights[i]
	}
	if c := sc.b[17]; (c < '0' || c > '9') && c != 'X' {
		return ResidentID{}, sc.fail("resident ID number", "check character", 17, 18, skillcert.ErrSyntax, "a digit or X", "数字或 X", IDSource)
	}
	b := &sc.b
	y := int(b[6]-'0')*1000 + int(b[7]-'0')*100 + int(b[8]-'0')*10 + int(b[9]-'0')
	m := int(b[10]-'0')*10 + int(b[11]-'0')
	d := int(b[12]-'0')*10 + int(b[13]-'0')
	birth := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if y < MinBirthYear || birth.Year() != y || int(birth.Month()) != m || birth.Day() != d {
		return ResidentID{}, sc.fail("resident ID number", "birth date", 6, 14, skillcert.ErrRange,
			"a date that exists, written YYYYMMDD, from "+strconv.Itoa(MinBirthYear)+" on", "存在的日期（YYYYMMDD），不早于 "+strconv.Itoa(MinBirthYear)+" 年", IDSource)
	}
	if want := "10X98765432"[sum%11]; sc.b[17] != want {
		return ResidentID{}, sc.fail("resident ID number", "check character", 17, 18, skillcert.ErrChecksum,
			`"`+string(want)+`"`, "“"+string(want)+"”", IDSource)
	}
	return ResidentID{sc.value()}, nil
}

// MustParseResidentID is ParseResidentID for constants: it panics on an
// invalid number.
func MustParseResidentID(s string) ResidentID {
	id, err := ParseResidentID(s)
	if err != nil {
		panic(err)
	}
	return id
}

// CheckResidentID reports whether s is a valid resident ID number whose
// birth date is not after the day of ref: the error of ParseResidentID or of
// CheckBirth, or nil. A zero ref skips the comparison, so that no birth date
// is called "in the future" when the caller has no date to compare with.
func CheckResidentID(s string, ref time.Time) error {
	id, err := ParseResidentID(s)
	if err != nil {
		return err
	}
	return id.checkBirth(ref, s)
}

// CheckBirth returns an error wrapping skillcert.ErrRange when the birth date
// is after the day of ref (its year, month and day in its own location); nil
// when it is not, when ref is the zero Time (no reference, no comparison),
// or for the zero ResidentID.
func (id ResidentID) CheckBirth(ref time.Time) error { return id.checkBirth(ref, id.s) }

func (id ResidentID) checkBirth(ref time.Time, input string) error {
	if ref.IsZero() || id.s == "" || !id.BornAfter(ref) {
		return nil
	}
	var sc scanned
	sc.scan(input)
	return sc.fail("resident ID number", "birth date", 6, 14, skillcert.ErrRange,
		"a birth date not after "+ref.Format(time.DateOnly), "不晚于 "+ref.Format(time.DateOnly)+" 的出生日期", IDSource)
}

// BornAfter reports whether the birth date is after the day of t (its year,
// month and day in its own location); false for the zero ResidentID.
func (id ResidentID) BornAfter(t time.Time) bool {
	if id.s == "" {
		return false
	}
	ty, tm, td := t.Date()
	return id.Birth().After(time.Date(ty, tm, td, 0, 0, 0, 0, time.UTC))
}

// IsValid reports whether id is a number, not the zero value.
func (id ResidentID) IsValid() bool { return id.s != "" }

// String returns the 18 characters, with an upper-case X; "" for the zero
// value.
func (id ResidentID) String() string { return id.s }

// Region returns the address code (地址码, positions 1–6): the county-level
// division where the number was first issued; "" for the zero value.
func (id ResidentID) Region() string {
	if id.s == "" {
		return ""
	}
	return id.s[:6]
}

// Birth returns the birth date (出生日期码, positions 7–14) at midnight UTC;
// the zero Time for the zero value.
func (id ResidentID) Birth() time.Time {
	if id.s == "" {
		return time.Time{}
	}
	n := func(i, j int) int {
		v := 0
		for k := i; k < j; k++ {
			v = v*10 + int(id.s[k]-'0')
		}
		return v
	}
	return time.Date(n(6, 10), time.Month(n(10, 12)), n(12, 14), 0, 0, 0, 0, time.UTC)
}

// Sequence returns the sequence code (顺序码, positions 15–17); "" for the
// zero value.
func (id ResidentID) Sequence() string {
	if id.s == "" {
		return ""
	}
	return id.s[14:17]
}

// Sex returns Male for an odd sequence code and Female for an even one; 0
// for the zero value.
func (id ResidentID) Sex() Sex {
	if id.s == "" {
		return 0
	}
	if (id.s[16]-'0')%2 == 1 {
		return Male
	}
	return Female
}

// Check returns the check character (校验码, position 18), '0'–'9' or 'X'; 0
// for the zero value.
func (id ResidentID) Check() byte {
	if id.s == "" {
		return 0
	}
	return id.s[17]
}

// Compare returns -1, 0 or +1 as id sorts before, with or after other; the
// zero value sorts first.
func (id ResidentID) Compare(other ResidentID) int { return strings.Compare(id.s, other.s) }

// AppendText appends the String form to b.
func (id ResidentID) AppendText(b []byte) ([]byte, error) { return append(b, id.s...), nil }

// MarshalText returns the String form; the zero value marshals as empty text.
func (id ResidentID) MarshalText() ([]byte, error) { return []byte(id.s), nil }

// UnmarshalText reads a number as ParseResidentID does; empty text is the
// zero value.
func (id *ResidentID) UnmarshalText(text []byte) error {
	return textvalue.Unmarshal(id, text, ParseResidentID)
}

// Scan implements database/sql.Scanner: a string or []byte is parsed, NULL
// is the zero value.
func (id *ResidentID) Scan(src any) error { return textvalue.Scan(id, src, ParseResidentID) }

// Value implements database/sql/driver.Valuer: the String form, or NULL for
// the zero value.
func (id ResidentID) Value() (driver.Value, error) {
	if id.s == "" {
		return nil, nil
	}
	return id.s, nil
}
