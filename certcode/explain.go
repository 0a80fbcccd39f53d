package certcode

import (
	"strconv"

	"github.com/skillcert/skillcert/region"
)

// Part is one field of a code, decoded: where it is, what it holds, what that
// means, and the document line that says so.
type Part struct {
	Pos       string // "1", "2–5", "8–9", …
	Value     string // the characters
	Name      string // the field's name in the document, e.g. "评价机构类别代码"
	English   string // the field's English name, e.g. "category"
	Meaning   string // what the value means, in Chinese, e.g. "用人单位"
	MeaningEn string // what the value means, in English
	Source    string // seed file and line
}

// Parts returns c decoded field by field, in position order, as its rule
// splits positions 8–13. The zero Code has no parts.
func (c Code) Parts() []Part {
	if !c.IsValid() {
		return nil
	}
	parts := c.Filing().Parts()
	lv := c.Level()
	b := c.String()
	return append(parts,
		Part{"14–15", b[13:15], "证书核发年份代码", "issue year", strconv.Itoa(c.Year()) + "年", strconv.Itoa(c.Year()), "003 L2565–2567"},
		Part{"16", b[15:16], "职业技能等级代码", "skill level", lv.String(), lv.English(), "003 L2571–2580"},
		Part{"17–22", b[16:], "证书序列码", "serial", "第" + strconv.Itoa(c.Serial()) + "号", "number " + strconv.Itoa(c.Serial()) + " of its year and level", "003 L2584"},
	)
}

// Parts returns f decoded field by field, in position order.
func (f Filing) Parts() []Part {
	if !f.IsValid() {
		return nil
	}
	r := f.sc.rule()
	cat := f.Category()
	inst, instEn := "先行向省级人力资源社会保障部门备案", "filed first with the province"
	if f.Institution() != "0000" {
		inst, instEn = "人力资源社会保障部赋码", "code assigned by MOHRSS"
	}
	prov, _ := region.LookupProvince(f.Province())
	parts := []Part{
		{"1", string(cat), "评价机构类别代码", "category", cat.String(), cat.English(), "003 L2518–2524"},
		{"2–5", f.Institution(), "评价机构代码", "institution", inst, instEn, "003 L2530–2536"},
		{"6–7", f.Province(), "所在地省级代码", "province", prov.Name, prov.English, "003 L2544–2557"},
	}
	if !r.area {
		return append(parts, Part{"8–13", f.Site(), "评价机构（站点）序列码", "site",
			"由省级人力资源社会保障部门赋码", "assigned by the province", r.siteSrc})
	}
	parts = append(parts, Part{"8–9", f.Area(), "所在地代码", "area", f.AreaName(), "", r.areaSrc})
	if u := f.Unit(); u != UnitUnknown {
		parts = append(parts, Part{"10", f.part(posSeq, 1), "类别代码", "unit kind", u.String(), u.English(), r.unitSrc})
	}
	seqPos := strconv.Itoa(r.seqFrom) + "–13"
	return append(parts, Part{seqPos, f.Sequence(), "序列码", "sequence", "第" + strconv.Itoa(atoi(f.Sequence())) + "家",
		"institution number " + strconv.Itoa(atoi(f.Sequence())) + " in its area", r.seqSrc})
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// Parts returns c decoded field by field, in position order (003 L1214–1297).
func (c Card) Parts() []Part {
	if !c.IsValid() {
		return nil
	}
	s, n := c.String(), int(c.n)
	src := "003 L1214–1249"
	if !c.External() {
		src = "003 L1264–1297"
	}
	holderEn := map[byte]string{'R': "external quality supervisor", 'H': "industry department", 'Y': "employer", 'S': "social training and evaluation organisation"}[c.Class()]
	issuerEn := ""
	if c.External() && c.Issuer() == "00" {
		issuerEn = "MOHRSS"
	} else if p, ok := region.LookupProvince(c.Issuer()); ok && c.External() {
		issuerEn = p.English
	}
	return []Part{
		{"1", s[:1], "证卡类别代码", "card class", c.Holder(), holderEn, src},
		{"2–" + strconv.Itoa(n-6), c.Issuer(), "证卡颁发机构代码", "issuer", c.IssuerName(), issuerEn, src},
		{strconv.Itoa(n-5) + "–" + strconv.Itoa(n-4), s[n-6 : n-4], "证卡核发年份代码", "issue year", strconv.Itoa(c.Year()) + "年", strconv.Itoa(c.Year()), src},
		{strconv.Itoa(n-3) + "–" + strconv.Itoa(n), s[n-4:], "证卡序列码", "serial", "第" + strconv.Itoa(c.Serial()) + "号", "number " + strconv.Itoa(c.Serial()), src},
	}
}
