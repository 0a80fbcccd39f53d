package special

import (
	"cmp"
	"strconv"

	"github.com/skillcert/skillcert"
)

// InstitutionLen is the number of digits of an institution code.
const InstitutionLen = 8

// Institution is a valid 8-digit code of a Henan 专项职业能力考核机构
// (豫人社办函〔2020〕41号 二（四）): a 4-digit area code, the fixed digit 5 and
// the institution's 3-digit sequence in its area, "16015000". It is a small
// comparable value: use it as a map key or compare it with ==. The zero
// Institution is not valid; String returns "" for it.
type Institution struct {
	// v is the code read as a decimal number. The fixed 5 in position 5 makes
	// it at least 5000, so 0 is free to mean the zero Institution.
	v uint32
}

// ParseInstitution reads an institution code as people type or paste it:
// full-width digits, spaces anywhere, and hyphens or dashes between digits
// ("1601-5-000") are accepted; nothing else is guessed. It checks the code by
// 豫人社办函〔2020〕41号 二（四）: eight digits with the fixed digit 5 in position
// 5. No table of the 4-digit area codes is published, so any four digits are
// accepted there.
//
// An error is a *skillcert.Error naming the first defect: a character that is
// not a digit (an x copied from the notice's "16015xxx" has Cause
// ErrPlaceholder), then the length, then the fixed digit ("category"), with
// its character positions in s. ParseInstitution does not allocate when it
// succeeds.
func ParseInstitution(s string) (Institution, error) {
	if v, ok := canonical(s, InstitutionLen); ok && s[4] == '5' { // the common case
		return Institution{uint32(v)}, nil
	}
	var sc scanned
	if !sc.fast(s, InstitutionLen) {
		sc.scan(s)
		if err := sc.check(s, whatInstitution, InstitutionLen, srcInstitution); err != nil {
			return Institution{}, err
		}
	}
	v, err := sc.checkInstitution(s, whatInstitution, 0)
	return Institution{v}, err
}

// MustParseInstitution is like ParseInstitution but panics on an error. It is
// for constants in programs and tests.
func MustParseInstitution(s string) Institution {
	in, err := ParseInstitution(s)
	if err != nil {
		panic(err)
	}
	return in
}

// ValidateInstitution reports whether s is a valid institution code, with the
// error ParseInstitution would return.
func ValidateInstitution(s string) error {
	_, err := ParseInstitution(s)
	return err
}

// NewInstitution builds the code of the institution with the given sequence
// (0–999) in the given area (0–9999): NewInstitution(1601, 0) is "16015000".
// A value out of its range is a *skillcert.Error of kind skillcert.ErrRange
// naming the field "area" or "sequence".
func NewInstitution(area, sequence int) (Institution, error) {
	switch {
	case area < 0 || area > 9999:
		return Institution{}, argError(whatInstitution, "area", area, "an area code 0000–9999", "四位地区编码0000–9999", srcInstitution)
	case sequence < 0 || sequence > 999:
		return Institution{}, argError(whatInstitution, "sequence", sequence, "a sequence 000–999", "三位流水码000–999", srcInstitution)
	}
	return Institution{uint32(area*10000 + 5000 + sequence)}, nil
}

// argError is the error of a builder given a number out of its field's range.
func argError(what, field string, got int, want, wantZH, src string) error {
	g := strconv.Itoa(got)
	return &skillcert.Error{Pkg: "special", What: what, Input: g, Field: field, Got: g,
		Want: want, WantZH: wantZH, Source: src, Kind: skillcert.ErrRange}
}

// IsValid reports whether in is a valid code, that is, not the zero
// Institution.
func (in Institution) IsValid() bool { return in.v != 0 }

// Area returns positions 1–4, the area code (0–9999, written with four
// digits: 1601 for 郑州市 in the notice's example). It is the code of the
// area in Henan's 职业技能鉴定机构 codes, which are not published, so its
// meaning is not looked up. Area returns 0 for the zero Institution.
func (in Institution) Area() int { return int(in.v / 10000) }

// Sequence returns positions 6–8, the institution's sequence in its area
// (考核机构流水码, 0–999). Sequence 000 is the area's 鉴定中心 itself in the
// notice's example.
func (in Institution) Sequence() int { return int(in.v % 1000) }

// IsCentre reports whether in has sequence 000: in the example of
// 豫人社办函〔2020〕41号 二（四） this is the code of the city's 鉴定中心,
// "16015000" for 郑州市, under which the area's institutions are managed.
// The notice states no rule beyond the example.
func (in Institution) IsCentre() bool { return in.IsValid() && in.Sequence() == 0 }

// Centre returns the code with in's area and sequence 000, the code of the
// area's 鉴定中心 in the notice's example; the zero Institution for the zero
// Institution.
func (in Institution) Centre() Institution {
	if !in.IsValid() {
		return Institution{}
	}
	return Institution{in.v - in.v%1000}
}

// Number builds the certificate number with in's code, the issue year
// (2020–2099, written with its last two digits) and the serial (1–99999), as
// 豫人社办函〔2020〕41号 四（一） composes it. An allocator that hands out
// serials in order calls it with the next one. An argument out of range is a
// *skillcert.Error of kind skillcert.ErrRange naming the field "year" or
// "serial"; a zero in is one of kind skillcert.ErrArgument.
func (in Institution) Number(year, serial int) (Number, error) {
	switch {
	case !in.IsValid():
		return Number{}, &skillcert.Error{Pkg: "special", What: whatNumber, Field: "institution",
			Want: "a valid Institution, not the zero value", WantZH: "有效的考核机构代码", Kind: skillcert.ErrArgument}
	case year < FirstYear || year > 2099:
		return Number{}, argError(whatNumber, "year", year, "a year 2020–2099", "2020–2099年", srcNumber)
	case serial < 1 || serial > MaxSerial:
		return Number{}, argError(whatNumber, "serial", serial, "a serial 1–99999", "证书流水编码00001–99999", srcNumber)
	}
	return Number{uint64(year-2000)*1e13 + uint64(in.v)*1e5 + uint64(serial)}, nil
}

// Compare returns -1, 0 or +1 as in is before, equal to or after other in the
// order of their codes: by area, then sequence. The zero Institution is before
// every valid one.
func (in Institution) Compare(other Institution) int { return cmp.Compare(in.v, other.v) }

// String returns the canonical eight digits, "16015000", or "" for the zero
// Institution.
func (in Institution) String() string {
	if !in.IsValid() {
		return ""
	}
	var b [InstitutionLen]byte
	return string(appendDigits(b[:0], uint64(in.v), InstitutionLen))
}

// appendDigits appends v written with exactly n digits, zeros in front.
func appendDigits(b []byte, v uint64, n int) []byte {
	b = append(b, "000000000000000"[:n]...)
	for i := len(b) - 1; v > 0; i-- {
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return b
}
