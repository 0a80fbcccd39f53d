package certcode

import (
	"bytes"
	"cmp"
	"strconv"
	"unsafe"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/internal/fold"

	"github.com/skillcert/skillcert/level"
)

// Code is a valid 22-character certificate number (职业技能等级证书编码) with the
// rule that governs it. It is a small comparable value: use it as a map key,
// compare it with == or sort with Compare. The zero Code is not valid; its
// String is "", its accessors return zero values and never panic.
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

// Parse reads a certificate number as people type, paste or scan it —
// full-width characters, lower-case y/s, spaces (including U+3000 and no-break
// spaces) and dashes between the groups, the grouped forms the documents print
// ("Y 0001 44 001005 20 5 000001") — and checks it by the rule that governs
// it: the Guangdong, Henan, Anhui or Chongqing rule where positions 6–7 and 1
// call for one, the national rule (人社鉴发〔2019〕2号 附件1) otherwise.
// Nothing else is guessed: a letter O is not read as zero.
//
// A number that breaks the rule is a *skillcert.Error naming the first defect
// in position order: its Field, its Pos and End in characters of s as given
// (so "Ｙ０００１…" and "Y 0001 44 …" report positions in the caller's
// string), the characters as written (Got), what the rule wants, and the
// article of the document that says so. Its Kind is skillcert.ErrLength,
// ErrSyntax, ErrUnknown or ErrRange; its Cause is one of this package's
// finer sentinels (ErrArea, ErrYear, ErrPlaceholder, …). A number whose
// length is wrong is reported as such, unless it holds a character no code
// may hold, which is named first. Parse does not allocate when it succeeds.
func Parse(s string) (Code, error) {
	if len(s) == maxLen {
		// The common case, checked in place.
		if c, ok := parseWords(le64(s[0:8]), le64(s[8:16]), le64(s[14:22])); ok {
			return c, nil
		}
	}
	return parseSlow(s, 0)
}

// parseCanonical checks a canonical 22-character number in three word loads,
// with the rules as table look-ups: the same rules check applies, in the
// form of the common case. It reports false for anything else, which the slow
// path then reads and explains.
func parseCanonical(s string) (Code, bool) {
	return parseWords(le64(s[0:8]), le64(s[8:16]), le64(s[14:22]))
}

// parseWords is parseCanonical on the 22 characters as three little-endian
// words: positions 1–8, 9–16 and 15–22.
func parseWords(w0, w1, w2 uint64) (Code, bool) {
	const hi, three, six = 0xF0F0F0F0F0F0F0F0, 0x3030303030303030, 0x0606060606060606
	x0 := w0&^0xFF | '0' // positions 2–8 must be digits; 1 is the category
	if (x0&hi^three)|(w1&hi^three)|(w2&hi^three)|((x0+six)&hi^three)|((w1+six)&hi^three)|((w2+six)&hi^three) != 0 {
		return Code{}, false
	}
	cat := byte(w0)
	if cat != byte(Employer) && cat != byte(SocialOrg) {
		return Code{}, false
	}
	prov := int(byte(w0>>40)-'0')*10 + int(byte(w0>>48)-'0')
	p := picks[catIndex(cat)][prov]
	if p == 0 {
		return Code{}, false
	}
	if fl := ruleFlags(p >> 8); fl != 0 {
		switch {
		case fl&zeroInst != 0 && uint32(w0>>8) != 0x30303030:
			return Code{}, false
		case fl&area != 0 && !areaOK[prov][int(byte(w0>>56)-'0')*10+int(byte(w1)-'0')]:
			return Code{}, false
		case fl&unitKind != 0 && unitDigits[byte(p)]>>(byte(w1>>8)-'0')&1 == 0:
			return Code{}, false
		case fl&seqNonZero != 0 && uint32(w1>>8) == 0x30303030:
			return Code{}, false
		}
	}
	year := int(byte(w1>>40)-'0')*10 + int(byte(w1>>48)-'0')
	if year < minYear%100 || byte(w1>>56)-'1' > 4 || w2>>16 == 0x303030303030 {
		return Code{}, false
	}
	return Code{w0, w1, w2>>16 | uint64(p&0xFF)<<48}, true
}

// ParseAs reads s like Parse but checks it by the named rule only: the national
// rule for a lenient check of any province, or a provincial rule, which also
// requires that rule's province (and category Y for Guangdong and Chongqing).
// A Scheme that is none of the five is an error wrapping skillcert.ErrArgument.
func ParseAs(s string, sc Scheme) (Code, error) {
	if !sc.valid() {
		return Code{}, schemeArgError(sc, whatCode)
	}
	if len(s) == maxLen && canonical(s) {
		if got, d, _ := check(s, true, sc); d == noDefect {
			return newCode(s, got), nil
		}
	}
	return parseSlow(s, sc)
}

// parseSlow folds input that is not canonical, or that the fast path found
// a defect in, and explains the defect.
func parseSlow(s string, fixed Scheme) (Code, error) {
	var b fold.Buffer
	if fixed == 0 {
		// A number as the documents print it, in ASCII or full width.
		if c, ok := parsePrinted(s); ok {
			return c, nil
		}
		// A pasted form of a valid number: fold, then the fast check.
		if n, _ := fold.Code(&b, s); n == maxLen {
			if c, ok := parseCanonical(unsafe.String(&b[0], maxLen)); ok {
				return c, nil
			}
		}
	}
	sc, err := read(&b, s, maxLen, fixed)
	if err != nil {
		return Code{}, err
	}
	return newCode(unsafe.String(&b[0], maxLen), sc), nil
}

// read folds s into b and checks it as a code of want characters (22, or 13
// for a filing number) by the rule fixed, or the rule the code's province and
// category pick.
func read(b *fold.Buffer, s string, want int, fixed Scheme) (Scheme, error) {
	what := whatCode
	if want == filingLen {
		what = whatFiling
	}
	n, bad := fold.Code(b, s)
	if n != want {
		text, zh := "22 characters (a letter and 21 digits)", "22位（1位字母和21位数字）"
		if want == filingLen {
			text, zh = "13 characters (a letter and 12 digits)", "13位（1位字母和12位数字）"
		}
		return 0, lengthError(s, what, n, bad, text, zh, fixed.source(fNone, want == maxLen))
	}
	// code aliases b rather than copying it: check and explain only read it
	// while b lives, and keep nothing of it.
	code := unsafe.String(&b[0], want)
	sc, d, pos := check(code, bad == 0 && allDigits(code[1:]), fixed)
	if d != noDefect {
		return 0, explain(s, what, code, sc, d, pos)
	}
	return sc, nil
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
// error Parse would return. It does not allocate when s is valid.
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
// prints: "Y 0001 44 001005 20 5 000001" (national and Guangdong) or
// "S 0000 34 01 0001 20 5 000001" (Anhui, Henan and Chongqing, which split
// positions 8–13 into area and sequence); "" for the zero Code.
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

// Compare returns -1, 0 or +1 as c sorts before, with or after d: by the 22
// characters, then by rule (a number read by ParseAs under the national rule
// sorts beside the same number under its provincial rule). The zero Code sorts
// first. It is for slices.SortFunc(codes, certcode.Code.Compare).
func (c Code) Compare(d Code) int {
	x, y := c.bytes(), d.bytes()
	if r := bytes.Compare(x[:], y[:]); r != 0 {
		return r
	}
	return cmp.Compare(c.scheme(), d.scheme())
}

// Scheme returns the rule that governs c, or 0 for the zero Code.
func (c Code) Scheme() Scheme { return c.scheme() }

// Filing returns positions 1–13, the institution's filing number (机构备案号),
// governed by the same rule; the zero Filing for the zero Code.
func (c Code) Filing() Filing {
	var f Filing
	b := c.bytes()
	copy(f.b[:], b[:filingLen])
	f.sc = c.scheme()
	return f
}

// Category returns position 1: Employer (Y) or SocialOrg (S); 0 for the zero
// Code.
func (c Code) Category() Category { return c.Filing().Category() }

// Institution returns positions 2–5: the institution code MOHRSS assigned
// (0001–9999), or 0000 for an institution filed first with a province; ""
// for the zero Code.
func (c Code) Institution() string { return c.Filing().Institution() }

// Province returns positions 6–7, the province code; "" for the zero Code.
func (c Code) Province() string { return c.Filing().Province() }

// ProvinceName returns the name of the province, for example "广东省".
func (c Code) ProvinceName() string { return c.Filing().ProvinceName() }

// Area returns positions 8–9 where the rule defines an area there (Guangdong,
// Henan, Anhui, Chongqing), else "".
func (c Code) Area() string { return c.Filing().Area() }

// AreaName returns the name of the area, for example "省本级" or "合肥市", or ""
// where the rule has no area.
func (c Code) AreaName() string { return c.Filing().AreaName() }

// Site returns positions 8–13, the site code (评价机构（站点）序列码), as Digits:
// c.Site().String() is "001005".
func (c Code) Site() Digits { return c.Filing().Site() }

// Sequence returns the institution's sequence inside the area as the rule
// defines it: positions 11–13 for Guangdong, 10–13 for Henan, Anhui and
// Chongqing, "" for the national rule, which leaves positions 8–13 to the
// province.
func (c Code) Sequence() string { return c.Filing().Sequence() }

// Unit returns what position 10 says about the institution: Guangdong's unit
// kind, or for a Henan Y number an enterprise (0–8) or a technical school
// assessing its own students (9, 豫职鉴〔2021〕1号); UnitUnknown elsewhere.
func (c Code) Unit() Unit { return c.Filing().Unit() }

// Year returns the issue year, 2019–2099 (positions 14–15 read as 20YY), or 0
// for the zero Code.
func (c Code) Year() int {
	if !c.IsValid() {
		return 0
	}
	b := c.bytes()
	return 2000 + num2(b[13], b[14])
}

// Level returns the skill level, position 16, or 0 for the zero Code.
func (c Code) Level() level.Level {
	if !c.IsValid() {
		return 0
	}
	return level.Level(c.bytes()[15] - '0')
}

// Serial returns the certificate serial, 1–999999 (positions 17–22), or 0 for
// the zero Code.
func (c Code) Serial() int {
	if !c.IsValid() {
		return 0
	}
	b := c.bytes()
	return int(num6(b[16:22]))
}

// CheckYear returns an error for field "year" when c was issued after
// notAfter, a bound the caller chooses (skillcert never reads the clock):
// c.CheckYear(time.Now().Year()). The error's Kind is skillcert.ErrRange and
// its Cause ErrYear. The zero Code is an error wrapping skillcert.ErrArgument.
func (c Code) CheckYear(notAfter int) error {
	if !c.IsValid() {
		return zeroError(whatCode)
	}
	if c.Year() <= notAfter {
		return nil
	}
	s := c.String()
	e := newError(whatCode, s, fieldNames[fYear], skillcert.ErrRange, ErrYear)
	e.Pos, e.End, e.Got = posYear, posYear+1, s[posYear-1:posYear+1]
	e.Want = "a year not after " + strconv.Itoa(notAfter)
	e.WantZH = "不晚于" + strconv.Itoa(notAfter) + "年"
	e.Source = c.scheme().source(fYear, true)
	return e
}

// zeroError is the error for a method that needs a valid value called on a
// zero one.
func zeroError(what string) *skillcert.Error {
	e := newError(what, "", "", skillcert.ErrArgument, nil)
	e.Want, e.WantZH = "a valid "+what+", not the zero value", "有效的值，而不是零值"
	return e
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

// Fields returns c taken apart; the zero Fields for the zero Code. It
// allocates the Site string; the accessors of Code do not.
func (c Code) Fields() Fields {
	if !c.IsValid() {
		return Fields{}
	}
	return Fields{c.Category(), c.Institution(), c.Province(), c.Site().String(), c.Year(), c.Level(), c.Serial()}
}

// New builds a certificate number from its fields and checks it as Parse
// does. A field that does not fit its positions (a three-digit province, a year
// before 2019) is an error naming that field.
func New(f Fields) (Code, error) {
	for _, x := range []struct {
		f     field
		v     string
		n     int
		cause error
	}{{fInstitution, f.Institution, 4, ErrInstitution}, {fProvince, f.Province, 2, ErrProvince}, {fSite, f.Site, 6, ErrSite}} {
		if len(x.v) != x.n || !allDigits(x.v) {
			e := newError(whatCode, x.v, fieldNames[x.f], skillcert.ErrLength, x.cause)
			if len(x.v) == x.n {
				e.Kind = skillcert.ErrSyntax
			}
			e.Got = x.v
			e.Want, e.WantZH = strconv.Itoa(x.n)+" digits", strconv.Itoa(x.n)+"位数字"
			e.Source = National.source(x.f, true)
			return Code{}, e
		}
	}
	fl, err := ParseFiling(string(f.Category) + f.Institution + f.Province + f.Site)
	if err != nil {
		return Code{}, err
	}
	return fl.Certificate(f.Year, f.Level, f.Serial)
}
