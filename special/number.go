package special

import (
	"cmp"
	"strconv"

	"github.com/skillcert/skillcert"
)

// NumberLen is the number of digits of a certificate number.
const NumberLen = 15

// FirstYear is the first issue year a certificate number can hold:
// 豫人社办函〔2020〕41号, which sets the coding rule, is dated 2020-03-12.
const FirstYear = 2020

// MaxSerial is the largest certificate serial, 99999; serials run from 00001
// (豫人社办函〔2020〕41号 四（一）: "00001-99999 顺排").
const MaxSerial = 99999

// Number is a valid 15-digit Henan 专项职业能力证书 number
// (豫人社办函〔2020〕41号 四（一）): the last two digits of the issue year, the
// 8-digit code of the institution that issued it and a 5-digit serial,
// "201601500000001". It is a small comparable value: use it as a map key or
// compare it with ==. The zero Number is not valid; String returns "" for it.
type Number struct {
	// v is the number read as a decimal number; a valid serial is at least 1,
	// so 0 is free to mean the zero Number.
	v uint64
}

// Parse reads a certificate number as people type or paste it: full-width
// digits, spaces anywhere, and hyphens or dashes between digits
// ("20-16015000-00001") are accepted; nothing else is guessed. It checks the
// number by 豫人社办函〔2020〕41号 四（一） and the institution code inside it by
// 二（四）: fifteen digits; a year from 2020, when the notice was issued; the
// fixed digit 5 in position 7; a serial from 00001. No table of the 4-digit
// area codes in positions 3–6 is published, so any four digits are accepted
// there.
//
// An error is a *skillcert.Error naming the first defect: a character that is
// not a digit (an x copied from the notice's "16015xxx" has Cause
// ErrPlaceholder), then the length, then the fields in position order ("year",
// "category", "serial"), with their character positions in s. Parse does not
// allocate when it succeeds.
func Parse(s string) (Number, error) {
	if v, ok := canonical(s, NumberLen); ok { // the common case, checked in place
		if yy, serial := v/1e13, v%1e5; yy >= FirstYear-2000 && serial != 0 && s[6] == '5' {
			return Number{v}, nil
		}
	}
	return parseSlow(s)
}

// parseSlow reads input that is not canonical, or that the fast path found a
// defect in, and explains the defect.
func parseSlow(s string) (Number, error) {
	var sc scanned
	if !sc.fast(s, NumberLen) {
		sc.scan(s)
		if err := sc.check(s, whatNumber, NumberLen, srcNumber); err != nil {
			return Number{}, err
		}
	}
	yy := sc.digits(0, 1)
	if yy < FirstYear-2000 {
		return Number{}, sc.fieldError(s, whatNumber, "year", 0, 1, skillcert.ErrRange,
			"a year from 2020 on (20–99; the notice is dated 2020-03-12)", "2020年及以后年份的后两位（20–99）", srcNumber)
	}
	in, err := sc.checkInstitution(s, whatNumber, 2)
	if err != nil {
		return Number{}, err
	}
	serial := sc.digits(10, 14)
	if serial == 0 {
		return Number{}, sc.fieldError(s, whatNumber, "serial", 10, 14, skillcert.ErrRange,
			"a serial 00001–99999", "证书流水编码00001–99999", srcNumber)
	}
	return Number{uint64(yy)*1e13 + uint64(in)*1e5 + uint64(serial)}, nil
}

// MustParse is like Parse but panics on an error. It is for constants in
// programs and tests.
func MustParse(s string) Number {
	n, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return n
}

// Validate reports whether s is a valid certificate number, with the error
// Parse would return.
func Validate(s string) error {
	_, err := Parse(s)
	return err
}

// IsValid reports whether n is a valid number, that is, not the zero Number.
func (n Number) IsValid() bool { return n.v != 0 }

// Year returns the issue year, 2020–2099: positions 1–2 are the last two
// digits of the year (取公元纪年后两位), read as 20YY. Year returns 0 for the
// zero Number.
func (n Number) Year() int {
	if !n.IsValid() {
		return 0
	}
	return 2000 + int(n.v/1e13)
}

// CheckYear returns a *skillcert.Error of kind skillcert.ErrRange for the
// field "year" (characters 1–2) when n was issued after notAfter, the bound
// from above that the notice leaves to the reader (skillcert never reads the
// clock): n.CheckYear(time.Now().Year()). The zero Number passes.
func (n Number) CheckYear(notAfter int) error {
	if n.Year() <= notAfter {
		return nil
	}
	s := n.String()
	return &skillcert.Error{Pkg: "special", What: whatNumber, Input: s, Field: "year", Pos: 1, End: 2, Got: s[:2],
		Want: "a year not after " + strconv.Itoa(notAfter), WantZH: "不晚于" + strconv.Itoa(notAfter) + "年的年份",
		Source: srcNumber, Kind: skillcert.ErrRange}
}

// Institution returns positions 3–10, the code of the institution that
// issued n.
func (n Number) Institution() Institution { return Institution{uint32(n.v / 1e5 % 1e8)} }

// Serial returns positions 11–15, the certificate's serial (证书流水编码,
// 1–99999); 0 for the zero Number. The notice says the serials run in order
// (顺排) but not whether the run restarts each year.
func (n Number) Serial() int { return int(n.v % 1e5) }

// Compare returns -1, 0 or +1 as n is before, equal to or after other in the
// order of their digits: by year, then institution, then serial. The zero
// Number is before every valid one.
func (n Number) Compare(other Number) int { return cmp.Compare(n.v, other.v) }

// String returns the canonical fifteen digits, "201601500000001", or "" for
// the zero Number.
func (n Number) String() string {
	if !n.IsValid() {
		return ""
	}
	var b [NumberLen]byte
	return string(appendDigits(b[:0], n.v, NumberLen))
}
