package certcode

import (
	"cmp"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/internal/fold"
	"github.com/skillcert/skillcert/region"
)

// cardSource cites the supervisor card rule: 人社职司便函〔2020〕53号 附件1, part
// 一 for external cards, part 二 for internal ones (seed 003 L1199–1297).
const cardSource = "人社职司便函〔2020〕53号 附件1"

// Card is a valid supervisor card code (技能人才评价质量督导员证卡编码,
// 人社职司便函〔2020〕53号 附件1):
//
//   - external (外督), 9 characters: R, the issuer (00 = 人力资源社会保障部, or a
//     province code), the year and a four-digit serial: "R44210001";
//   - internal (内督), 13 characters: H (行业部门), Y (用人单位) or S
//     (社会培训评价组织), the six-digit issuer code, the year and a four-digit
//     serial: "Y000123210001".
//
// Serials may be decided by the issuer, so any four digits are accepted; the
// rule sets no bound on the year, so none is checked. The zero Card is not
// valid; its String is "" and its accessors return zero values.
type Card struct {
	b [13]byte
	n uint8
}

// ParseCard reads a supervisor card code with the same clean-up as Parse
// (full width, lower case, spaces and dashes between groups) and checks it by
// 人社职司便函〔2020〕53号 附件1. Errors are *skillcert.Error values with What
// "supervisor card" and positions in characters of s. It does not allocate
// when it succeeds.
func ParseCard(s string) (Card, error) {
	var b fold.Buffer
	n, bad := fold.Code(&b, s)
	want, src := 13, cardSource+" 二"
	switch b[0] {
	case 'R':
		want, src = 9, cardSource+" 一"
	case 'H', 'Y', 'S':
	default:
		if n == 9 || n == 13 {
			e := newError(whatCard, s, "category", skillcert.ErrUnknown, ErrCategory)
			if b[0] < 'A' || b[0] > 'Z' {
				e.Kind = skillcert.ErrSyntax
			}
			e.Want = "R (外部质量督导员) or H, Y, S (内部质量督导员)"
			e.WantZH = "R（外部质量督导员）或 H、Y、S（内部质量督导员）"
			e.Source = cardSource + " 一（二）1, 二（二）1"
			locate(e, 1, 1)
			return Card{}, e
		}
	}
	if n != want {
		return Card{}, lengthError(s, whatCard, n, bad,
			"9 characters (R and 8 digits) or 13 (H, Y or S and 12 digits)", "9位（R和8位数字）或13位（H、Y或S和12位数字）", src)
	}
	// Positions 2 … want: issuer (2 or 6 digits), year (2), serial (4).
	issuerLen := want - 7
	sec := [...]string{"（二）2", "（二）3", "（二）4"}
	for i := 1; i < want; i++ {
		if c := b[i]; c < '0' || c > '9' {
			k := btoi(i > issuerLen) + btoi(i > issuerLen+2)
			e := newError(whatCard, s, [...]string{"issuer", "year", "serial"}[k], skillcert.ErrSyntax, ErrCharacter)
			e.Want, e.WantZH, e.Source = "a digit", "数字", src+sec[k]
			if c == 'X' {
				e.Cause = ErrPlaceholder
				e.Want, e.WantZH = "a digit, not the template's placeholder X", "数字，而不是模板中的占位符 X"
			}
			locate(e, i+1, 1)
			return Card{}, e
		}
	}
	if want == 9 && num2(b[1], b[2]) != 0 && picks[catIndex('Y')][num2(b[1], b[2])] == 0 {
		e := newError(whatCard, s, "issuer", skillcert.ErrUnknown, ErrIssuer)
		e.Want = "00 (人力资源社会保障部) or a code of the 35-row province table"
		e.WantZH = "00（人力资源社会保障部）或省级代码表中的代码"
		e.Source = src + sec[0]
		locate(e, 2, 2)
		return Card{}, e
	}
	c := Card{n: uint8(want)}
	copy(c.b[:], b[:want])
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

// Compare returns -1, 0 or +1 as c sorts before, with or after d, by the
// canonical code. The zero Card sorts first.
func (c Card) Compare(d Card) int { return cmp.Compare(string(c.b[:c.n]), string(d.b[:d.n])) }

// Grouped returns the code with its four parts spaced: "R 44 21 0001"; "" for
// the zero Card.
func (c Card) Grouped() string {
	if !c.IsValid() {
		return ""
	}
	return grouped(c.b[:c.n], []int{1, int(c.n) - 7, 2, 4})
}

// Class returns position 1: 'R', 'H', 'Y' or 'S'; 0 for the zero Card.
func (c Card) Class() byte { return c.b[0] }

// Holder returns who the card is for, as the rule names it: 外部质量督导员,
// 行业部门, 用人单位 or 社会培训评价组织; "" for the zero Card.
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
// internal one; the zero Digits for the zero Card.
func (c Card) Issuer() Digits {
	if !c.IsValid() {
		return Digits{}
	}
	return Digits{num(c.b[1 : c.n-6]), c.n - 7}
}

// IssuerName returns the issuer of an external card, "人力资源社会保障部" or the
// province's name; "" for an internal card, whose issuer code names an
// institution.
func (c Card) IssuerName() string {
	if !c.External() {
		return ""
	}
	if iss := c.Issuer(); iss.Int() != 0 {
		p, _ := region.LookupProvince(iss.String())
		return p.Name
	}
	return "人力资源社会保障部"
}

// Year returns the issue year, read as 20YY; 0 for the zero Card.
func (c Card) Year() int {
	if !c.IsValid() {
		return 0
	}
	i := c.n - 6
	return 2000 + num2(c.b[i], c.b[i+1])
}

// Serial returns the four-digit serial as a number, 0–9999; 0 for the zero
// Card.
func (c Card) Serial() int {
	if !c.IsValid() {
		return 0
	}
	return int(num(c.b[c.n-4 : c.n]))
}
