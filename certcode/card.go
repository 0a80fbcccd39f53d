package certcode

import (
	"github.com/skillcert/skillcert/region"
)

// Card is a valid supervisor card code (技能人才评价质量督导员证卡编码,
// 人社职司便函〔2020〕53号 附件1, 003 L1199–1297; DECISIONS.md D11):
//
//   - external (外督), 9 characters: R, the issuer (00 = 人力资源社会保障部, or a
//     province code), the year and a four-digit serial: "R44210001";
//   - internal (内督), 13 characters: H (行业部门), Y (用人单位) or S
//     (社会培训评价组织), the six-digit issuer code, the year and a four-digit
//     serial: "Y000123210001".
//
// Serials may be "decided by the issuer" (003 L1249, L1297), so any four
// digits are accepted; the rule sets no bound on the year, so none is checked.
// The zero Card is not valid.
type Card struct {
	b [13]byte
	n uint8
}

// ParseCard reads a supervisor card code with the same clean-up as Parse
// (DECISIONS.md D8) and checks it by 人社职司便函〔2020〕53号.
func ParseCard(s string) (Card, error) {
	const what = "supervisor card"
	var in scanned
	in.scan(s)
	fail := func(field string, pos, n int, expected string, err error) (Card, error) {
		return Card{}, &Error{Input: s, Field: field, Pos: pos, Value: in.value(pos, n), Expected: expected, What: what, err: err}
	}
	want := 13
	switch in.b[0] {
	case 'R':
		want = 9
	case 'H', 'Y', 'S':
	default:
		if in.n == 9 || in.n == 13 {
			return fail("category", 1, 1, "R (外部质量督导员) or H, Y, S (内部质量督导员) (003 L1216, L1266)", ErrCategory)
		}
	}
	if in.n != want {
		return Card{}, lengthError(s, what, &in, 0, want)
	}
	// Positions 2 … want: issuer (2 or 6 digits), year (2), serial (4).
	issuerLen := want - 7
	for i := 1; i < want; i++ {
		if c := in.b[i]; c < '0' || c > '9' {
			part := [...]string{"issuer code", "year", "serial"}[btoi(i > issuerLen)+btoi(i > issuerLen+2)]
			err := ErrCharacter
			if c == 'X' {
				err = ErrPlaceholder
			}
			return fail("character", i+1, 1, "a digit in the "+part, err)
		}
	}
	if want == 9 && num2(in.b[1], in.b[2]) != 0 && picks[catIndex('Y')][num2(in.b[1], in.b[2])] == 0 {
		return fail("issuer", 2, 2, "00 (人力资源社会保障部) or a province code (003 L1229–1241)", ErrIssuer)
	}
	c := Card{n: uint8(want)}
	copy(c.b[:], in.b[:want])
	return c, nil
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// MustParseCard is like ParseCard but panics on an error.
func MustParseCard(s string) Card {
	c, err := ParseCard(s)
	if err != nil {
		panic(err)
	}
	return c
}

// IsValid reports whether c is a valid card code, that is, not the zero Card.
func (c Card) IsValid() bool { return c.n != 0 }

// External reports whether c is an external supervisor's card (外督, R).
func (c Card) External() bool { return c.n == 9 }

// String returns the canonical code, or "" for the zero Card.
func (c Card) String() string { return string(c.b[:c.n]) }

// Grouped returns the code with its four parts spaced: "R 44 21 0001".
func (c Card) Grouped() string {
	if !c.IsValid() {
		return ""
	}
	return grouped(c.b[:c.n], []int{1, int(c.n) - 7, 2, 4})
}

// Class returns position 1: 'R', 'H', 'Y' or 'S'.
func (c Card) Class() byte { return c.b[0] }

// Holder returns who the card is for, as the rule names it: 外部质量督导员,
// 行业部门, 用人单位 or 社会培训评价组织 (003 L1221, L1271–1273).
func (c Card) Holder() string {
	switch c.b[0] {
	case 'R':
		return "外部质量督导员"
	case 'H':
		return "行业部门"
	case 'Y':
		return "用人单位"
	case 'S':
		return "社会培训评价组织"
	}
	return ""
}

// Issuer returns the issuer code: two digits for an external card, six for an
// internal one.
func (c Card) Issuer() string {
	if !c.IsValid() {
		return ""
	}
	return string(c.b[1 : c.n-6])
}

// IssuerName returns the issuer of an external card, "人力资源社会保障部" or the
// province's name; "" for an internal card, whose issuer code names an
// institution.
func (c Card) IssuerName() string {
	if !c.External() {
		return ""
	}
	if iss := c.Issuer(); iss != "00" {
		p, _ := region.LookupProvince(iss)
		return p.Name
	}
	return "人力资源社会保障部"
}

// Year returns the issue year, read as 20YY.
func (c Card) Year() int {
	if !c.IsValid() {
		return 0
	}
	i := c.n - 6
	return 2000 + int(c.b[i]-'0')*10 + int(c.b[i+1]-'0')
}

// Serial returns the four-digit serial as a number, 0–9999.
func (c Card) Serial() int {
	n := 0
	for i := int(c.n) - 4; i < int(c.n) && c.IsValid(); i++ {
		n = n*10 + int(c.b[i]-'0')
	}
	return n
}
