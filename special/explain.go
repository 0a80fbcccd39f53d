package special

import "strconv"

// Part is one field of a code, decoded: where it stands, what it holds, what
// that means in Chinese and English, and the document that says so. It has
// the shape of certcode.Part, so the two print alike.
type Part struct {
	Pos       string // character positions in the canonical code: "1–2", "7", …
	Value     string // the characters
	Name      string // the field's name in the document, e.g. "考核机构流水码"
	English   string // the field's English name, e.g. "sequence"
	Meaning   string // what the value means, in Chinese, e.g. "2020年"
	MeaningEn string // what the value means, in English
	Source    string // the document and section, e.g. "豫人社办函〔2020〕41号 四（一）"
}

// Parts returns n decoded field by field, in position order: year, the
// institution code's three fields, serial. The zero Number has no parts.
func (n Number) Parts() []Part {
	if !n.IsValid() {
		return nil
	}
	s := n.String()
	y := strconv.Itoa(n.Year())
	parts := []Part{{"1–2", s[:2], "年份", "issue year", y + "年", y, srcNumber}}
	parts = append(parts, n.Institution().parts(2)...)
	sn := strconv.Itoa(n.Serial())
	return append(parts, Part{"11–15", s[10:], "证书流水编码", "serial",
		"第" + sn + "号证书", "certificate number " + sn, srcNumber})
}

// Parts returns in decoded field by field, in position order: area, the fixed
// digit 5, sequence. The zero Institution has no parts.
func (in Institution) Parts() []Part {
	if !in.IsValid() {
		return nil
	}
	return in.parts(0)
}

// parts decodes in as it stands from position at+1 of a code.
func (in Institution) parts(at int) []Part {
	s := in.String()
	pos := func(from, to int) string {
		if from == to {
			return strconv.Itoa(at + from)
		}
		return strconv.Itoa(at+from) + "–" + strconv.Itoa(at+to)
	}
	seq, seqEn := "第"+strconv.Itoa(in.Sequence())+"家考核机构", "institution "+strconv.Itoa(in.Sequence())+" of its area"
	if in.IsCentre() {
		seq += "（000：示例中为市鉴定中心本身）"
		seqEn += " (000: the city's 鉴定中心 itself in the notice's example)"
	}
	return []Part{
		{pos(1, 4), s[:4], "地区编码", "area", "与职业技能鉴定机构编码相同（编码表未公布）",
			"the area code of Henan's 职业技能鉴定机构 codes (no table is published)", srcInstitution},
		{pos(5, 5), s[4:5], "固定数字5", "category", "专项职业能力", "专项职业能力 (special vocational ability)", srcInstitution},
		{pos(6, 8), s[5:], "考核机构流水码", "sequence", seq, seqEn, srcInstitution},
	}
}

// Explain reads s as a certificate number, or as an institution code when it
// holds eight code characters, and returns it decoded field by field; an
// error is the one Parse or ParseInstitution returns.
func Explain(s string) ([]Part, error) {
	var sc scanned
	sc.scan(s)
	if sc.n == InstitutionLen {
		in, err := ParseInstitution(s)
		return in.Parts(), err
	}
	n, err := Parse(s)
	return n.Parts(), err
}
