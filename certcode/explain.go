package certcode

import (
	"iter"
	"strconv"

	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/region"
)

// Part is one field of a code, decoded: where it stands, what the document
// calls it, and the article that defines it. Value and Meaning compute the
// characters and what they mean when asked, so that iterating over Parts
// allocates nothing.
type Part struct {
	From, To int    // 1-based positions of the field in the canonical code; To == From for one character
	Field    string // the field's English name, as in errors: "category", "area", "serial", …
	Name     string // the field's name in the document: "评价机构类别代码", "证书序列码", …
	Source   string // the document and article that define the field, e.g. "人社鉴发〔2019〕2号 附件1 二（一）"

	kind partKind
	sc   Scheme
	code [maxLen]byte
}

type partKind uint8

const (
	pCategory partKind = iota + 1
	pInstitution
	pProvince
	pSite
	pArea
	pUnit
	pSequence
	pYear
	pLevel
	pSerial
	pCardClass
	pCardIssuer
	pCardYear
	pCardSerial
)

// Positions returns "1", or "8–13" for a field of several characters; "" for
// the zero Part.
func (p Part) Positions() string {
	if p.From < 1 {
		return ""
	}
	if p.To <= p.From {
		return strconv.Itoa(p.From)
	}
	return strconv.Itoa(p.From) + "–" + strconv.Itoa(p.To)
}

// Value returns the field's characters, "" for the zero Part.
func (p Part) Value() string {
	if p.From < 1 || p.To > len(p.code) || p.To < p.From {
		return ""
	}
	return string(p.code[p.From-1 : p.To])
}

func (p Part) n() int { return int(num(p.code[p.From-1 : p.To])) }

// Meaning returns what the value means, in Chinese: "用人单位", "合肥市",
// "2020年", "第42号"; "" where the document gives the value no meaning of its
// own.
func (p Part) Meaning() string { return p.meaning(false) }

// MeaningEnglish returns what the value means, in English; "" where there is
// no English name (the areas of a province).
func (p Part) MeaningEnglish() string { return p.meaning(true) }

func (p Part) meaning(en bool) string {
	pick := func(zh, eng string) string {
		if en {
			return eng
		}
		return zh
	}
	switch p.kind {
	case pCategory:
		c := Category(p.code[0])
		return pick(c.String(), c.English())
	case pInstitution:
		if p.n() == 0 {
			return pick("先行向省级人力资源社会保障部门备案", "filed first with the province")
		}
		return pick("人力资源社会保障部赋码", "code assigned by MOHRSS")
	case pProvince:
		r, _ := region.LookupProvince(p.Value())
		return pick(r.Name, r.English)
	case pSite:
		return pick("由省级人力资源社会保障部门赋码", "assigned by the province")
	case pArea:
		a, _ := region.LookupArea(p.sc.Province(), p.Value())
		return pick(a.Name, "")
	case pUnit:
		u := Filing{sc: p.sc}
		copy(u.b[:], p.code[:filingLen])
		return pick(u.Unit().String(), u.Unit().English())
	case pSequence:
		n := strconv.Itoa(p.n())
		return pick("第"+n+"家", "institution number "+n+" in its area")
	case pYear, pCardYear:
		y := strconv.Itoa(2000 + p.n())
		return pick(y+"年", y)
	case pLevel:
		lv := level.Level(p.n())
		return pick(lv.String(), lv.English())
	case pSerial:
		n := strconv.Itoa(p.n())
		return pick("第"+n+"号", "number "+n+" of its year and level")
	case pCardSerial:
		n := strconv.Itoa(p.n())
		return pick("第"+n+"号", "number "+n)
	case pCardClass:
		var c Card
		c.b[0], c.n = p.code[0], 9
		en := ""
		switch p.code[0] {
		case 'R':
			en = "external quality supervisor"
		case 'H':
			en = "industry department"
		case 'Y', 'S':
			en = Category(p.code[0]).English()
		}
		return pick(c.Holder(), en)
	case pCardIssuer:
		if p.code[0] != 'R' {
			return ""
		}
		if p.n() == 0 {
			return pick("人力资源社会保障部", "MOHRSS")
		}
		r, _ := region.LookupProvince(p.Value())
		return pick(r.Name, r.English)
	}
	return ""
}

// Parts returns c decoded field by field, in position order, as its rule
// splits positions 8–13. The zero Code has no parts. Iterating allocates
// nothing:
//
//	for p := range c.Parts() {
//		fmt.Println(p.Positions(), p.Value(), p.Name, p.Meaning())
//	}
func (c Code) Parts() iter.Seq[Part] {
	return func(yield func(Part) bool) {
		if !c.IsValid() {
			return
		}
		b := c.bytes()
		codeParts(&b, c.scheme(), true, yield)
	}
}

// Parts returns f decoded field by field, in position order. The zero
// Filing has no parts. Iterating allocates nothing.
func (f Filing) Parts() iter.Seq[Part] {
	return func(yield func(Part) bool) {
		if !f.IsValid() {
			return
		}
		var b [maxLen]byte
		copy(b[:], f.b[:])
		codeParts(&b, f.sc, false, yield)
	}
}

// codeParts yields the parts of a certificate number (cert) or of a filing
// number held in b.
func codeParts(b *[maxLen]byte, sc Scheme, cert bool, yield func(Part) bool) {
	r := &rules[sc]
	p := Part{sc: sc, code: *b}
	emit := func(k partKind, from, to int, f field, name string) bool {
		p.kind, p.From, p.To, p.Field, p.Name, p.Source = k, from, to, fieldNames[f], name, sc.source(f, cert)
		return yield(p)
	}
	if !emit(pCategory, 1, 1, fCategory, "评价机构类别代码") ||
		!emit(pInstitution, 2, 5, fInstitution, "评价机构代码") ||
		!emit(pProvince, 6, 7, fProvince, "评价机构（站点）所在地省级代码") {
		return
	}
	if !r.area {
		if !emit(pSite, 8, 13, fSite, "评价机构（站点）序列码") {
			return
		}
	} else {
		if !emit(pArea, 8, 9, fArea, "评价机构（站点）所在地代码") {
			return
		}
		u := Filing{sc: sc}
		copy(u.b[:], b[:filingLen])
		if u.Unit() != UnitUnknown && !emit(pUnit, 10, 10, fUnit, "评价机构（站点）类别代码") {
			return
		}
		if !emit(pSequence, r.seqFrom, 13, fSequence, "评价机构（站点）序列码") {
			return
		}
	}
	if !cert {
		return
	}
	_ = emit(pYear, 14, 15, fYear, "证书核发年份代码") &&
		emit(pLevel, 16, 16, fLevel, "职业技能等级代码") &&
		emit(pSerial, 17, 22, fSerial, "证书序列码")
}

// Parts returns c decoded field by field, in position order. The zero Card
// has no parts. Iterating allocates nothing.
func (c Card) Parts() iter.Seq[Part] {
	return func(yield func(Part) bool) {
		if !c.IsValid() {
			return
		}
		n := int(c.n)
		src := &cardSources[btoi(!c.External())]
		p := Part{}
		copy(p.code[:], c.b[:n])
		for i, x := range [...]struct {
			k           partKind
			from, to    int
			field, name string
		}{
			{pCardClass, 1, 1, "card class", "证卡类别代码"},
			{pCardIssuer, 2, n - 6, "issuer", "证卡颁发机构代码"},
			{pCardYear, n - 5, n - 4, "year", "证卡核发年份代码"},
			{pCardSerial, n - 3, n, "serial", "证卡序列码"},
		} {
			p.kind, p.From, p.To, p.Field, p.Name, p.Source = x.k, x.from, x.to, x.field, x.name, src[i]
			if !yield(p) {
				return
			}
		}
	}
}

// cardSources cite the articles of 人社职司便函〔2020〕53号 附件1 that define
// each part of an external card (一) and an internal one (二).
var cardSources = [2][4]string{
	{cardSource + " 一（二）1", cardSource + " 一（二）2", cardSource + " 一（二）3", cardSource + " 一（二）4"},
	{cardSource + " 二（二）1", cardSource + " 二（二）2", cardSource + " 二（二）3", cardSource + " 二（二）4"},
}
