package certcode

import (
	"cmp"
	"strconv"
	"unsafe"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/internal/fold"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/region"
)

// Filing is a valid 13-character institution filing number (机构备案号):
// positions 1–13 of every certificate number the institution issues, which
// Anhui defines on its own (皖人社秘〔2020〕65号 附件3 第一部分). It is a small
// comparable value; the zero Filing is not valid, its String is "" and its
// accessors return zero values.
type Filing struct {
	b  [filingLen]byte
	sc Scheme
}

// ParseFiling reads a filing number with the same clean-up and the same rules
// as Parse applies to positions 1–13: "S 0000 34 01 0001" (皖人社秘〔2020〕65号
// 附件3 第一部分 三). Errors are as Parse's, with What "filing number". It does
// not allocate when it succeeds.
func ParseFiling(s string) (Filing, error) {
	if len(s) == filingLen && canonical(s) {
		if sc, d, _ := check(s, true, 0); d == noDefect {
			return newFiling(s, sc), nil
		}
	}
	return parseFilingSlow(s, 0)
}

// ParseFilingAs reads s like ParseFiling but checks it by the named rule only.
// A Scheme that is none of the five is an error wrapping skillcert.ErrArgument.
func ParseFilingAs(s string, sc Scheme) (Filing, error) {
	if !sc.valid() {
		return Filing{}, schemeArgError(sc, whatFiling)
	}
	return parseFilingSlow(s, sc)
}

func newFiling(s string, sc Scheme) Filing {
	f := Filing{sc: sc}
	copy(f.b[:], s)
	return f
}

func parseFilingSlow(s string, fixed Scheme) (Filing, error) {
	var b fold.Buffer
	sc, err := read(&b, s, filingLen, fixed)
	if err != nil {
		return Filing{}, err
	}
	return newFiling(unsafe.String(&b[0], filingLen), sc), nil
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
// error ParseFiling would return.
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
// "S 0000 34 01 0001" or "Y 0001 44 001005"; "" for the zero Filing.
func (f Filing) Grouped() string {
	if !f.IsValid() {
		return ""
	}
	return grouped(f.b[:], f.sc.rule().groups)
}

// Compare returns -1, 0 or +1 as f sorts before, with or after g: by the 13
// characters, then by rule. The zero Filing sorts first.
func (f Filing) Compare(g Filing) int {
	if r := cmp.Compare(string(f.b[:]), string(g.b[:])); r != 0 {
		return r
	}
	return cmp.Compare(f.sc, g.sc)
}

// Scheme returns the rule that governs f, or 0 for the zero Filing.
func (f Filing) Scheme() Scheme { return f.sc }

// Category returns position 1: Employer (Y) or SocialOrg (S); 0 for the zero
// Filing.
func (f Filing) Category() Category { return Category(f.b[0]) }

// Institution returns positions 2–5, "" for the zero Filing.
func (f Filing) Institution() string { return f.part(posInstitution, 4) }

// Province returns positions 6–7, "" for the zero Filing.
func (f Filing) Province() string { return f.part(posProvince, 2) }

// ProvinceName returns the province's name as the national table prints it,
// "" for the zero Filing.
func (f Filing) ProvinceName() string {
	if !f.IsValid() {
		return ""
	}
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
	if f.Area() == "" {
		return ""
	}
	a, _ := region.LookupArea(f.Province(), f.Area())
	return a.Name
}

// Site returns positions 8–13 as Digits, the zero Digits for the zero Filing.
func (f Filing) Site() Digits {
	if !f.IsValid() {
		return Digits{}
	}
	return Digits{num(f.b[posSite-1 : filingLen]), 6}
}

// Sequence returns the institution's sequence inside its area: positions 11–13
// for Guangdong, 10–13 for Henan, Anhui and Chongqing, "" for the national rule.
func (f Filing) Sequence() string {
	from := f.sc.rule().seqFrom
	if from == 0 {
		return ""
	}
	return f.part(from, filingLen-from+1)
}

// Unit returns what position 10 says about the institution: Guangdong's unit
// kind; for a Henan Y number, Enterprise (0–8) or TechnicalSchool (9,
// 豫职鉴〔2021〕1号); UnitUnknown elsewhere.
func (f Filing) Unit() Unit {
	if !f.IsValid() || f.Category() != Employer {
		return UnitUnknown
	}
	return unitAt(f.sc, f.b[posSeq-1])
}

// part returns n ≤ 4 characters from pos, without allocating.
func (f Filing) part(pos, n int) string {
	if !f.IsValid() {
		return ""
	}
	return digitString(int(num(f.b[pos-1:pos-1+n])), n)
}

// yearRange is MinYear–MaxYear, for errors.
var yearRange = strconv.Itoa(MinYear) + "–" + strconv.Itoa(MaxYear)

// Certificate builds the certificate number with serial serial for level lv,
// issued in year. The year must be MinYear–MaxYear, the level valid and the serial
// 1–MaxSerial (人社鉴发〔2019〕2号 附件1 二（五）–（七）); otherwise the error names the
// field, with Kind skillcert.ErrRange. The zero Filing is an error wrapping
// skillcert.ErrArgument.
func (f Filing) Certificate(year int, lv level.Level, serial int) (Code, error) {
	fail := func(fl field, got int, want, wantZH string, cause error) (Code, error) {
		e := newError(whatFiling, f.String(), fieldNames[fl], skillcert.ErrRange, cause)
		e.Got, e.Want, e.WantZH, e.Source = strconv.Itoa(got), want, wantZH, f.sc.source(fl, true)
		return Code{}, e
	}
	switch {
	case !f.IsValid():
		return Code{}, zeroError(whatFiling)
	case year < MinYear || year > MaxYear:
		return fail(fYear, year, yearRange, yearRange+"年", ErrYear)
	case !lv.IsValid():
		return fail(fLevel, int(lv), "a level 1–5", "1–5级", ErrLevel)
	case serial < 1 || serial > MaxSerial:
		return fail(fSerial, serial, "1–"+strconv.Itoa(MaxSerial), "1–"+strconv.Itoa(MaxSerial), ErrSerial)
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
