package occupation

import (
	"strconv"
	"strings"
)

// Class is the class of an entry of the 国家职业资格目录.
type Class uint8

// The two classes of the catalogue.
const (
	AccessClass     Class = 1 // 准入类: a licence required by law
	EvaluationClass Class = 2 // 水平评价类: a level assessment
)

// String returns "准入类" or "水平评价类"; another value prints as "Class(9)".
func (c Class) String() string {
	switch c {
	case AccessClass:
		return "准入类"
	case EvaluationClass:
		return "水平评价类"
	}
	return "Class(" + strconv.Itoa(int(c)) + ")"
}

// CatalogueEntry is one entry of the skilled-personnel part (技能人员职业资格)
// of 国家职业资格目录（2021年版）, read with the cells of the printed table
// re-aligned where text extraction had slid them.
type CatalogueEntry struct {
	Item      int    // the item number, 1–13
	Group     string // the item's name where it groups several entries, such as 消防和应急救援人员; "" otherwise
	Name      string // the qualification's name
	AlsoNamed string // a second name the re-aligned row carries, or ""
	Body      string // 实施部门（单位）
	Class     Class
	ToAccess  bool   // a 水平评价类 entry noted "拟依法调整为准入类" (to become 准入类)
	Source    string // the document the entry is read from
	Judgement string // where re-aligning the garbled table was a judgement, what was decided; else ""

	// Occupation is the 2022 dictionary's occupation the entry licenses, or
	// the zero Code where the entry is not a single occupation (特种作业人员 and
	// the other licences without an occupation code, which never restrict an
	// occupation by its name).
	Occupation Code

	// Part is, where the entry licenses only part of its occupation, that part
	// in the catalogue's words: the welding of nuclear-safety equipment for
	// 焊工 (item 1), the high-risk sports of its note for 社会体育指导员
	// (item 5). The occupation itself stays 水平评价类; only a work type or
	// direction that names the part (NamesPart) is 准入类. "" where the entry
	// covers the whole occupation.
	Part string

	partWords string // the words, separated by |, by which a work type names Part
}

// Restricted reports whether filing checks must treat the whole occupation as
// 准入类: the entry is 准入类, or is to become one (Henan rejects both,
// 豫职鉴〔2021〕1号), and is not limited to a Part. An entry limited to a Part
// restricts only the work types and directions that name it.
func (e CatalogueEntry) Restricted() bool {
	return (e.Class == AccessClass || e.ToAccess) && e.Part == ""
}

// NamesPart reports whether a work type or direction, as written, names the
// restricted Part of the entry's occupation: for 焊工 a work type containing
// 核安全 or 核电, for 社会体育指导员 one containing 高危 or a sport the note
// names (游泳, 滑雪, 潜水, 攀岩). It is false for an entry without a Part and
// for an empty work type.
func (e CatalogueEntry) NamesPart(workType string) bool {
	if e.partWords == "" || strings.TrimSpace(workType) == "" {
		return false
	}
	for _, w := range strings.Split(e.partWords, "|") {
		if strings.Contains(workType, w) {
			return true
		}
	}
	return false
}

// catalogue is the re-aligned table (DECISIONS.md D16). The printed table (003
// L817–843) is garbled by text extraction: from row 2 on, names slid down one
// row against their bodies and bases, and item 9 is printed twice. The
// occupation codes are those of the 2022 entries with the same names.
var catalogue = []CatalogueEntry{
	// Item 1 licenses the welding of nuclear-safety equipment only: both rows
	// name it (民用核安全设备焊工; 核安全设备焊接人员, under 《中华人民共和国核安全法》),
	// so 6-18-02-04 焊工 stays 水平评价类 and only a work type naming nuclear
	// safety is 准入类 (DECISIONS.md D20).
	{Item: 1, Name: "民用核安全设备焊工、焊接操作工", Body: "生态环境部", Class: AccessClass, Source: "国家职业资格目录（2021年版）", // 003 L818
		Judgement:  "licenses the welding of civil nuclear-safety equipment, a part of 6-18-02-04 焊工",
		Occupation: MustParse("6-18-02-04"), Part: "民用核安全设备焊工、焊接操作工", partWords: "核安全|核电"},
	{Item: 1, Name: "焊工", AlsoNamed: "核安全设备焊接人员", Body: "国防科工局", Class: AccessClass, Source: "国家职业资格目录（2021年版）", // 003 L819–820
		Judgement:  "核安全设备焊接人员, printed as item 2's name, belongs with 焊工 of 国防科工局: names slid down one row",
		Occupation: MustParse("6-18-02-04"), Part: "核安全设备焊接人员", partWords: "核安全|核电"},
	{Item: 2, Name: "保安员", Body: "公安部门及相关机构", Class: AccessClass, Source: "国家职业资格目录（2021年版）", // 003 L820–821
		Judgement:  "保安员 takes the body, class and basis printed one row up",
		Occupation: MustParse("4-07-05-01")},
	{Item: 3, Group: "消防和应急救援人员", Name: "消防员", Body: "消防行业技能鉴定机构", Class: EvaluationClass, ToAccess: true, Source: "国家职业资格目录（2021年版）", // 003 L823
		Occupation: MustParse("3-02-03-01")},
	{Item: 3, Group: "消防和应急救援人员", Name: "森林消防员", Body: "应急管理、国家林业和草原局", Class: EvaluationClass, ToAccess: true, Source: "国家职业资格目录（2021年版）", // 003 L823–824
		Judgement:  "the class and the note are printed once for the item and read as applying to each entry",
		Occupation: MustParse("3-02-03-06")},
	{Item: 3, Group: "消防和应急救援人员", Name: "应急救援员", Body: "紧急救援行业技能鉴定机构", Class: EvaluationClass, ToAccess: true, Source: "国家职业资格目录（2021年版）", // 003 L823, L825
		Judgement:  "the class and the note are printed once for the item and read as applying to each entry",
		Occupation: MustParse("3-02-03-08")},
	{Item: 4, Name: "消防设施操作员", Body: "消防行业技能鉴定机构", Class: AccessClass, Source: "国家职业资格目录（2021年版）", // 003 L826
		Occupation: MustParse("4-07-05-03")},
	{Item: 5, Group: "健身和娱乐场所服务人员", Name: "游泳救生员", Body: "体育行业技能鉴定机构", Class: AccessClass, Source: "国家职业资格目录（2021年版）", // 003 L827
		Occupation: MustParse("4-14-05-03")},
	{Item: 5, Group: "健身和娱乐场所服务人员", Name: "社会体育指导员", Body: "体育行业技能鉴定机构", Class: AccessClass, Source: "国家职业资格目录（2021年版）", // 003 L827–828
		Judgement:  "body and class printed once for the item; the note limits it to 高危性体育项目",
		Occupation: MustParse("4-14-05-01"), Part: "从事游泳、滑雪、潜水、攀岩等高危性体育项目的社会体育指导员", partWords: "高危|游泳|滑雪|潜水|攀岩"}, // 003 L827 note
	{Item: 6, Group: "航空运输服务人员", Name: "民航乘务员", Body: "民航行业技能鉴定机构", Class: AccessClass, Source: "国家职业资格目录（2021年版）", // 003 L829
		Judgement:  "准入类 under 《中华人民共和国民用航空法》; the note 拟依法调整为准入类 printed on this row belongs to 机场运行指挥员",
		Occupation: MustParse("4-02-04-01")},
	{Item: 6, Group: "航空运输服务人员", Name: "机场运行指挥员", Body: "民航行业技能鉴定机构", Class: EvaluationClass, ToAccess: true, Source: "国家职业资格目录（2021年版）", // 003 L821, L829–830
		Judgement:  "水平评价类 and 拟依法调整为准入类 from the slid row of 民航行业技能鉴定机构 (人社厅发〔2019〕110号)",
		Occupation: MustParse("4-02-04-03")},
	{Item: 7, Group: "轨道交通服务人员", Name: "轨道交通司机", Body: "交通运输部及相关机构", Class: AccessClass, Source: "国家职业资格目录（2021年版）", // 003 L832
		Judgement:  "matched to the 2022 occupation 4-02-01-01 轨道交通列车司机, the dictionary's only train-driver occupation",
		Occupation: MustParse("4-02-01-01")},
	{Item: 8, Group: "危险货物、化学品运输从业人员", Name: "危险货物道路运输从业人员", Body: "交通运输部及相关机构", Class: AccessClass, Source: "国家职业资格目录（2021年版）"},  // 003 L833
	{Item: 8, Group: "危险货物、化学品运输从业人员", Name: "放射性物品道路运输从业人员", Body: "交通运输部及相关机构", Class: AccessClass, Source: "国家职业资格目录（2021年版）"}, // 003 L833–834
	{Item: 8, Group: "危险货物、化学品运输从业人员", Name: "危险货物水路运输从业人员", Body: "交通运输部及相关机构", Class: AccessClass, Source: "国家职业资格目录（2021年版）"},  // 003 L833, L835
	{Item: 9, Group: "道路运输从业人员", Name: "经营性客运驾驶员", Body: "交通运输部及相关机构", Class: AccessClass, Source: "国家职业资格目录（2021年版）"},            // 003 L836
	{Item: 9, Group: "道路运输从业人员", Name: "经营性货运驾驶员", Body: "交通运输部及相关机构", Class: AccessClass, Source: "国家职业资格目录（2021年版）"},            // 003 L836–837
	{Item: 9, Group: "道路运输从业人员", Name: "出租汽车驾驶员", Body: "交通运输主管部门及相关机构", Class: AccessClass, Source: "国家职业资格目录（2021年版）", // 003 L839
		Judgement: "item 9 is printed twice; both rows are one item"},
	{Item: 10, Name: "特种作业人员", Body: "应急管理部门、矿山安全监管部门", Class: AccessClass, Source: "国家职业资格目录（2021年版）"},      // 003 L840
	{Item: 11, Name: "建筑施工特种作业人员", Body: "住房和城乡建设主管部门及相关机构", Class: AccessClass, Source: "国家职业资格目录（2021年版）"}, // 003 L841
	{Item: 12, Name: "特种设备安全管理和作业人员", Body: "市场监督管理部门", Class: AccessClass, Source: "国家职业资格目录（2021年版）"},      // 003 L842
	{Item: 13, Name: "家畜繁殖员", Body: "农业行业技能鉴定机构", Class: AccessClass, Source: "国家职业资格目录（2021年版）", // 003 L843
		Occupation: MustParse("5-03-01-01")},
}

// Catalogue returns the 2021 catalogue's skilled-personnel entries (13 items,
// 22 entries) in printed order. The slice is a fresh copy.
func Catalogue() []CatalogueEntry { return append([]CatalogueEntry(nil), catalogue...) }

// CatalogueFor returns the first catalogue entry of an occupation, and whether
// it has one; CatalogueEntriesFor returns them all (焊工 has two).
func CatalogueFor(c Code) (CatalogueEntry, bool) {
	for _, e := range catalogue {
		if e.Occupation == c && c != 0 {
			return e, true
		}
	}
	return CatalogueEntry{}, false
}

// CatalogueEntriesFor returns every catalogue entry of an occupation in
// printed order, or nil: for 6-18-02-04 焊工 the two of item 1 (生态环境部 and
// 国防科工局).
func CatalogueEntriesFor(c Code) []CatalogueEntry {
	var out []CatalogueEntry
	for _, e := range catalogue {
		if e.Occupation == c && c != 0 {
			out = append(out, e)
		}
	}
	return out
}

// CatalogueByName returns the catalogue entry with the given name or second
// name, and whether there is one. A group's name (消防和应急救援人员) returns its
// first entry.
func CatalogueByName(name string) (CatalogueEntry, bool) {
	for _, e := range catalogue {
		if name != "" && (e.Name == name || e.AlsoNamed == name || e.Group == name) {
			return e, true
		}
	}
	return CatalogueEntry{}, false
}
