package filing

import (
	"testing"

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
)

func henanCollege() Applicant {
	return Applicant{Kind: College, LegalPerson: true, Registered: "410100", Name: "河南交通职业技术学院职业技能等级认定中心",
		Request: RequestNew, SchoolNature: "公办"}
}

// 豫人社函〔2022〕8号 三（一）、三（二）、附件1 填表说明 2 (003 L2985, L2987, L3054).
func TestFormHenanCollege(t *testing.T) {
	ok := CheckApplicant(Henan, henanCollege(), ApplicantOptions{})
	for _, id := range []string{"filing.application.request", "filing.application.request-filing", "filing.application.college-name", "filing.application.school-nature"} {
		arExpect(t, "a good form", ok, id, false)
	}
	for _, c := range []struct {
		name string
		edit func(*Applicant)
		rule string
	}{
		{"no box", func(a *Applicant) { a.Request = 0 }, "filing.application.request"},
		{"both boxes", func(a *Applicant) { a.Request = RequestNew | RequestScope }, "filing.application.request"},
		{"scope without filing number", func(a *Applicant) { a.Request = RequestScope }, "filing.application.request-filing"},
		{"no suffix", func(a *Applicant) { a.Name = "河南交通职业技术学院" }, "filing.application.college-name"},
		{"not a school", func(a *Applicant) { a.Name = "河南某某公司职业技能等级认定中心" }, "filing.application.college-name"},
		{"suffix only", func(a *Applicant) { a.Name = "学院职业技能等级认定中心" }, "filing.application.college-name"},
		{"nature", func(a *Applicant) { a.SchoolNature = "公立" }, "filing.application.school-nature"},
		{"no nature", func(a *Applicant) { a.SchoolNature = "" }, "filing.application.school-nature"},
	} {
		a := henanCollege()
		c.edit(&a)
		arExpect(t, c.name, CheckApplicant(Henan, a, ApplicantOptions{}), c.rule, true)
		arExpect(t, c.name+" (national)", CheckApplicant(National, a, ApplicantOptions{}), c.rule, false)
	}
	for _, name := range []string{"郑州大学职业技能等级认定中心", "河南省某某中等职业学校职业技能等级认定中心"} {
		a := henanCollege()
		a.Name = name
		arExpect(t, name, CheckApplicant(Henan, a, ApplicantOptions{}), "filing.application.college-name", false)
	}
	a := henanCollege()
	a.Request, a.FilingNumber = RequestScope, "Y000041019001"
	arExpect(t, "scope with filing number", CheckApplicant(Henan, a, ApplicantOptions{}), "filing.application.request-filing", false)
	a.SchoolNature = " 民办 "
	arExpect(t, "民办 with spaces", CheckApplicant(Henan, a, ApplicantOptions{}), "filing.application.school-nature", false)
}

// 豫人社办函〔2020〕35号 一 (003 L3397); 豫职鉴〔2021〕1号 一（三）2 (003 L4537).
func TestFormHenanTechnicalSchool(t *testing.T) {
	for _, c := range []struct {
		name string
		cat  certcode.Category
		bad  bool
	}{
		{"河南省机械高级技工学校职业技能等级认定中心", certcode.Employer, false},
		{"河南工业技师学院职业技能等级认定中心", 0, false},
		{"河南工业技师学院", certcode.Employer, true},
		{"河南工业职业技术学院职业技能等级认定中心", certcode.Employer, true},
		{"技师学院职业技能等级认定中心", certcode.Employer, true},
		{"河南工业技师学院培训中心", certcode.SocialOrg, false}, // serving the public: an S organisation, no pattern
	} {
		a := Applicant{Kind: TechnicalSchool, LegalPerson: true, Registered: "410100", Name: c.name, Category: c.cat}
		arExpect(t, c.name, CheckApplicant(Henan, a, ApplicantOptions{}), "filing.application.school-name", c.bad)
	}
}

// 皖人社秘〔2020〕65号 附件1 一 (004 L76–87).
func TestFormAnhuiNature(t *testing.T) {
	for _, n := range []string{"企业", "民办非企业单位", "行业协会", "科研院所", "技工院校", "其他"} {
		a := anhuiOrg()
		a.Nature = n
		arExpect(t, n, CheckApplicant(Anhui, a, ApplicantOptions{}), "filing.application.nature", false)
	}
	for _, n := range []string{"", "事业单位", "社会团体", "企业、行业协会"} {
		a := anhuiOrg()
		a.Nature = n
		arExpect(t, n, CheckApplicant(Anhui, a, ApplicantOptions{}), "filing.application.nature", true)
		arExpect(t, n+" (Henan)", CheckApplicant(Henan, a, ApplicantOptions{}), "filing.application.nature", false)
	}
	if len(anhuiNatures) != 6 {
		t.Errorf("%d natures, the form prints six", len(anhuiNatures))
	}
}

// 皖人社秘〔2020〕65号 三（四） (004 L28): the trial period is in principle one year.
func TestFormTrial(t *testing.T) {
	if y, ok := TrialPeriod(Anhui); !ok || y != 1 {
		t.Errorf("TrialPeriod(Anhui) = %d, %v", y, ok)
	}
	if _, ok := TrialPeriod(Henan); ok {
		t.Error("Henan has no trial period")
	}
	for _, c := range []struct {
		years int
		warn  bool
	}{{0, false}, {1, false}, {2, true}} {
		a := anhuiOrg()
		a.TrialYears = c.years
		arExpect(t, "trial "+itoa(c.years), CheckApplicant(Anhui, a, ApplicantOptions{}), "filing.application.trial", c.warn)
	}
}

// 中就培函〔2019〕61号 (003 L1915): the first third-party pilots are filed for
// three years.
func TestFormPilotTerm(t *testing.T) {
	for _, c := range []struct {
		years int
		bad   bool
	}{{0, false}, {3, false}, {2, true}, {4, true}} {
		a := Applicant{Kind: TrainingOrg, LegalPerson: true, Registered: "110100", FirstPilot: true, TermYears: c.years}
		arExpect(t, "term "+itoa(c.years), CheckApplicant(National, a, ApplicantOptions{}), "filing.application.pilot-term", c.bad)
	}
	a := Applicant{Kind: TrainingOrg, LegalPerson: true, Registered: "110100", TermYears: 4}
	arExpect(t, "not a pilot", CheckApplicant(National, a, ApplicantOptions{}), "filing.application.pilot-term", false)
}

// 《广东省企业职业技能等级认定工作方案》（2021年版模板） (002 L82).
func TestComparePlanScope(t *testing.T) {
	sys := []ScopeRow{
		{Code: "4-12-01-01", WorkType: "汽车机械维修工", Levels: []level.Level{level.Five, level.Four, level.Three}},
		{Code: "6-20-01-01", WorkType: "--", Levels: allLevels},
	}
	plan := []ScopeRow{
		{Code: "6-20-01-01", Levels: []level.Level{level.One, level.Two, level.Three, level.Four, level.Five}},
		{Code: "4-12-01-01", WorkType: "汽车机械维修工", Levels: []level.Level{level.Three, level.Four, level.Five}},
	}
	if fs := ComparePlanScope(Guangdong, plan, sys); len(fs) != 0 {
		t.Errorf("same rows in another order: %v", fs)
	}
	plan[1].Levels = []level.Level{level.Five, level.Four}
	plan = append(plan, ScopeRow{Code: "4-10-01-06", WorkType: "母婴护理员", Levels: []level.Level{level.Five}})
	sys = append(sys, ScopeRow{Code: "6-18-01-01", Levels: []level.Level{level.Five}})
	fs := ComparePlanScope(Guangdong, plan, sys)
	want := []string{"plan[1].levels", "plan[2]", "system[2]"}
	if len(fs) != len(want) {
		t.Fatalf("findings %v", fs)
	}
	for i, f := range fs {
		if f.Field != want[i] || f.Rule != "filing.application.plan-scope" {
			t.Errorf("finding %d: %+v, want field %s", i, f, want[i])
		}
	}
	if fs := ComparePlanScope(National, plan, sys); len(fs) != 0 {
		t.Errorf("national: %v", fs)
	}
	arExpect(t, "bad profile", ComparePlanScope(0, plan, sys), "filing.applicant.profile", true)
}
