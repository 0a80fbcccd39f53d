package submission

import "strconv"

import "strings"

// Field is a column of a certificate submission table, whatever its header
// says.
type Field uint8

// The fields of the tables: Anhui's 职业技能等级认定合格人员证书信息表
// (皖人社秘〔2020〕65号 附件5) and Guangdong's data submission (the Guangdong
// enterprise work-plan template, 九).
const (
	Name        Field = iota + 1 // 姓名 / 考生姓名
	IDType                       // 证件类型 (Anhui only)
	IDNumber                     // 证件号码 / 考生身份证号码
	Employer                     // 所在单位
	Occupation                   // 职业名称 / 职业（工种）
	WorkType                     // 工种名称
	Level                        // 职业技能等级 / 认定级别
	CertNumber                   // 证书编号
	IssueDate                    // 发证日期 / 认定日期
	Institution                  // 评价机构
	Issuer                       // 发证机构
	City                         // 考生所在地市
	numFields
)

// column says how a field is headed and whether a table must have it.
type column struct {
	zh, en   string
	aliases  []string // header texts, compared without spaces and with brackets folded
	required bool
}

var columns = [numFields]column{
	Name:        {"姓名", "name", []string{"姓名", "考生姓名"}, true},
	IDType:      {"证件类型", "ID type", []string{"证件类型"}, false},
	IDNumber:    {"证件号码", "ID number", []string{"证件号码", "考生身份证号码", "身份证号码", "身份证号", "考生证件号码"}, true},
	Employer:    {"所在单位", "employer", []string{"所在单位", "工作单位"}, false},
	Occupation:  {"职业名称", "occupation", []string{"职业名称", "职业(工种)", "职业", "职业(工种)名称"}, true},
	WorkType:    {"工种名称", "work type", []string{"工种名称", "工种", "工种/职业方向", "职业方向"}, false},
	Level:       {"职业技能等级", "level", []string{"职业技能等级", "认定级别", "级别", "等级", "技能等级"}, true},
	CertNumber:  {"证书编号", "certificate number", []string{"证书编号", "证书编码", "证书号码"}, true},
	IssueDate:   {"发证日期", "issue date", []string{"发证日期", "认定日期"}, true},
	Institution: {"评价机构", "evaluation institution", []string{"评价机构", "评价机构名称"}, false},
	Issuer:      {"发证机构", "issuing body", []string{"发证机构"}, false},
	City:        {"考生所在地市", "candidate's city", []string{"考生所在地市", "所在地市"}, false},
}

// String returns the field's standard header, such as "证书编号".
func (f Field) String() string {
	if f == 0 || f >= numFields {
		return "Field(" + strconv.Itoa(int(f)) + ")"
	}
	return columns[f].zh
}

// English returns the field's English name.
func (f Field) English() string {
	if f == 0 || f >= numFields {
		return ""
	}
	return columns[f].en
}

// headerKey folds a header cell for matching: no spaces, half-width
// brackets, no BOM.
func headerKey(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	return strings.NewReplacer(" ", "", "\u3000", "", "\t", "", "（", "(", "）", ")", "\n", "", "\r", "").Replace(s)
}

var aliasIndex = func() map[string]Field {
	m := map[string]Field{}
	for f := Name; f < numFields; f++ {
		for _, a := range columns[f].aliases {
			m[headerKey(a)] = f
		}
	}
	return m
}()

// idTypes are the 证件类型 codes of 皖人社秘〔2020〕65号 附件5 备注2 (004 L580).
var idTypes = map[string]string{
	"201": "居民身份证", "227": "中国护照", "210": "港澳居民来往内地通行证", "237": "港澳居民居住证",
	"213": "台湾居民来往大陆通行证", "238": "台湾居民居住证", "208": "外国护照", "233": "外国人永久居留身份证",
	"239": "《中华人民共和国外国人工作许可证》（A类）", "240": "《中华人民共和国外国人工作许可证》（B类）",
	"241": "《中华人民共和国外国人工作许可证》（C类）", "299": "其他个人证件",
}

// IDTypeName returns the document a 证件类型 code stands for (皖人社秘〔2020〕65号
// 附件5 备注2), and whether the code is one of the twelve.
func IDTypeName(code string) (string, bool) {
	n, ok := idTypes[code]
	return n, ok
}
