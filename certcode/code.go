package certcode

import (
	"strconv"

	"github.com/skillcert/skillcert/level"
)

// Code is a valid 22-character certificate number (职业技能等级证书编码) with the
// rule that governs it. It is a small comparable value: use it as a map key or
// compare it with ==. The zero Code is not valid; String returns "" for it.
type Code struct {
	// w0, w1, w2 hold the 22 characters little-endian, eight to a word,
	// and the Scheme in byte 22. Three word fields travel in registers; a
	// [22]byte array, copied through memory, made Parse several times slower.
	w0, w1, w2 uint64
}

// newCode packs 22 characters and their rule into a Code.
func newCode(s string, sc Scheme) Code {
	return Code{le64(s[0:8]), le64(s[8:16]), le64(s[14:22])>>16 | uint64(sc)<<48}
}

func le64(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// bytes returns the 22 characters.
func (c Code) bytes() (b [maxLen]byte) {
	w := [3]uint64{c.w0, c.w1, c.w2}
	for i := range b {
		b[i] = byte(w[i/8] >> (i % 8 * 8))
	}
	return b
}

func (c Code) scheme() Scheme { return Scheme(c.w2 >> 48) }

// Parse reads a certificate number as people type, paste or scan it
// (DECISIONS.md D8: full-width characters, lower-case y/s, spaces and dashes
// anywhere, the grouped forms the documents print) and checks it by the rule
// that governs it (D1): the Guangdong, Henan, Anhui or Chongqing rule where
// positions 6–7 and 1 call for one, the national rule otherwise.
//
// A number that breaks the rule is an *Error naming the first defect in
// position order: its field, its position in the compacted 22 characters, what
// was found and what the rule expects. A number whose length is wrong is
// reported as such, unless it holds a character no code may hold, which is
// named first. Parse does not allocate when it succeeds.
func Parse(s string) (Code, error) { return parse(s, 0) }

// ParseAs reads s like Parse but checks it by the named rule only: the national
// rule for a lenient check of any province, or a provincial rule, which also
// requires that rule's province (and category Y for Guangdong and Chongqing).
func ParseAs(s string, sc Scheme) (Code, error) {
	if !sc.valid() {
		return Code{}, &Error{Input: s, Field: "scheme", Value: strconv.Itoa(int(sc)),
			Expected: "one of the five Scheme constants", What: "certificate number", err: ErrScheme}
	}
	return parse(s, sc)
}

func parse(s string, fixed Scheme) (Code, error) {
	if len(s) == maxLen && canonical(s) {
		// The common case, checked in place.
		if sc, d, _ := check(s, true, fixed); d == noDefect {
			return newCode(s, sc), nil
		}
	}
	return parseSlow(s, fixed)
}

// parseSlow cleans up and checks input that is not canonical, or that the
// fast path found a defect in, and explains the defect.
func parseSlow(s string, fixed Scheme) (Code, error) {
	b, sc, err := read(s, maxLen, fixed, "certificate number")
	if err != nil {
		return Code{}, err
	}
	return newCode(string(b[:]), sc), nil
}

// read applies the D8 clean-up to s and checks it as a code of want
// characters (22, or 13 for a filing number) by the rule fixed, or the rule D1
// picks. It returns the cleaned characters and the rule.
func read(s string, want int, fixed Scheme, what string) ([maxLen]byte, Scheme, error) {
	var in scanned
	in.scan(s)
	if in.n != want {
		return in.b, 0, lengthError(s, what, &in, fixed, want)
	}
	sc, d, pos := check(string(in.b[:want]), in.digits, fixed)
	if d != noDefect {
		return in.b, 0, explain(s, what, &in, sc, d, pos)
	}
	return in.b, sc, nil
}

// MustParse is like Parse but panics on an error. It is for constants in
// programs and tests.
func MustParse(s string) Code {
	c, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return c
}

// Validate reports whether s is a valid certificate number, with the same
// *Error Parse would return.
func Validate(s string) error {
	_, err := Parse(s)
	return err
}

// IsValid reports whether c is a valid certificate number, that is, not the
// zero Code.
func (c Code) IsValid() bool { return c.scheme() != 0 }

// String returns the canonical 22 characters, "Y000144001005205000001", or ""
// for the zero Code.
func (c Code) String() string {
	if !c.IsValid() {
		return ""
	}
	b := c.bytes()
	return string(b[:])
}

// Grouped returns the number in the grouped form the governing rule's document
// prints: "Y 0001 44 001005 20 5 000001" (Guangdong, 002 L997; national) or
// "S 0000 34 01 0001 20 5 000001" (Anhui, Henan and Chongqing, which split
// positions 8–13 into area and sequence).
func (c Code) Grouped() string {
	if !c.IsValid() {
		return ""
	}
	b := c.bytes()
	return grouped(b[:], c.scheme().rule().groups)
}

func grouped(b []byte, groups []int) string {
	out := make([]byte, 0, len(b)+len(groups))
	for _, g := range groups {
		if len(b) == 0 {
			break
		}
		if len(out) > 0 {
			out = append(out, ' ')
		}
		out = append(out, b[:g]...)
		b = b[g:]
	}
	return string(out)
}

// Scheme returns the rule that governs c (DECISIONS.md D1).
func (c Code) Scheme() Scheme { return c.scheme() }

// Filing returns positions 1–13, the institution's filing number (D10).
func (c Code) Filing() Filing {
	var f Filing
	b := c.bytes()
	copy(f.b[:], b[:filingLen])
	f.sc = c.scheme()
	return f
}

// Category returns position 1: Employer (Y) or SocialOrg (S).
func (c Code) Category() Category { return c.Filing().Category() }

// Institution returns positions 2–5: the institution code MOHRSS assigned
// (0001–9999), or 0000 for an institution filed first with a province.
func (c Code) Institution() string { return c.Filing().Institution() }

// Province returns positions 6–7, the province code.
func (c Code) Province() string { return c.Filing().Province() }

// ProvinceName returns the name of the province, for example "广东省".
func (c Code) ProvinceName() string { return c.Filing().ProvinceName() }

// Area returns positions 8–9 where the rule defines an area there (Guangdong,
// Henan, Anhui, Chongqing), else "".
func (c Code) Area() string { return c.Filing().Area() }

// AreaName returns the name of the area, for example "省本级" or "合肥市", or ""
// where the rule has no area.
func (c Code) AreaName() string { return c.Filing().AreaName() }

// Site returns positions 8–13, the site code (评价机构（站点）序列码).
func (c Code) Site() string { return c.Filing().Site() }

// Sequence returns the institution's sequence inside the area as the rule
// defines it: positions 11–13 for Guangdong, 10–13 for Henan, Anhui and
// Chongqing, "" for the national rule, which leaves positions 8–13 to the
// province.
func (c Code) Sequence() string { return c.Filing().Sequence() }

// Unit returns what position 10 says about the institution: Guangdong's unit
// kind, or Henan's enterprise or technical school (DECISIONS.md D5);
// UnitUnknown elsewhere.
func (c Code) Unit() Unit { return c.Filing().Unit() }

// Year returns the issue year, 2019–2099 (positions 14–15, DECISIONS.md D6).
func (c Code) Year() int {
	if !c.IsValid() {
		return 0
	}
	b := c.bytes()
	return 2000 + num2(b[13], b[14])
}

// Level returns the skill level, position 16.
func (c Code) Level() level.Level {
	if !c.IsValid() {
		return 0
	}
	return level.Level(c.bytes()[15] - '0')
}

// Serial returns the certificate serial, 1–999999 (positions 17–22).
func (c Code) Serial() int {
	if !c.IsValid() {
		return 0
	}
	n := 0
	b := c.bytes()
	for _, d := range b[16:] {
		n = n*10 + int(d-'0')
	}
	return n
}

// CheckYear returns an *Error for field "year" when c was issued after
// notAfter, the bound from above that DECISIONS.md D6 leaves to the caller
// (skillcert never reads the clock): c.CheckYear(time.Now().Year()).
func (c Code) CheckYear(notAfter int) error {
	if c.Year() <= notAfter {
		return nil
	}
	return &Error{Input: c.String(), Field: "year", Pos: posYear, Value: c.String()[13:15],
		Expected: "a year not after " + strconv.Itoa(notAfter), Scheme: c.scheme(), What: "certificate number", err: ErrYear}
}

// Fields is a certificate number taken apart, for building one with New.
type Fields struct {
	Category    Category    // position 1
	Institution string      // positions 2–5
	Province    string      // positions 6–7
	Site        string      // positions 8–13
	Year        int         // 2019–2099
	Level       level.Level // position 16
	Serial      int         // 1–999999
}

// Fields returns c taken apart.
func (c Code) Fields() Fields {
	if !c.IsValid() {
		return Fields{}
	}
	return Fields{c.Category(), c.Institution(), c.Province(), c.Site(), c.Year(), c.Level(), c.Serial()}
}

// New builds a certificate number from its fields and checks it as Parse
// does. A field that does not fit its positions (a three-digit province, a year
// before 2019) is an *Error naming that field.
func New(f Fields) (Code, error) {
	fail := func(field string, pos int, value, expected string, err error) (Code, error) {
		return Code{}, &Error{Input: value, Field: field, Pos: pos, Value: value, Expected: expected,
			What: "certificate number field", err: err}
	}
	switch {
	case len(f.Institution) != 4:
		return fail("institution", posInstitution, f.Institution, "4 digits", ErrInstitution)
	case len(f.Province) != 2:
		return fail("province", posProvince, f.Province, "2 digits", ErrProvince)
	case len(f.Site) != 6:
		return fail("site", posSite, f.Site, "6 digits", ErrSite)
	}
	fl, err := ParseFiling(string(f.Category) + f.Institution + f.Province + f.Site)
	if err != nil {
		return Code{}, err
	}
	return fl.Certificate(f.Year, f.Level, f.Serial)
}
