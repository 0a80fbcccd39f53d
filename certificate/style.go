package certificate

import "strconv"

// Field names one item printed on a certificate. The zero value is not a
// field.
type Field uint8

// The items 人社鉴发〔2021〕1号 二（一） and the provincial styles list.
const (
	FieldTitle          Field = iota + 1 // 证书名称
	FieldText                            // 证书正文
	FieldInstitution                     // 评价机构名称
	FieldIssued                          // 发证日期
	FieldName                            // 姓名
	FieldIDType                          // 证件类型
	FieldIDNumber                        // 证件号码
	FieldOccupation                      // 职业名称
	FieldWorkType                        // 工种/职业方向 (工种名称 in the 2019 style)
	FieldLevel                           // 职业技能等级
	FieldNumber                          // 证书编号
	FieldPhoto                           // 持证人照片
	FieldQRCode                          // 二维码
	FieldQueryURL                        // 证书信息查询网址
	FieldInstitutionURL                  // 机构信息查询网址
	FieldProvinceURL                     // 省级人力资源社会保障部门证书查询网址
	FieldPrintSerial                     // 证书印制流水码
	fieldEnd
)

var fieldNames = [fieldEnd]struct{ zh, en, goName string }{
	FieldTitle:          {"证书名称", "Certificate of Occupational Skill Level", "Title"},
	FieldText:           {"证书正文", "body text", "Text"},
	FieldInstitution:    {"评价机构名称", "assessment institution", "Institution"},
	FieldIssued:         {"发证日期", "Issued date", "Issued"},
	FieldName:           {"姓名", "Name", "Name"},
	FieldIDType:         {"证件类型", "ID Type", "IDType"},
	FieldIDNumber:       {"证件号码", "ID No.", "IDNumber"},
	FieldOccupation:     {"职业名称", "Occupation", "Occupation"},
	FieldWorkType:       {"工种/职业方向", "Job", "WorkType"},
	FieldLevel:          {"职业技能等级", "Skill Level", "Level"},
	FieldNumber:         {"证书编号", "Certificate No.", "Number"},
	FieldPhoto:          {"持证人照片", "photo", ""},
	FieldQRCode:         {"二维码", "QR code", ""},
	FieldQueryURL:       {"证书信息查询网址", "Certificate Information", "QueryURL"},
	FieldInstitutionURL: {"机构信息查询网址", "Assessment Information", "InstitutionURL"},
	FieldProvinceURL:    {"省级证书查询网址", "provincial query address", "ProvinceURL"},
	FieldPrintSerial:    {"证书印制流水码", "printing serial", "PrintSerial"},
}

// String returns the field's Chinese label as 人社鉴发〔2021〕1号 prints it,
// such as "证书编号"; an unknown value prints as "Field(99)".
func (f Field) String() string {
	if f == 0 || f >= fieldEnd {
		return "Field(" + strconv.Itoa(int(f)) + ")"
	}
	return fieldNames[f].zh
}

// English returns the English label the notice's bilingual sample prints
// ("Name", "ID Type", "ID No.", "Occupation", "Job", "Skill Level",
// "Certificate No.", "Issued date"), or a plain description for items the
// sample does not label; "" for an unknown value.
func (f Field) English() string {
	if f == 0 || f >= fieldEnd {
		return ""
	}
	return fieldNames[f].en
}

// GoName returns the name of the Certificate struct field that holds f, as
// Finding.Field names it ("Number"); "" for the photo and the QR code, which
// a Certificate does not hold, and for an unknown value.
func (f Field) GoName() string {
	if f == 0 || f >= fieldEnd {
		return ""
	}
	return fieldNames[f].goName
}

// Style is a document's list of what a certificate shows: the national
// style of 2021, the 2019 style it replaced, and the provincial lists that
// differ from them. It is data for a caller that designs or audits a
// certificate; Check applies the national styles by the issue date.
// The zero value is not a style.
type Style uint8

// The styles.
const (
	// National2021 is 人社鉴发〔2021〕1号 二（一）, in force from 2021-01-05.
	National2021 Style = iota + 1
	// National2019 is the reference style of 人社鉴发〔2019〕2号 附件2, which
	// the 2021 notice ended (五（一）): a two-page layout whose work type is
	// labelled 工种名称 and written "——" when there is none.
	National2019
	// Guangdong is the list of 《职业技能等级证书管理办法（参考模板）》第九条 in
	// Guangdong's enterprise assessment package: no title, body text, photo
	// or query addresses in the list (it ends with 等, "and so on"), the work
	// type labelled 工种名称. Guangdong forwards the 2021 notice
	// (粤技服〔2021〕5号), so the national style still applies.
	Guangdong
	// Anhui is the reference style of 皖人社秘〔2020〕65号 附件6, a copy of the
	// 2019 style (two pages, 2-inch photo, "——" for no work type) whose
	// notes say an institution may add to these items but keep them.
	Anhui
	styleEnd
)

type styleData struct {
	name, source  string
	wtLabel, none string
	required      []Field
	optional      []Field
}

var styles = [styleEnd]styleData{
	// 003 L2747–2749: 证书名称、证书正文、评价机构名称、发证日期、姓名、证件类型、
	// 证件号码、职业名称、工种 / 职业方向、职业技能等级、证书编号，以及持证人照片、
	// 二维码、证书信息查询网 (http://jndj.osta.org.cn)、机构信息查询网址
	// (http://pjgg.osta.org.cn)。评价机构可根据实际情况在证书上增加省…证书查询网址和
	// 证书印制流水码。
	National2021: {"national-2021", "人社鉴发〔2021〕1号 二（一）", "工种/职业方向", NoWorkType,
		[]Field{FieldTitle, FieldText, FieldInstitution, FieldIssued, FieldName, FieldIDType, FieldIDNumber,
			FieldOccupation, FieldWorkType, FieldLevel, FieldNumber, FieldPhoto, FieldQRCode,
			FieldQueryURL, FieldInstitutionURL},
		[]Field{FieldProvinceURL, FieldPrintSerial}},
	// 003 L2626–2636: left page 职业技能等级证书, body text, institution,
	// 发证日期, the two query addresses; right page 姓名, 证件类型, 证件号码,
	// 职业名称, 工种名称, 职业技能等级, 证书编号; photo and QR code (L2646);
	// 注3 工种名称如无，请填写“——”.
	National2019: {"national-2019", "人社鉴发〔2019〕2号 附件2", "工种名称", NoWorkType2019,
		[]Field{FieldTitle, FieldText, FieldInstitution, FieldIssued, FieldQueryURL, FieldInstitutionURL,
			FieldName, FieldIDType, FieldIDNumber, FieldOccupation, FieldWorkType, FieldLevel, FieldNumber,
			FieldPhoto, FieldQRCode},
		nil},
	// 002 L1024: 第九条 职业技能等级证书的内容应包括姓名、证件类型、证件号码、
	// 职业名称、工种名称、职业技能等级、证书编号、二维码、评价机构、发证日期等;
	// 002 L121 forwards the 2021 notice (粤技服〔2021〕5号), hence "--".
	Guangdong: {"guangdong", "《职业技能等级证书管理办法（参考模板）》第九条（广东省企业职业技能等级认定工作方案附件6）", "工种名称", NoWorkType,
		[]Field{FieldName, FieldIDType, FieldIDNumber, FieldOccupation, FieldWorkType, FieldLevel,
			FieldNumber, FieldQRCode, FieldInstitution, FieldIssued},
		nil},
	// 004 L582–641: 附件6 职业技能等级证书参考样式, the 2019 layout (左页上 证书名称,
	// 左页中 正文, 左页下 网址, 右页上 2寸 photo and 二维码, 右页下 基本信息);
	// 注1 在保留上述内容信息的基础上; 注3 工种名称如无，请填写“——”.
	Anhui: {"anhui", "皖人社秘〔2020〕65号 附件6", "工种名称", NoWorkType2019,
		[]Field{FieldTitle, FieldText, FieldInstitution, FieldIssued, FieldQueryURL, FieldInstitutionURL,
			FieldName, FieldIDType, FieldIDNumber, FieldOccupation, FieldWorkType, FieldLevel, FieldNumber,
			FieldPhoto, FieldQRCode},
		nil},
}

// Styles lists the styles, the national ones first.
func Styles() []Style { return []Style{National2021, National2019, Guangdong, Anhui} }

func (s Style) data() (styleData, bool) {
	if s == 0 || s >= styleEnd {
		return styleData{}, false
	}
	return styles[s], true
}

// String returns the style's name, "national-2021", "national-2019",
// "guangdong" or "anhui"; an unknown value prints as "Style(9)".
func (s Style) String() string {
	if d, ok := s.data(); ok {
		return d.name
	}
	return "Style(" + strconv.Itoa(int(s)) + ")"
}

// Source cites the document and article that lists the style's items; ""
// for an unknown value.
func (s Style) Source() string {
	d, _ := s.data()
	return d.source
}

// Required lists the items the style's document says a certificate shows,
// in the document's order; nil for an unknown value. The slice is the
// caller's to change.
func (s Style) Required() []Field {
	d, _ := s.data()
	return append([]Field(nil), d.required...)
}

// Optional lists the items the style allows an institution to add; nil when
// it names none.
func (s Style) Optional() []Field {
	d, _ := s.data()
	return append([]Field(nil), d.optional...)
}

// Has reports whether the style lists f, required or optional.
func (s Style) Has(f Field) bool {
	d, _ := s.data()
	for _, g := range d.required {
		if g == f {
			return true
		}
	}
	for _, g := range d.optional {
		if g == f {
			return true
		}
	}
	return false
}

// WorkTypeLabel returns the label the style prints before the work type:
// "工种/职业方向" (2021) or "工种名称".
func (s Style) WorkTypeLabel() string {
	d, _ := s.data()
	return d.wtLabel
}

// NoWorkType returns what the style writes as the work type when there is
// none: "--" (2021) or "——" (2019 and the provincial copies of it).
func (s Style) NoWorkType() string {
	d, _ := s.data()
	return d.none
}
