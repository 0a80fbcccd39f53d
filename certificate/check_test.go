package certificate

import (
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	skillcert "github.com/skillcert/skillcert"
)

// clean is a certificate that breaks no rule, filled in as the 2021 sample
// (一) of 人社鉴发〔2021〕1号 lays it out (003 L2829–2849).
func clean() Certificate {
	return Certificate{
		Title: "职业技能等级证书",
		// 003 L2793: 本证书由××××(评价机构名称)颁发, 表明持证人通过本机构组织的职业技能等级认定,
		// 具备该职业(工种)相应技能等级水平。
		Text: "职业技能等级证书 Certificate of Occupational Skill Level 本证书由安徽新华职业技能评价中心颁发，" +
			"表明持证人通过本机构组织的职业技能等级认定，具备该职业（工种）相应技能等级水平。" +
			"姓名 证件类型 证件号码 职业名称 工种/职业方向 职业技能等级 证书编号 发证日期 证书信息查询网址 机构信息查询网址",
		Institution:    "安徽新华职业技能评价中心",
		Issued:         time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC),
		Name:           "张三",
		IDType:         "居民身份证",
		IDNumber:       "11010519491231002X", // the example of GB 11643-1999
		Occupation:     "汽车维修工",
		WorkType:       "汽车维修检验工",
		Level:          "四级/中级工",
		Number:         "S000034010001244000001",
		QueryURL:       "http://jndj.osta.org.cn",
		InstitutionURL: "http://pjgg.osta.org.cn",
		ProvinceURL:    "http://ah.osta.org.cn/",
		PrintSerial:    "No.88888888", // 003 L2851
	}
}

var today = time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC)

// checkCases trigger every rule (TestEveryRuleTriggered proves it). want
// lists "rule Field" of each finding in order; nil for a clean certificate.
var checkCases = []struct {
	name string
	edit func(c *Certificate)
	want []string
}{
	{"clean", func(c *Certificate) {}, nil},

	// 003 L2751: 证书名称应统一使用“职业技能等级证书”。
	{"title other", func(c *Certificate) { c.Title = "职业资格证书" }, []string{"certificate.title Title"}},
	{"title empty", func(c *Certificate) { c.Title = "" }, []string{"certificate.title Title"}},
	{"title 2019 pairing", func(c *Certificate) { c.Title = "职业技能等级证书（试行）" }, []string{"certificate.title Title"}},
	{"title spaces around", func(c *Certificate) { c.Title = " 职业技能等级证书\u3000" }, nil},

	// 003 L2783: 证书上不得使用“中华人民共和国”“中国”“中华”“国家”“全国”和“人力资源社会保障部门”
	// “职业技能鉴定中心”“中国就业培训技术指导中心”以及“职业资格”“资格凭证”“就业凭证”“录用依据”等字样
	{"forbidden 中华人民共和国 alone, not 中华", func(c *Certificate) { c.Text += "中华人民共和国" },
		[]string{"certificate.forbidden-word Text"}},
	{"forbidden every word", func(c *Certificate) {
		c.Text += "中华人民共和国 中国 中华 国家 全国 人力资源社会保障部门 职业技能鉴定中心 中国就业培训技术指导中心 职业资格 资格凭证 就业凭证 录用依据"
	}, repeat("certificate.forbidden-word Text", 12)},
	{"forbidden once per word", func(c *Certificate) { c.Text += "国家 国家 国家" }, []string{"certificate.forbidden-word Text"}},
	{"forbidden guidance centre, not 中国 inside it", func(c *Certificate) { c.Text += "中国就业培训技术指导中心监制" },
		[]string{"certificate.forbidden-word Text"}},
	// DECISIONS D19: not in the institution's filed name.
	{"name with 中国 in the wording", func(c *Certificate) {
		c.Institution = "中国汽车工程学会"
		c.Text = "本证书由中国汽车工程学会颁发，表明持证人通过本机构组织的职业技能等级认定。"
	}, nil},
	{"branch with parent named 全国", func(c *Certificate) {
		c.Institution = "全国某行业协会华东分会"
		c.Parent = "全国某行业协会"
		c.Text = "全国某行业协会 全国某行业协会华东分会 职业技能等级认定专用章"
	}, nil},
	{"word beside the name", func(c *Certificate) {
		c.Institution = "中国汽车工程学会"
		c.Text = "本证书由中国汽车工程学会颁发，国家认可。"
	}, []string{"certificate.forbidden-word Text"}},
	{"forbidden before 2021 not applied", func(c *Certificate) {
		c.Text += "国家"
		c.Issued = time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC)
		c.Number = "S000034010001204000001"
	}, nil},

	// 003 L2747–2749: the items every certificate shows.
	{"no institution", func(c *Certificate) { c.Institution = "" }, []string{"certificate.required Institution"}},
	{"no name", func(c *Certificate) { c.Name = " " }, []string{"certificate.required Name"}},
	{"no ID type", func(c *Certificate) { c.IDType = "" }, []string{"certificate.required IDType"}},
	{"no ID number", func(c *Certificate) { c.IDNumber = "" }, []string{"certificate.required IDNumber"}},
	{"no occupation", func(c *Certificate) { c.Occupation = "" }, []string{"certificate.required Occupation"}},
	{"no level", func(c *Certificate) { c.Level = "" }, []string{"certificate.required Level"}},
	{"no number", func(c *Certificate) { c.Number = "" }, []string{"certificate.required Number"}},

	{"no date", func(c *Certificate) { c.Issued = time.Time{} }, []string{"certificate.date Issued"}},
	// 003 L2497: 人社鉴发〔2019〕2号 is dated 2019年4月19日.
	{"date before the 2019 notice", func(c *Certificate) {
		c.Issued = time.Date(2019, 4, 18, 0, 0, 0, 0, time.UTC)
		c.Number = "S000034010001194000001"
	}, []string{"certificate.date Issued"}},
	{"date the day of the 2019 notice", func(c *Certificate) {
		c.Issued = time.Date(2019, 4, 19, 0, 0, 0, 0, time.UTC)
		c.Number = "S000034010001194000001"
		c.WorkType = "——"
	}, nil},
	{"date after today", func(c *Certificate) {
		c.Issued = time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
		c.Number = "S000034010001254000001"
	}, []string{"certificate.date Issued"}},
	{"date today, late in a zone east of UTC", func(c *Certificate) {
		c.Issued = time.Date(2025, 6, 30, 23, 59, 0, 0, time.FixedZone("CST", 8*3600))
		c.Number = "S000034010001254000001"
	}, nil},

	// 004 L580: 证件类型为：201=居民身份证；227=中国护照；…；299=其他个人证件
	{"ID type unknown", func(c *Certificate) { c.IDType = "军官证" }, []string{"certificate.id-type IDType"}},
	{"ID type by code", func(c *Certificate) { c.IDType = "201" }, nil},
	{"ID type short name", func(c *Certificate) { c.IDType = "身份证" }, nil},
	{"ID type passport, any number", func(c *Certificate) { c.IDType = "外国护照"; c.IDNumber = "E12345678" }, nil},
	{"ID type work permit without marks", func(c *Certificate) {
		c.IDType = "中华人民共和国外国人工作许可证（B类）"
		c.IDNumber = "156012345678901"
	}, nil},
	{"unknown ID type: number not read as a resident ID", func(c *Certificate) { c.IDType = "军官证"; c.IDNumber = "12345" },
		[]string{"certificate.id-type IDType"}},

	// GB 11643-1999: 11010519491231002X is the standard's example.
	{"resident ID check character", func(c *Certificate) { c.IDNumber = "110105194912310021" }, []string{"certificate.id-number IDNumber"}},
	{"resident ID length", func(c *Certificate) { c.IDNumber = "11010519491231002" }, []string{"certificate.id-number IDNumber"}},
	{"resident ID lower-case x", func(c *Certificate) { c.IDNumber = "11010519491231002x" }, nil},

	// 003 L2761: 不含“工种 / 职业方向”的，“工种 / 职业方向”后填写“--”，不得为空。
	{"work type empty", func(c *Certificate) { c.WorkType = "" }, []string{"certificate.work-type.empty WorkType"}},
	{"work type 无", func(c *Certificate) { c.WorkType = "无" }, []string{"certificate.work-type.empty WorkType"}},
	{"work type one dash", func(c *Certificate) { c.WorkType = "—" }, []string{"certificate.work-type.empty WorkType"}},
	{"work type --", func(c *Certificate) { c.WorkType = "--" }, nil},
	{"work type full-width --", func(c *Certificate) { c.WorkType = "－－" }, nil},
	// 003 L2636: 工种名称如无，请填写“——”。(2019 style)
	{"work type —— in 2024", func(c *Certificate) { c.WorkType = "——" }, []string{"certificate.work-type.dash WorkType"}},
	{"work type —— in 2020", func(c *Certificate) {
		c.WorkType = "——"
		c.Issued = time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC)
		c.Number = "S000034010001204000001"
	}, nil},
	{"work type empty in 2020", func(c *Certificate) {
		c.WorkType = ""
		c.Issued = time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC)
		c.Number = "S000034010001204000001"
	}, []string{"certificate.work-type.empty WorkType"}},

	// 003 L2761: “职业技能等级”填写“中文数字 + 级 / 等级名称”，如“一级 / 高级技师”。
	{"level as the notice prints it", func(c *Certificate) { c.Level = "四级 / 中级工" }, nil},
	{"level full-width slash", func(c *Certificate) { c.Level = "四级／中级工" }, nil},
	{"level title only", func(c *Certificate) { c.Level = "中级工" }, []string{"certificate.level.form Level"}},
	{"level grade only", func(c *Certificate) { c.Level = "四级" }, []string{"certificate.level.form Level"}},
	{"level digit", func(c *Certificate) { c.Level = "4" }, []string{"certificate.level.form Level"}},
	{"level in brackets", func(c *Certificate) { c.Level = "四级（中级工）" }, []string{"certificate.level.form Level"}},
	{"level of the old qualification certificates", func(c *Certificate) { c.Level = "国家职业资格四级" },
		[]string{"certificate.forbidden-word Level", "certificate.forbidden-word Level", "certificate.level.form Level"}},
	{"level unknown", func(c *Certificate) { c.Level = "六级" }, []string{"certificate.level Level"}},
	{"level grade and title disagree", func(c *Certificate) { c.Level = "四级/高级工" }, []string{"certificate.level Level"}},
	{"level title only in 2020", func(c *Certificate) {
		c.Level = "中级工"
		c.Issued = time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC)
		c.Number = "S000034010001204000001"
	}, nil},

	// 003 L2502–2583: the coding rule.
	{"number too short", func(c *Certificate) { c.Number = "S00003401000124400000" }, []string{"certificate.number Number"}},
	{"number of another province's form", func(c *Certificate) { c.Number = "S000134010001244000001" }, []string{"certificate.number Number"}},
	{"number grouped as printed", func(c *Certificate) { c.Number = "S 0000 34 01 0001 24 4 000001" }, nil},
	// 003 L2577: 一级 / 高级技师 1 … 五级 / 初级工 5
	{"number level digit", func(c *Certificate) { c.Number = "S000034010001243000001" }, []string{"certificate.number.level Number"}},
	// 003 L2563: 19 表示证书核发时间为 2019 年。
	{"number year", func(c *Certificate) { c.Number = "S000034010001234000001" }, []string{"certificate.number.year Number"}},
	{"number year and level", func(c *Certificate) { c.Number = "S000034010001235000001" },
		[]string{"certificate.number.level Number", "certificate.number.year Number"}},
	{"number level against an unreadable level", func(c *Certificate) { c.Level = "六级"; c.Number = "S000034010001245000001" },
		[]string{"certificate.level Level"}},

	// 003 L2749: 证书信息查询网 (http://jndj.osta.org.cn)、机构信息查询网址 (http://pjgg.osta.org.cn)
	// 003 L2848–2849: the sample prints http://jndj.osta.org.cn/ and http://pjjg.osta.org.cn/
	{"query URLs of the sample", func(c *Certificate) {
		c.QueryURL, c.InstitutionURL = "http://jndj.osta.org.cn/", InstitutionQueryURLSample
	}, nil},
	{"query URLs without scheme", func(c *Certificate) { c.QueryURL, c.InstitutionURL = "jndj.osta.org.cn", "PJJG.OSTA.ORG.CN" }, nil},
	{"query URL missing", func(c *Certificate) { c.QueryURL = "" }, []string{"certificate.query-url QueryURL"}},
	// 003 L2885: sample (二) prints https://mjdj.costa.org.cn/ (a typo of the sample).
	{"query URL of sample (二)", func(c *Certificate) { c.QueryURL = "https://mjdj.costa.org.cn/" }, []string{"certificate.query-url QueryURL"}},
	{"query URLs swapped", func(c *Certificate) { c.QueryURL, c.InstitutionURL = c.InstitutionURL, c.QueryURL },
		[]string{"certificate.query-url QueryURL", "certificate.query-url InstitutionURL"}},
	{"provincial URL without scheme", func(c *Certificate) { c.ProvinceURL = "ah.osta.org.cn" }, []string{"certificate.query-url ProvinceURL"}},
	{"provincial URL not printed", func(c *Certificate) { c.ProvinceURL = "" }, nil},
	{"printing serial any form", func(c *Certificate) { c.PrintSerial = "印制流水码 0001" }, nil},
}

func repeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

func brief(fs []skillcert.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule+" "+f.Field)
	}
	return out
}

func TestCheck(t *testing.T) {
	for _, tc := range checkCases {
		t.Run(tc.name, func(t *testing.T) {
			c := clean()
			tc.edit(&c)
			got := Check(c, Options{Today: today})
			if diff := cmp.Diff(tc.want, brief(got)); diff != "" {
				t.Errorf("findings (-want +got):\n%s\n%v", diff, got)
			}
			checkShape(t, got)
		})
	}
}

// checkShape checks what every finding carries: a listed rule and its
// severity, a cited source, both languages and the struct field.
func checkShape(t *testing.T, fs []skillcert.Finding) {
	t.Helper()
	byID := map[string]Rule{}
	for _, r := range Rules() {
		byID[r.ID] = r
	}
	fields := map[string]bool{}
	for f := FieldTitle; f < fieldEnd; f++ {
		fields[f.GoName()] = true
	}
	for _, f := range fs {
		r, ok := byID[f.Rule]
		switch {
		case !ok:
			t.Errorf("%v: rule not listed in Rules", f)
		case f.Severity != r.Severity:
			t.Errorf("%v: severity %v, Rules says %v", f, f.Severity, r.Severity)
		case f.Source == "" || (f.Source != r.Source && f.Source != r.Source2019 && f.Rule != "certificate.number"):
			t.Errorf("%v: source %q is neither %q nor %q", f, f.Source, r.Source, r.Source2019)
		case f.Message == "" || f.English == "":
			t.Errorf("%v: message in a language missing", f)
		case !fields[f.Field] || f.Field == "":
			t.Errorf("%v: Field %q is no Certificate field", f, f.Field)
		case f.Row != 0 || f.Column != "":
			t.Errorf("%v: Row/Column set outside a table", f)
		}
		if strings.ContainsAny(f.English, "\n") || strings.ContainsAny(f.Message, "\n") {
			t.Errorf("%v: message on more than one line", f)
		}
	}
}

// TestEveryRuleTriggered fails when a rule of Rules has no case in
// checkCases that reports it, or a case reports a rule Rules does not list.
func TestEveryRuleTriggered(t *testing.T) {
	hit := map[string]bool{}
	for _, tc := range checkCases {
		c := clean()
		tc.edit(&c)
		for _, f := range Check(c, Options{Today: today}) {
			hit[f.Rule] = true
		}
	}
	listed := map[string]bool{}
	for _, r := range Rules() {
		listed[r.ID] = true
		if !hit[r.ID] {
			t.Errorf("rule %s has no triggering case", r.ID)
		}
	}
	for id := range hit {
		if !listed[id] {
			t.Errorf("rule %s reported but not listed in Rules", id)
		}
	}
	if len(listed) != len(rules) {
		t.Errorf("Rules lists %d distinct ids for %d rules: an id is reused", len(listed), len(rules))
	}
}

// TestRulesDocumented fails when the package doc does not list a rule.
func TestRulesDocumented(t *testing.T) {
	doc := readDoc(t)
	for _, r := range Rules() {
		if !strings.Contains(doc, "//\t"+r.ID+" ") {
			t.Errorf("rule %s is not in the package doc's list", r.ID)
		}
	}
}

func TestRulesSources(t *testing.T) {
	for _, r := range Rules() {
		if r.Source == "" || r.English == "" || r.Chinese == "" || r.Severity < skillcert.SeverityInfo || r.Severity > skillcert.SeverityError {
			t.Errorf("rule %s: missing source, text or severity: %+v", r.ID, r)
		}
	}
}

func TestRulesFreshCopy(t *testing.T) {
	a := Rules()
	a[0].ID = "changed"
	if Rules()[0].ID == "changed" {
		t.Error("Rules returns the package's own table")
	}
}

func TestCleanNoAlloc(t *testing.T) {
	c := clean()
	c.Institution = "中国汽车工程学会"
	c.Text = "本证书由中国汽车工程学会颁发，表明持证人通过本机构组织的职业技能等级认定。"
	if fs := Check(c, Options{Today: today}); fs != nil {
		t.Fatalf("clean certificate: %v", fs)
	}
	if n := testing.AllocsPerRun(100, func() { Check(c, Options{Today: today}) }); n != 0 {
		t.Errorf("Check of a clean certificate allocates %v times", n)
	}
}

func TestForbiddenWordsList(t *testing.T) {
	a, b := ForbiddenWords(), forbidden[:]
	if len(a) != len(b) {
		t.Fatalf("ForbiddenWords has %d words, the scan %d", len(a), len(b))
	}
	sort.Strings(a)
	s := append([]string(nil), b...)
	sort.Strings(s)
	if diff := cmp.Diff(a, s); diff != "" {
		t.Errorf("ForbiddenWords and the scan differ:\n%s", diff)
	}
	for i := 1; i < len(b); i++ {
		if len(b[i]) > len(b[i-1]) {
			t.Errorf("scan order: %q before the longer %q", b[i-1], b[i])
		}
	}
}

func TestForbiddenPosition(t *testing.T) {
	c := clean()
	c.Institution = "中国汽车工程学会"
	// Character 1–8 is the name, 9 and 10 are 颁发, 11 is 国.
	c.Text = "中国汽车工程学会颁发国家"
	fs := Check(c, Options{Today: today})
	if len(fs) != 1 || !strings.Contains(fs[0].English, "at character 11") || !strings.Contains(fs[0].Message, "第11个字符") || fs[0].Value != "国家" {
		t.Errorf("got %v", fs)
	}
}

func TestValueShort(t *testing.T) {
	c := clean()
	c.Title = strings.Repeat("证", 100)
	fs := Check(c, Options{})
	if len(fs) != 1 || fs[0].Value != strings.Repeat("证", 40)+"…" {
		t.Errorf("got %q", fs[0].Value)
	}
}

func readDoc(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
