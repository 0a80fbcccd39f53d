package level

// name is one row of the level table.
type name struct {
	display string // certificate display form, 003 L2761
	grade   string // 一级 … 五级
	title   string // national title, 003 L2575–2580
	henan   string // Henan title, 003 L4262–4266
	english string
}

// names is the level table, indexed by level-1. National titles: 人社鉴发〔2019〕2号
// 表5 (003 L2575–2580), repeated by Guangdong (002 L975–988), Chongqing (000
// L775) and Anhui (004 L390–403). Henan titles: 豫职鉴〔2020〕2号 表5 (003
// L4262–4266).
var names = [5]name{
	{"一级/高级技师", "一级", "高级技师", "高级技师", "Senior Technician"},
	{"二级/技师", "二级", "技师", "技师", "Technician"},
	{"三级/高级工", "三级", "高级工", "高级", "Senior Worker"},
	{"四级/中级工", "四级", "中级工", "中级", "Intermediate Worker"},
	{"五级/初级工", "五级", "初级工", "初级", "Junior Worker"},
}

// Token kinds: a grade names the level by its number, a title by its name.
const (
	kindGrade = 1
	kindTitle = 2
)

type token struct {
	level Level
	kind  uint8
}

// tokens maps every single-part way the documents write a level
// to the level, after full-width forms are narrowed and spaces removed. A
// written level is one token, or a grade and a title joined by "/" or with one
// in brackets after the other ("五级（初级工）", "初级工（五级）").
var tokens = func() map[string]token {
	m := map[string]token{}
	cn := [5]string{"一", "二", "三", "四", "五"}
	for i, n := range names {
		lv := Level(i + 1)
		d := string(rune('1' + i))
		for _, g := range []string{
			cn[i] + "级",            // 五级 (003 L2580)
			d + "级",                // 5级 (002 L85)
			d,                      // 5, as in 003 L4578 "5、4、3、2、1"
			"国家职业资格" + cn[i] + "级", // old wording, 003 L3772 "国家职业资格四级"
			cn[i] + "级职业资格",        // 003 L3834 "三级职业资格 / 高级工"
			cn[i] + "级国家职业资格",      // 003 L3770 "二级国家职业资格/技师"
		} {
			m[g] = token{lv, kindGrade}
		}
		m[n.title] = token{lv, kindTitle}
		m[n.henan] = token{lv, kindTitle} // Henan: 初级, 中级, 高级 (D12)
	}
	return m
}()
