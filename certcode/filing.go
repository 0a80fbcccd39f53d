package certcode

import (
	"strconv"

	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/region"
)

// Filing is a valid 13-character institution filing number (机构备案号):
// positions 1–13 of every certificate number the institution issues
// (DECISIONS.md D10; Anhui defines it on its own, 004 L226–318). It is a small
// comparable value; the zero Filing is not valid.
type Filing struct {
	b  [filingLen]byte
	sc Scheme
}

// ParseFiling reads a filing number with the same clean-up and the same rules
// as Parse applies to positions 1–13: "S 0000 34 01 0001" (004 L316).
func ParseFiling(s string) (Filing, error) { return parseFiling(s, 0) }

// ParseFilingAs reads s like ParseFiling but checks it by the named rule only.
func ParseFilingAs(s string, sc Scheme) (Filing, error) {
	if !sc.valid() {
		return Filing{}, &Error{Input: s, Field: "scheme", Value: strconv.Itoa(int(sc)),
			Expected: "one of the five Scheme constants", What: "filing number", err: ErrScheme}
	}
	return parseFiling(s, sc)
}

func parseFiling(s string, fixed Scheme) (Filing, error) {
	b, sc, err := read(s, filingLen, fixed, "filing number")
	if err != nil {
		return Filing{}, err
	}
	f := Filing{sc: sc}
	copy(f.b[:], b[:filingLen])
	return f, nil
}

// MustParseFiling is like ParseFiling but panics on an error.
func MustParseFiling(s string) Filing {
	f, err := ParseFiling(s)
	if err != nil {
		panic(err)
	}
	return f
}

// ValidateFiling reports whether s is a valid filing number, with the same
// *Error ParseFiling would return.
func ValidateFiling(s string) error {
	_, err := ParseFiling(s)
	return err
}

// IsValid reports whether f is a valid filing number, that is, not the zero
// Filing.
func (f Filing) IsValid() bool { return f.sc != 0 }

// String returns the canonical 13 characters, or "" for the zero Filing.
func (f Filing) String() string {
	if !f.IsValid() {
		return ""
	}
	return string(f.b[:])
}

// Grouped returns the filing number grouped as the rule's document prints it,
// "S 0000 34 01 0001" (004 L316) or "Y 0001 44 001005".
func (f Filing) Grouped() string {
	if !f.IsValid() {
		return ""
	}
	return grouped(f.b[:], f.sc.rule().groups)
}

// Scheme returns the rule that governs f (DECISIONS.md D1).
func (f Filing) Scheme() Scheme { return f.sc }

// Category returns position 1: Employer (Y) or SocialOrg (S); 0 for the zero
// Filing.
func (f Filing) Category() Category { return Category(f.b[0]) }

// Institution returns positions 2–5.
func (f Filing) Institution() string { return f.part(posInstitution, 4) }

// Province returns positions 6–7.
func (f Filing) Province() string { return f.part(posProvince, 2) }

// ProvinceName returns the province's name as the national table prints it.
func (f Filing) ProvinceName() string {
	p, _ := region.LookupProvince(f.Province())
	return p.Name
}

// Area returns positions 8–9 where the rule defines an area there, else "".
func (f Filing) Area() string {
	if !f.sc.rule().area {
		return ""
	}
	return f.part(posSite, 2)
}

// AreaName returns the area's name as the province's table prints it, or ""
// where the rule has no area.
func (f Filing) AreaName() string {
	a, _ := region.LookupArea(f.Province(), f.Area())
	return a.Name
}

// Site returns positions 8–13.
func (f Filing) Site() string { return f.part(posSite, 6) }

// Sequence returns the institution's sequence inside its area: positions 11–13
// for Guangdong, 10–13 for Henan, Anhui and Chongqing, "" for the national rule.
func (f Filing) Sequence() string {
	from := f.sc.rule().seqFrom
	if from == 0 {
		return ""
	}
	return f.part(from, filingLen-from+1)
}

// Unit returns what position 10 says about the institution (DECISIONS.md D4,
// D5): Guangdong's unit kind; for a Henan Y code, Enterprise (0–8) or
// TechnicalSchool (9); UnitUnknown elsewhere.
func (f Filing) Unit() Unit {
	r := f.sc.rule()
	d := f.b[posSeq-1]
	switch {
	case r.unitKind:
		return StateOwned + Unit(d-'1')
	case r.henan10 && f.Category() == Employer && d == '9':
		return TechnicalSchool
	case r.henan10 && f.Category() == Employer:
		return Enterprise
	}
	return UnitUnknown
}

func (f Filing) part(pos, n int) string {
	if !f.IsValid() {
		return ""
	}
	return string(f.b[pos-1 : pos-1+n])
}

// Certificate builds the certificate number with serial serial for level lv,
// issued in year (DECISIONS.md D10). The year must be 2019–2099 (D6), the
// level valid and the serial 1–999999 (D4); otherwise the *Error names the
// field.
func (f Filing) Certificate(year int, lv level.Level, serial int) (Code, error) {
	fail := func(field string, pos int, value, expected string, err error) (Code, error) {
		return Code{}, &Error{Input: f.String(), Field: field, Pos: pos, Value: value, Expected: expected,
			Scheme: f.sc, What: "certificate number from filing number", err: err}
	}
	switch {
	case !f.IsValid():
		return fail("category", 1, "", "a valid filing number, not the zero Filing", ErrCategory)
	case year < minYear || year > 2099:
		return fail("year", posYear, strconv.Itoa(year), "2019–2099 (D6)", ErrYear)
	case !lv.IsValid():
		return fail("level", posLevel, strconv.Itoa(int(lv)), "a level 1–5", ErrLevel)
	case serial < 1 || serial > 999999:
		return fail("serial", posSerial, strconv.Itoa(serial), "1–999999 (003 L2584)", ErrSerial)
	}
	var b [maxLen]byte
	copy(b[:], f.b[:])
	b[13], b[14] = byte('0'+year/10%10), byte('0'+year%10)
	b[15] = lv.Digit()
	for i := maxLen - 1; i >= posSerial-1; i-- {
		b[i] = byte('0' + serial%10)
		serial /= 10
	}
	return newCode(string(b[:]), f.sc), nil
}
