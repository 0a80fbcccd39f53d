package nationalid

import (
	"database/sql/driver"
	"strings"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/internal/textvalue"
)

// CreditSource cites the standard of the unified social credit code.
const CreditSource = "GB 32100-2015《法人和其他组织统一社会信用代码编码规则》"

// orgSource cites the standard of the organisation code inside it.
const orgSource = "GB 11714-1997《全国组织机构代码编制规则》"

// creditChars is the code's 31-character set: digits and capital letters
// without I, O, S, V, Z. A character's value is its index.
const creditChars = "0123456789ABCDEFGHJKLMNPQRTUWXY"

var creditWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// creditValue is the value of each byte in creditChars, or -1.
var creditValue = func() (v [256]int8) {
	for i := range v {
		v[i] = -1
	}
	for i := 0; i < len(creditChars); i++ {
		v[creditChars[i]] = int8(i)
	}
	return v
}()

// CreditCode is a unified social credit code (统一社会信用代码) of GB 32100:
// 18 characters, the registration authority (position 1), the kind of
// organisation (2), the administrative region of the registering authority
// (3–8), the organisation code of GB 11714 with its own check character
// (9–17) and the check character (18).
//
// A CreditCode is a small comparable value; the zero value is not a code.
type CreditCode struct {
	s string
}

// ParseCreditCode reads a unified social credit code. It accepts the forms
// people paste: full-width digits and letters, lower case, spaces around the
// code; nothing else is guessed (a letter O is not a zero). An error is a
// *skillcert.Error whose Kind is skillcert.ErrLength, ErrSyntax or
// ErrChecksum and whose Pos counts characters of s. Parsing a code already in
// canonical form does not allocate.
func ParseCreditCode(s string) (CreditCode, error) {
	var sc scanned
	sc.scan(s)
	if sc.n != length {
		return CreditCode{}, sc.lengthErr("credit code", CreditSource)
	}
	sum := 0
	for i, c := range sc.b {
		v := creditValue[c]
		if v < 0 {
			return CreditCode{}, sc.fail("credit code", "character", i, i+1, skillcert.ErrSyntax,
				"a digit or a capital letter other than I, O, S, V, Z", "数字或除 I、O、S、V、Z 以外的大写字母", CreditSource)
		}
		if i < 17 {
			sum += int(v) * creditWeights[i]
		}
	}
	// Positions 9–17: the organisation code of GB 11714, digits and letters
	// valued 10–35, with weights 3 7 9 10 5 8 4 2 and its check character at 17.
	org := 0
	for i, w := range [8]int{3, 7, 9, 10, 5, 8, 4, 2} {
		c := sc.b[8+i]
		n := int(c - '0')
		if c >= 'A' {
			n = int(c-'A') + 10
		}
		org += n * w
	}
	if want := "0123456789X"[(11-org%11)%11]; sc.b[16] != want {
		return CreditCode{}, sc.fail("credit code", "check character", 16, 17, skillcert.ErrChecksum,
			`"`+string(want)+`", the check character of the organisation code in characters 9–17`,
			"“"+string(want)+"”（第 9–17 位组织机构代码的校验码）", orgSource)
	}
	if want := creditChars[(31-sum%31)%31]; sc.b[17] != want {
		return CreditCode{}, sc.fail("credit code", "check character", 17, 18, skillcert.ErrChecksum,
			`"`+string(want)+`"`, "“"+string(want)+"”", CreditSource)
	}
	return CreditCode{sc.value()}, nil
}

// CompleteCreditCode returns the credit code that begins with the 16
// characters of prefix (registration authority, kind, region, the first
// eight characters of the GB 11714 organisation code), with both check
// characters computed: GB 11714's at position 17 and GB 32100's at 18. It is
// for programs that make codes, such as test data; prefix is read as
// ParseCreditCode reads a code, and an error says what is wrong with it.
func CompleteCreditCode(prefix string) (CreditCode, error) {
	var sc scanned
	sc.scan(prefix)
	if sc.n != 16 {
		return CreditCode{}, &skillcert.Error{Pkg: "nationalid", What: "credit code", Input: prefix, Kind: skillcert.ErrLength,
			Want: "the first 16 characters of a credit code", WantZH: "统一社会信用代码的前 16 位", Source: CreditSource}
	}
	b := sc.b
	org := 0
	for i, w := range [8]int{3, 7, 9, 10, 5, 8, 4, 2} {
		c := b[8+i]
		if creditValue[c] < 0 {
			return ParseCreditCode(prefix + "00") // reports the character
		}
		n := int(c - '0')
		if c >= 'A' {
			n = int(c-'A') + 10
		}
		org += n * w
	}
	b[16] = "0123456789X"[(11-org%11)%11]
	if b[16] == 'X' {
		// X is not in the code's character set: GB 32100 has no code
		// whose organisation code checks to X.
		return CreditCode{}, &skillcert.Error{Pkg: "nationalid", What: "credit code", Input: prefix, Field: "organisation code", Pos: 9, End: 16,
			Kind: skillcert.ErrChecksum, Want: "an organisation code whose check character is not X", WantZH: "校验码不为 X 的组织机构代码", Source: orgSource}
	}
	sum := 0
	for i := 0; i < 17; i++ {
		v := creditValue[b[i]]
		if v < 0 {
			return ParseCreditCode(prefix + "00")
		}
		sum += int(v) * creditWeights[i]
	}
	b[17] = creditChars[(31-sum%31)%31]
	return ParseCreditCode(string(b[:]))
}

// MustParseCreditCode is ParseCreditCode for constants: it panics on an
// invalid code.
func MustParseCreditCode(s string) CreditCode {
	c, err := ParseCreditCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

// CheckCreditCode reports whether s is a valid unified social credit code: the
// error of ParseCreditCode, or nil.
func CheckCreditCode(s string) error {
	_, err := ParseCreditCode(s)
	return err
}

// IsValid reports whether c is a code, not the zero value.
func (c CreditCode) IsValid() bool { return c.s != "" }

// String returns the 18 characters, upper case; "" for the zero value.
func (c CreditCode) String() string { return c.s }

// Registration returns the registration authority code (登记管理部门代码,
// position 1), such as '9' for the market regulator; 0 for the zero value.
func (c CreditCode) Registration() byte { return c.at(0) }

// Organisation returns the organisation kind code (机构类别代码, position 2),
// whose meaning depends on Registration; 0 for the zero value.
func (c CreditCode) Organisation() byte { return c.at(1) }

// Region returns the administrative division code of the registering
// authority (登记管理机关行政区划码, positions 3–8); "" for the zero value.
func (c CreditCode) Region() string { return c.slice(2, 8) }

// OrganisationCode returns the organisation code of GB 11714 (组织机构代码,
// positions 9–17, its check character last); "" for the zero value.
func (c CreditCode) OrganisationCode() string { return c.slice(8, 17) }

// Check returns the check character (position 18); 0 for the zero value.
func (c CreditCode) Check() byte { return c.at(17) }

func (c CreditCode) at(i int) byte {
	if c.s == "" {
		return 0
	}
	return c.s[i]
}

func (c CreditCode) slice(i, j int) string {
	if c.s == "" {
		return ""
	}
	return c.s[i:j]
}

// Compare returns -1, 0 or +1 as c sorts before, with or after d; the zero
// value sorts first.
func (c CreditCode) Compare(d CreditCode) int { return strings.Compare(c.s, d.s) }

// AppendText appends the String form to b.
func (c CreditCode) AppendText(b []byte) ([]byte, error) { return append(b, c.s...), nil }

// MarshalText returns the String form; the zero value marshals as empty text.
func (c CreditCode) MarshalText() ([]byte, error) { return []byte(c.s), nil }

// UnmarshalText reads a code as ParseCreditCode does; empty text is the zero
// value.
func (c *CreditCode) UnmarshalText(text []byte) error {
	return textvalue.Unmarshal(c, text, ParseCreditCode)
}

// Scan implements database/sql.Scanner: a string or []byte is parsed, NULL
// is the zero value.
func (c *CreditCode) Scan(src any) error { return textvalue.Scan(c, src, ParseCreditCode) }

// Value implements database/sql/driver.Valuer: the String form, or NULL for
// the zero value.
func (c CreditCode) Value() (driver.Value, error) {
	if c.s == "" {
		return nil, nil
	}
	return c.s, nil
}
