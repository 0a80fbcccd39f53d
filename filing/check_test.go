package filing

import (
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/occupation"
)

var five = []level.Level{level.Five, level.Four, level.Three, level.Two, level.One}

// clean is an application that breaks no rule under any profile: a Chongqing
// employer filing 钳工 5–1 against its national standard with three examiners.
func clean() Application {
	return Application{
		Institution: Institution{Category: certcode.Employer, Name: "重庆某机械有限公司", CreditCode: "91350100M000100Y43",
			Province: "50", Area: "39", Filing: "Y000050390001"},
		Scope: []ScopeRow{{Code: "6-20-01-01", Name: "装配钳工", Levels: five, Basis: NationalStandard, Mode: level.Promotion}},
		Examiners: []Examiner{
			{"甲", "6-20-01-01", level.SeniorAssessor}, {"乙", "6-20-01-01", level.Assessor}, {"丙", "6-20-01-01", level.Assessor},
		},
		Filed: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), TermYears: 3,
	}
}

func rulesOf(fs []skillcert.Finding) map[string]skillcert.Finding {
	m := map[string]skillcert.Finding{}
	for _, f := range fs {
		if _, ok := m[f.Rule]; !ok {
			m[f.Rule] = f // the first of a rule
		}
	}
	return m
}

func TestCleanApplication(t *testing.T) {
	for _, p := range Profiles() {
		if fs := Check(clean(), p, Options{}); len(fs) != 0 {
			t.Errorf("%s: %s", p, show(fs))
		}
	}
}

// TestRules triggers every rule once, with the profile and seed line it rests
// on; the clean application above is the case that does not trigger it.
func TestRules(t *testing.T) {
	triggered := map[string]bool{}
	defer func() {
		for _, r := range rules {
			if !triggered[r.id] {
				t.Errorf("rule %s has no case that triggers it", r.id)
			}
		}
	}()
	for _, tc := range []struct {
		rule    string
		profile Profile
		sev     skillcert.Severity
		path    string
		change  func(a *Application)
	}{
		{"filing.institution.category", National, skillcert.SeverityError, "institution.category", func(a *Application) { a.Institution.Category = 'Q' }},
		{"filing.institution.category-y", Chongqing, skillcert.SeverityError, "institution.category", func(a *Application) { // 000 L652
			a.Institution.Category, a.Institution.Filing = certcode.SocialOrg, ""
		}},
		{"filing.institution.name", National, skillcert.SeverityError, "institution.name", func(a *Application) { a.Institution.Name = " " }},
		{"filing.institution.credit-code", National, skillcert.SeverityError, "institution.creditCode", func(a *Application) { a.Institution.CreditCode = "91350100M000100Y44" }},
		{"filing.institution.province", National, skillcert.SeverityError, "institution.province", func(a *Application) { a.Institution.Province = "10" }},
		{"filing.institution.area", Chongqing, skillcert.SeverityError, "institution.area", func(a *Application) { a.Institution.Area = "42" }},
		{"filing.institution.filing", Chongqing, skillcert.SeverityError, "institution.filing", func(a *Application) { a.Institution.Filing = "Y000050390000" }},
		{"filing.institution.filing-mismatch", Chongqing, skillcert.SeverityError, "institution.filing", func(a *Application) { a.Institution.Filing = "Y000050010001" }},
		{"filing.scope.empty", National, skillcert.SeverityError, "scope", func(a *Application) { a.Scope = nil }},
		{"filing.scope.duplicate", National, skillcert.SeverityWarning, "scope[1]", func(a *Application) { a.Scope = append(a.Scope, a.Scope[0]) }},
		{"filing.occupation.code", National, skillcert.SeverityError, "scope[0].code", func(a *Application) { a.Scope[0].Code = "6-2-01-01" }},
		{"filing.occupation.unknown", National, skillcert.SeverityError, "scope[0].code", func(a *Application) { a.Scope[0].Code = "6-20-01-99" }},
		{"filing.occupation.category", Henan, skillcert.SeverityError, "scope[0].code", func(a *Application) { // 003 L4571
			a.Scope[0].Code, a.Scope[0].Name = "6-20-01", "通用设备装配钳工"
		}},
		{"filing.occupation.category", National, skillcert.SeverityWarning, "scope[0].code", func(a *Application) { a.Scope[0].Code = "6-20" }},
		{"filing.occupation.name", Henan, skillcert.SeverityError, "scope[0].name", func(a *Application) { a.Scope[0].Name = "装配钳工L" }}, // 003 L4569: exactly
		{"filing.occupation.name", National, skillcert.SeverityWarning, "scope[0].name", func(a *Application) { a.Scope[0].Name = "车工" }},
		{"filing.occupation.access", National, skillcert.SeverityError, "scope[0].code", func(a *Application) { // D16: 家畜繁殖员 准入类
			a.Scope[0].Code, a.Scope[0].Name = "5-03-01-01", "家畜繁殖员"
		}},
		{"filing.occupation.to-access", Henan, skillcert.SeverityError, "scope[0].code", func(a *Application) { // 003 L4565
			a.Scope[0].Code, a.Scope[0].Name = "3-02-03-01", "消防员"
		}},
		{"filing.occupation.to-access", Chongqing, skillcert.SeverityWarning, "scope[0].code", func(a *Application) {
			a.Scope[0].Code, a.Scope[0].Name = "3-02-03-01", "消防员"
		}},
		{"filing.occupation.professional", Henan, skillcert.SeverityError, "scope[0].code", func(a *Application) { // 003 L4567
			a.Scope[0].Code, a.Scope[0].Name = "2-02-10-03", "计算机软件工程技术人员"
		}},
		{"filing.occupation.outside-skill-majors", National, skillcert.SeverityWarning, "scope[0].code", func(a *Application) { // 003 L1576
			a.Scope[0].Code, a.Scope[0].Name = "7-03-00-00", "义务兵"
		}},
		{"filing.occupation.outside-skill-majors", Chongqing, skillcert.SeverityWarning, "scope[0].code", func(a *Application) {
			a.Scope[0].Code, a.Scope[0].Name = "2-02-10-03", "计算机软件工程技术人员"
		}},
		{"filing.occupation.restricted-part", National, skillcert.SeverityWarning, "scope[0].code", func(a *Application) { // D20; 003 L818–820
			a.Scope[0].Code, a.Scope[0].Name = "6-18-02-04", "焊工"
		}},
		{"filing.occupation.access-part", Guangdong, skillcert.SeverityError, "scope[0].workType", func(a *Application) { // D20; 003 L818–820
			a.Scope[0].Code, a.Scope[0].Name, a.Scope[0].WorkType = "6-18-02-04", "焊工", "核安全设备焊工"
		}},
		{"filing.worktype.unlisted", Chongqing, skillcert.SeverityInfo, "scope[0].workType", func(a *Application) { // no Chongqing table; 003 L4577–4593, 004 L131–145 print neither
			a.Scope[0] = ScopeRow{Code: "4-12-01-01", Name: "汽车维修工", WorkType: "汽车驾驶员", Levels: five, Basis: NationalStandard}
		}},
		{"filing.worktype.unknown", Anhui, skillcert.SeverityWarning, "scope[0].workType", func(a *Application) { // 004 L131–145 prints 汽车检测工, not Henan's name
			a.Scope[0] = ScopeRow{Code: "4-12-01-01", Name: "汽车维修工", WorkType: "汽车维修检验工", Levels: five, Basis: NationalStandard}
		}},
		{"filing.worktype.unknown", Henan, skillcert.SeverityError, "scope[0].workType", func(a *Application) { a.Scope[0].WorkType = "数控车床" }},
		{"filing.worktype.missing", Henan, skillcert.SeverityWarning, "scope[0].workType", func(a *Application) { // 003 L4569
			a.Scope[0] = ScopeRow{Code: "4-12-01-01", Name: "汽车维修工", Levels: five, Basis: NationalStandard}
		}},
		{"filing.levels.empty", National, skillcert.SeverityError, "scope[0].levels", func(a *Application) { a.Scope[0].Levels = nil }},
		{"filing.levels.invalid", National, skillcert.SeverityError, "scope[0].levels[1]", func(a *Application) { a.Scope[0].Levels = []level.Level{5, 6} }},
		{"filing.levels.standard", Chongqing, skillcert.SeverityError, "scope[0].levels[2]", func(a *Application) { // 003 L4591: 汽车美容装潢工 5, 4
			a.Scope[0] = ScopeRow{Code: "4-12-01-01", Name: "汽车维修工", WorkType: "汽车美容装潢工", Levels: []level.Level{5, 4, 3}, Basis: NationalStandard}
		}},
		{"filing.levels.standard", Henan, skillcert.SeverityWarning, "scope[0].levels[2]", func(a *Application) { // 003 L4075 allows all levels
			a.Scope[0] = ScopeRow{Code: "4-12-01-01", Name: "汽车维修工", WorkType: "汽车美容装潢工", Levels: []level.Level{5, 4, 3}, Basis: NationalStandard}
		}},
		{"filing.mode.grading", Guangdong, skillcert.SeverityError, "scope[0].levels[3]", func(a *Application) { a.Scope[0].Mode = level.Grading }}, // 002 L85
		{"filing.examiners.count", Chongqing, skillcert.SeverityError, "scope[0]", func(a *Application) { a.Examiners = a.Examiners[:2] }},          // 000 L31
		{"filing.examiners.grade", National, skillcert.SeverityError, "scope[0].levels", func(a *Application) { a.Examiners[0].Grade = level.Assessor }},
		{"filing.examiners.occupation", National, skillcert.SeverityWarning, "examiners[2].occupation", func(a *Application) { a.Examiners[2].Occupation = "6-18-01-01" }},
		{"filing.term.max", Chongqing, skillcert.SeverityError, "termYears", func(a *Application) { a.TermYears = 4 }}, // 000 L49
		{"filing.term.max", Anhui, skillcert.SeverityError, "termYears", func(a *Application) { a.TermYears = 5 }},     // 004 L27
		{"filing.term.max", Chongqing, skillcert.SeverityError, "termYears", func(a *Application) { a.TermYears, a.Extension, a.CleanRecord = 7, true, true }},
		{"filing.term.extension", Chongqing, skillcert.SeverityError, "extension", func(a *Application) { a.TermYears, a.Extension = 6, true }}, // 000 L79
		{"filing.term.extension-undefined", Anhui, skillcert.SeverityWarning, "extension", func(a *Application) { a.TermYears, a.Extension, a.CleanRecord = 3, true, true }},
	} {
		triggered[tc.rule] = true
		a := clean()
		tc.change(&a)
		fs := Check(a, tc.profile, Options{})
		f, ok := rulesOf(fs)[tc.rule]
		if !ok {
			t.Errorf("%s under %s: not triggered; got\n%s", tc.rule, tc.profile, show(fs))
			continue
		}
		if f.Severity != tc.sev || f.Field != tc.path || f.Source == "" || f.Message == "" || f.English == "" ||
			strings.Contains(f.Message+f.English, "{") {
			t.Errorf("%s under %s: %+v; want severity %s at %s", tc.rule, tc.profile, f, tc.sev, tc.path)
		}
	}
}

func TestRulesNotApplied(t *testing.T) {
	a := clean()
	a.Examiners = a.Examiners[:1]
	if _, ok := rulesOf(Check(a, National, Options{}))["filing.examiners.count"]; ok {
		t.Error("the 3-examiner rule is Chongqing's (000 L31)")
	}
	a = clean()
	a.Scope[0].Code, a.Scope[0].Name = "2-02-10-03", "计算机软件工程技术人员"
	if _, ok := rulesOf(Check(a, Chongqing, Options{}))["filing.occupation.professional"]; ok {
		t.Error("the category-2 exclusion is Henan's (003 L4567)")
	}
	a = clean()
	a.TermYears, a.Extension, a.CleanRecord = 6, true, true
	if fs := Check(a, Chongqing, Options{}); len(fs) != 0 {
		t.Errorf("Chongqing's extension after a clean record: %s", show(fs))
	}
	a = clean()
	a.Scope[0].Name = "钳工" // the 2015 name the seeds print (D15)
	if fs := Check(a, Henan, Options{}); len(fs) != 0 {
		t.Errorf("Henan, 2015 name: %s", show(fs))
	}
	a.Scope[0].Mode = level.Grading
	a.Scope[0].Levels = []level.Level{5, 4, 3}
	if fs := Check(a, Guangdong, Options{}); len(fs) != 0 {
		t.Errorf("定级评价 5–3: %s", show(fs))
	}
}

func TestRulesTable(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range rules {
		if seen[r.id] || r.source == "" || r.zh == "" || r.en == "" {
			t.Errorf("rule %s: duplicate or incomplete", r.id)
		}
		seen[r.id] = true
	}
	if n := len(Rules(Chongqing)); n < 20 {
		t.Errorf("Chongqing applies %d rules", n)
	}
	for _, r := range Rules(National) {
		if r.ID == "filing.examiners.count" {
			t.Error("national profile applies Chongqing's examiner count")
		}
	}
	for _, p := range Profiles() {
		if q, err := ParseProfile(p.String()); err != nil || q != p {
			t.Errorf("profile %v", p)
		}
	}
}

func TestWorkTypesOption(t *testing.T) {
	wt, err := occupation.ReadWorkTypes(strings.NewReader("职业编码,职业名称,工种,级别\n6-20-01-01,装配钳工,--,5、4、3\n"), "wt.csv")
	if err != nil {
		t.Fatal(err)
	}
	fs := Check(clean(), Chongqing, Options{WorkTypes: wt})
	if f, ok := rulesOf(fs)["filing.levels.standard"]; !ok || f.Field != "scope[0].levels[3]" {
		t.Errorf("a loaded table is not used: %s", show(fs))
	}
}

func TestUnknownProfileIsAnError(t *testing.T) {
	for _, p := range []Profile{0, numProfiles, 99} {
		fs := Check(clean(), p, Options{})
		if len(fs) != 1 || fs[0].Rule != "filing.profile.unknown" || !skillcert.HasErrors(fs) {
			t.Errorf("profile %d: %v", p, fs)
		}
	}
}

func TestExpiry(t *testing.T) {
	a := clean()
	if got := a.Expiry(); !got.Equal(time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("expiry %v", got)
	}
	a.TermYears = 0
	if !a.Expiry().IsZero() {
		t.Error("no term, but an expiry")
	}
}

func show(fs []skillcert.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.String())
		b.WriteByte('\n')
	}
	return b.String()
}

func TestParseProfile(t *testing.T) {
	if p, err := ParseProfile(" Henan "); err != nil || p != Henan {
		t.Errorf("ParseProfile: %v %v", p, err)
	}
	if _, err := ParseProfile("liaoning2"); !errors.Is(err, skillcert.ErrUnknown) {
		t.Errorf("unknown profile: %v", err)
	}
	if s := Profile(9).String(); s != "Profile(9)" {
		t.Errorf("Profile(9) = %s", s)
	}
}

// TestSourcesCiteDocuments: every rule and limit cites a public document by
// number or title, never a seed line.
func TestSourcesCiteDocuments(t *testing.T) {
	bad := regexp.MustCompile(`\b[0-9]{3} L[0-9]|\bD[0-9]{1,2}\b|RULES|DECISIONS`)
	doc := regexp.MustCompile(`〔20[0-9]{2}〕[0-9]+号|GB [0-9]+|《`)
	var sources []string
	for _, r := range rules {
		sources = append(sources, r.source)
	}
	for _, p := range Profiles() {
		for _, l := range Limits(p) {
			sources = append(sources, l.Source)
		}
	}
	for _, s := range sources {
		if bad.MatchString(s) || !doc.MatchString(s) {
			t.Errorf("source %q does not cite a public document", s)
		}
	}
}

// withOccupation is clean() filing one occupation, with its examiners.
func withOccupation(code, name, workType string) Application {
	a := clean()
	a.Scope[0].Code, a.Scope[0].Name, a.Scope[0].WorkType = code, name, workType
	for i := range a.Examiners {
		a.Examiners[i].Occupation = code
	}
	return a
}

// firstOccupation returns the first occupation of major category n.
func firstOccupation(t *testing.T, n int) occupation.Entry {
	t.Helper()
	for e := range occupation.Default().All() {
		if e.Code.Depth() == occupation.Occupation && e.Code.MajorNumber() == n {
			return e
		}
	}
	t.Fatalf("no occupation in major %d", n)
	return occupation.Entry{}
}

// TestSkillMajors: the skill occupations are those of majors 3–6
// (人社职司便函〔2021〕57号 附件1 二（六）, 003 L1576). Every profile reports an
// occupation outside them; Henan rejects major 2 (003 L4567).
func TestSkillMajors(t *testing.T) {
	for n := 1; n <= 8; n++ {
		e := firstOccupation(t, n)
		for _, p := range Profiles() {
			fs := rulesOf(Check(withOccupation(e.Code.String(), e.Name, ""), p, Options{}))
			out, outOK := fs["filing.occupation.outside-skill-majors"]
			pro, proOK := fs["filing.occupation.professional"]
			switch {
			case n >= 3 && n <= 6:
				if outOK || proOK {
					t.Errorf("major %d (%s %s) under %s: %v %v", n, e.Code, e.Name, p, out, pro)
				}
			case n == 2 && p == Henan:
				if outOK || !proOK || pro.Severity != skillcert.SeverityError || pro.Source != "豫职鉴〔2021〕1号 三（二）" {
					t.Errorf("major 2 under Henan: %+v / %+v", pro, out)
				}
			default:
				if !outOK || proOK || out.Severity != skillcert.SeverityWarning ||
					!strings.HasPrefix(out.Source, "人社职司便函〔2021〕57号 附件1 二（六）") ||
					!strings.Contains(out.Message, "第"+majorNumeralsZH[n]+"大类") || out.Field != "scope[0].code" {
					t.Errorf("major %d (%s %s) under %s: %+v", n, e.Code, e.Name, p, out)
				}
			}
		}
	}
}

// TestWorkTypesByProvince: each province's printed work types are its own
// table. Henan prints 汽车维修检验工 (003 L4585), Anhui's form 汽车检测工
// (004 L131–134); provinces that print none accept either.
func TestWorkTypesByProvince(t *testing.T) {
	row := func(wt string) Application {
		a := withOccupation("4-12-01-01", "汽车维修工", wt)
		a.Scope[0].Levels = []level.Level{5, 4, 3}
		return a
	}
	for _, tc := range []struct {
		workType string
		profile  Profile
		rule     string
		sev      skillcert.Severity
	}{
		{"汽车维修检验工", Henan, "", 0},
		{"汽车维修检验工", Anhui, "filing.worktype.unknown", skillcert.SeverityWarning},
		{"汽车检测工", Anhui, "", 0},
		{"汽车检测工", Henan, "filing.worktype.unknown", skillcert.SeverityError},
		{"汽车机械维修工", Henan, "", 0},
		{"汽车机械维修工", Anhui, "", 0},
		{"汽车维修检验工", National, "", 0},
		{"汽车检测工", Guangdong, "", 0},
		{"汽车检测工", Chongqing, "", 0},
		{"汽车维修检验工", Liaoning, "", 0},
		{"汽车驾驶员", National, "filing.worktype.unlisted", skillcert.SeverityInfo},
		{"汽车驾驶员", Liaoning, "filing.worktype.unlisted", skillcert.SeverityInfo},
		{"汽车驾驶员", Anhui, "filing.worktype.unknown", skillcert.SeverityWarning},
	} {
		fs := Check(row(tc.workType), tc.profile, Options{})
		var got []skillcert.Finding
		for _, f := range fs {
			if strings.HasPrefix(f.Rule, "filing.worktype.") {
				got = append(got, f)
			}
		}
		if tc.rule == "" {
			if len(got) != 0 {
				t.Errorf("%s under %s: %s", tc.workType, tc.profile, show(got))
			}
			continue
		}
		if len(got) != 1 || got[0].Rule != tc.rule || got[0].Severity != tc.sev || got[0].Value != tc.workType {
			t.Errorf("%s under %s: %s; want %s %s", tc.workType, tc.profile, show(got), tc.sev, tc.rule)
		}
	}
	// The message names the province's table and its names.
	f := rulesOf(Check(row("汽车维修检验工"), Anhui, Options{}))["filing.worktype.unknown"]
	if !strings.Contains(f.Message, "安徽省所列汽车维修工的工种（所列：汽车检测工、汽车机械维修工）") || !strings.Contains(f.English, "Anhui's table") {
		t.Errorf("message %q / %q", f.Message, f.English)
	}
	// A caller's table without a province column holds everywhere.
	wt, err := occupation.ReadWorkTypes(strings.NewReader("职业编码,职业名称,工种,级别\n4-12-01-01,汽车维修工,汽车检测工,5、4、3\n"), "n.csv")
	if err != nil {
		t.Fatal(err)
	}
	if fs := Check(row("汽车检测工"), Henan, Options{WorkTypes: wt}); len(fs) != 0 {
		t.Errorf("a national row under Henan: %s", show(fs))
	}
	if f := rulesOf(Check(row("汽车维修检验工"), National, Options{WorkTypes: wt}))["filing.worktype.unknown"]; f.Severity != skillcert.SeverityWarning || !strings.Contains(f.Message, "工种表") {
		t.Errorf("national table: %+v", f)
	}
}

// TestRestrictedParts (DECISIONS.md D20): 焊工 and 社会体育指导员 are
// 水平评价类 occupations; only the part the 2021 catalogue licenses (003
// L818–820, L827 note) is 准入类. Licences without an occupation code restrict
// no occupation by name.
func TestRestrictedParts(t *testing.T) {
	for _, tc := range []struct {
		code, name, workType string
		rule                 string // the only finding; "" for none
		field                string
		want                 []string // in the message
	}{
		{"6-18-02-04", "焊工", "", "filing.occupation.restricted-part", "scope[0].code", []string{"生态环境部", "国防科工局", "核安全设备焊接人员", "第 1 项"}},
		{"6-18-02-04", "焊工", "核安全设备焊工", "filing.occupation.access-part", "scope[0].workType", []string{"核安全设备焊工", "国防科工局"}},
		{"6-18-02-04", "焊工", "民用核电站焊接", "filing.occupation.access-part", "scope[0].workType", []string{"生态环境部"}},
		{"4-14-05-01", "社会体育指导员", "", "filing.occupation.restricted-part", "scope[0].code", []string{"高危性体育项目", "体育行业技能鉴定机构", "第 5 项"}},
		{"4-14-05-01", "社会体育指导员", "高危险性体育项目", "filing.occupation.access-part", "scope[0].workType", []string{"高危险性体育项目"}},
		{"4-14-05-01", "社会体育指导员", "潜水", "filing.occupation.access-part", "scope[0].workType", []string{"潜水"}},
		{"4-14-05-03", "游泳救生员", "", "filing.occupation.access", "scope[0].code", []string{"第 5 项"}},
		{"4-08-01-02", "人工影响天气特种作业操作员", "", "", "", nil}, // shares 特种作业 with item 10
		{"6-31-01-03", "电工", "", "", "", nil},        // 电工作业 is a 特种作业, item 10
		{"4-02-05-04", "危险货物运输作业员", "", "", "", nil}, // shares words with item 8
	} {
		for _, p := range Profiles() {
			fs := Check(withOccupation(tc.code, tc.name, tc.workType), p, Options{})
			if tc.rule == "" {
				if len(fs) != 0 {
					t.Errorf("%s under %s: %s", tc.name, p, show(fs))
				}
				continue
			}
			if len(fs) != 1 || fs[0].Rule != tc.rule || fs[0].Field != tc.field {
				t.Errorf("%s %s under %s: %s; want only %s", tc.name, tc.workType, p, show(fs), tc.rule)
				continue
			}
			if want := skillcert.SeverityError; tc.rule == "filing.occupation.restricted-part" {
				want = skillcert.SeverityWarning
				if fs[0].Severity != want {
					t.Errorf("%s under %s: %s", tc.name, p, fs[0].Severity)
				}
			} else if fs[0].Severity != want {
				t.Errorf("%s %s under %s: %s", tc.name, tc.workType, p, fs[0].Severity)
			}
			for _, w := range tc.want {
				if !strings.Contains(fs[0].Message, w) {
					t.Errorf("%s %s: message %q lacks %q", tc.name, tc.workType, fs[0].Message, w)
				}
			}
			if !strings.Contains(fs[0].Source, "国家职业资格目录（2021年版）") {
				t.Errorf("%s: source %q", tc.rule, fs[0].Source)
			}
		}
	}
}

// TestDictionaryOption: an overlay a caller loads reaches the scope checks,
// its occupations and its work types alike.
func TestDictionaryOption(t *testing.T) {
	o, err := occupation.ReadOverlay(strings.NewReader("announcement\t人社部函〔2099〕1号\t2099-01-01\n"+
		"4-04-05-12\t生成式人工智能系统应用员\tS\n"+
		"4-12-01-01\t汽车维修工\t-\t新能源汽车维修工\n"), "o.tsv")
	if err != nil {
		t.Fatal(err)
	}
	d, err := occupation.New(o)
	if err != nil {
		t.Fatal(err)
	}
	a := withOccupation("4-04-05-12", "生成式人工智能系统应用员", "")
	if f, ok := rulesOf(Check(a, Henan, Options{}))["filing.occupation.unknown"]; !ok || f.Severity != skillcert.SeverityError {
		t.Errorf("the shipped edition knows no 4-04-05-12: %+v", f)
	}
	for _, p := range Profiles() {
		if fs := Check(a, p, Options{Dictionary: d}); len(fs) != 0 {
			t.Errorf("overlay occupation under %s: %s", p, show(fs))
		}
	}
	b := withOccupation("4-12-01-01", "汽车维修工", "新能源汽车维修工")
	b.Scope[0].Levels = []level.Level{5}
	if _, ok := rulesOf(Check(b, Henan, Options{}))["filing.worktype.unknown"]; !ok {
		t.Error("Henan's table lacks 新能源汽车维修工")
	}
	for _, p := range []Profile{Henan, Anhui, National} {
		if fs := Check(b, p, Options{Dictionary: d}); len(fs) != 0 {
			t.Errorf("overlay work type under %s: %s", p, show(fs))
		}
	}
	// An explicit table wins over the dictionary's.
	if _, ok := rulesOf(Check(b, Henan, Options{Dictionary: d, WorkTypes: occupation.SeedWorkTypes()}))["filing.worktype.unknown"]; !ok {
		t.Error("Options.WorkTypes is not used")
	}
}

// TestScopeRulesDocumented: docs/filing-scope.md lists every scope rule.
func TestScopeRulesDocumented(t *testing.T) {
	b, err := os.ReadFile("../docs/filing-scope.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rules {
		for _, prefix := range []string{"filing.scope.", "filing.occupation.", "filing.worktype.", "filing.levels.", "filing.mode."} {
			if strings.HasPrefix(r.id, prefix) && !strings.Contains(string(b), "| `"+r.id+"` |") {
				t.Errorf("docs/filing-scope.md does not list %s", r.id)
			}
		}
	}
}

// TestAreaByRule: the area is asked for where the coding rule of the province
// and category has an area table, so an S institution in Chongqing, whose
// numbers follow the national rule, is not asked for one, and a Y one is.
func TestAreaByRule(t *testing.T) {
	for _, tc := range []struct {
		cat      certcode.Category
		province string
		want     bool
	}{
		{certcode.Employer, "50", true}, {certcode.SocialOrg, "50", false},
		{certcode.SocialOrg, "34", true}, {certcode.Employer, "11", false},
		{'Q', "50", true}, // a category already reported is read as Y
	} {
		a := clean()
		a.Institution.Category, a.Institution.Province, a.Institution.Area, a.Institution.Filing = tc.cat, tc.province, "", ""
		_, got := rulesOf(Check(a, National, Options{}))["filing.institution.area"]
		if got != tc.want {
			t.Errorf("%c in %s without an area: finding %v, want %v", tc.cat, tc.province, got, tc.want)
		}
	}
}
