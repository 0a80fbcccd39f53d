package filing

import (
	"strings"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
)

const (
	pilotTermYears = 3 // 中就培函〔2019〕61号: 备案期限三年
	anhuiTrial     = 1 // 皖人社秘〔2020〕65号 三（四）: 时间原则上为一年
	centerSuffix   = "职业技能等级认定中心"
)

// anhuiNatures are the six 机构性质 boxes of 皖人社秘〔2020〕65号 附件1.
var anhuiNatures = []string{"企业", "民办非企业单位", "行业协会", "科研院所", "技工院校", "其他"}

// schoolNatures are the two 学校性质 values of 豫人社函〔2022〕8号 附件1 填表说明 2.
var schoolNatures = []string{"公办", "民办"}

var formRules = []arule{
	{"filing.application.request", "备案申请类别应在“机构设置备案申请”和“评价职业（工种）增量备案申请”中勾选一项，两者不能同时勾选（{value}）",
		"tick exactly one request kind, a new filing or adding scope ({value})", "豫人社函〔2022〕8号 三（二）",
		"a Henan college ticks exactly one of new filing and scope addition", under(sevError, Henan)},
	{"filing.application.request-filing", "增量备案申请须是已备案的院校类职业技能等级认定机构，未填写机构备案号",
		"adding scope is for a filed college institution, but no filing number is given", "豫人社函〔2022〕8号 三（二）",
		"a Henan college adding scope gives the filing number it holds", under(sevError, Henan)},
	{"filing.application.college-name", "机构名称“{value}”应为“XX学校（院）职业技能等级认定中心”",
		"name {value} must be the school's name followed by 职业技能等级认定中心", "豫人社函〔2022〕8号 三（一）",
		"a Henan college's institution is named after the school (…学校, …学院, …大学) followed by 职业技能等级认定中心", under(sevError, Henan)},
	{"filing.application.school-name", "机构名称“{value}”应为“×××技工学校（技师学院）职业技能等级认定中心”",
		"name {value} must be the technical school's name (…技工学校 or …技师学院) followed by 职业技能等级认定中心",
		"豫人社办函〔2020〕35号 一；豫职鉴〔2021〕1号 一（三）2",
		"a Henan technical school assessing its students is named …技工学校 or …技师学院 followed by 职业技能等级认定中心", under(sevError, Henan)},
	{"filing.application.school-nature", "学校性质“{value}”应填写“公办”或“民办”", "school nature {value} must be 公办 or 民办",
		"豫人社函〔2022〕8号 附件1 填表说明 2", "a Henan college's form gives 公办 or 民办 as its nature", under(sevError, Henan)},
	{"filing.application.nature", "机构性质“{value}”应为企业、民办非企业单位、行业协会、科研院所、技工院校或其他",
		"institution nature {value} must be one of 企业, 民办非企业单位, 行业协会, 科研院所, 技工院校, 其他", "皖人社秘〔2020〕65号 附件1 一",
		"an Anhui form ticks one of its six institution natures", under(sevError, Anhui)},
	{"filing.application.trial", "试点时间 {value} 年，原则上为一年", "a trial period of {value} years; it is in principle 1",
		"皖人社秘〔2020〕65号 三（四）", "an Anhui organisation's trial period is 1 year", under(sevWarning, Anhui)},
	{"filing.application.pilot-term", "首批第三方评价机构备案期限三年（申请 {value} 年）", "the first third-party pilots are filed for 3 years ({value} given)",
		"中就培函〔2019〕61号", "the first third-party evaluation institutions are filed for 3 years", under(sevError, National)},
	{"filing.application.plan-scope", "工作方案中的认定职业（工种）{value}与监管系统填报的信息不一致：{why}",
		"the work plan's occupation {value} differs from the supervision system: {whyEn}",
		"《广东省企业职业技能等级认定工作方案》（2021年版模板）一、认定的职业（工种）范围 表注",
		"each occupation row of the Guangdong work plan equals its row in the supervision system", under(sevError, Guangdong)},
}

// TrialPeriod returns the trial period in years a profile's documents set
// before a filed organisation may assess everywhere its filing allows: 1 in
// Anhui (皖人社秘〔2020〕65号 三（四）, "原则上为一年"); ok is false elsewhere.
func TrialPeriod(p Profile) (years int, ok bool) {
	if p == Anhui {
		return anhuiTrial, true
	}
	return 0, false
}

// collegeName reports whether name is "XX学校（院）职业技能等级认定中心": a
// school's name ending 学校, 学院 or 大学 followed by 职业技能等级认定中心.
func collegeName(name string) bool {
	school, ok := strings.CutSuffix(strings.TrimSpace(name), centerSuffix)
	if !ok {
		return false
	}
	for _, s := range []string{"学校", "学院", "大学"} {
		if strings.HasSuffix(school, s) && len(school) > len(s) {
			return true
		}
	}
	return false
}

// schoolName reports whether name is "×××技工学校（技师学院）职业技能等级认定中心".
func schoolName(name string) bool {
	school, ok := strings.CutSuffix(strings.TrimSpace(name), centerSuffix)
	if !ok {
		return false
	}
	for _, s := range []string{"技工学校", "技师学院"} {
		if strings.HasSuffix(school, s) && len(school) > len(s) {
			return true
		}
	}
	return false
}

func (c *achecker) form(a *Applicant) {
	if a.Kind == College {
		if a.Request != RequestNew && a.Request != RequestScope {
			v := "未勾选"
			if a.Request == RequestNew|RequestScope {
				v = "两项均勾选"
			}
			c.add("filing.application.request", "request", v)
		} else if a.Request == RequestScope && strings.TrimSpace(a.FilingNumber) == "" {
			c.add("filing.application.request-filing", "filingNumber", "")
		}
		if !collegeName(a.Name) {
			c.add("filing.application.college-name", "name", a.Name)
		}
		if !contains(schoolNatures, strings.TrimSpace(a.SchoolNature)) {
			c.add("filing.application.school-nature", "schoolNature", a.SchoolNature)
		}
	}
	if a.Kind == TechnicalSchool && a.Category != certcode.SocialOrg && !schoolName(a.Name) {
		c.add("filing.application.school-name", "name", a.Name)
	}
	if !contains(anhuiNatures, strings.TrimSpace(a.Nature)) {
		c.add("filing.application.nature", "nature", a.Nature)
	}
	if a.TrialYears != 0 && a.TrialYears != anhuiTrial {
		c.add("filing.application.trial", "trialYears", itoa(a.TrialYears))
	}
	if a.FirstPilot && a.TermYears != 0 && a.TermYears != pilotTermYears {
		c.add("filing.application.pilot-term", "termYears", itoa(a.TermYears))
	}
}

// ComparePlanScope compares the occupation table of a Guangdong work plan
// (工作方案) with the rows filled in the supervision system (监管系统), which
// must be the same (《广东省企业职业技能等级认定工作方案》（2021年版模板）):
// a row in one and not the other, or the same occupation and work type with
// other levels, is a finding "filing.application.plan-scope". Rows match by
// occupation code and work type ("" and "--" are the same); levels compare as
// sets. Under another profile it reports nothing.
func ComparePlanScope(p Profile, plan, system []ScopeRow) []skillcert.Finding {
	c := &achecker{p: p}
	if !validProfile(p) {
		c.p = National
		c.add("filing.applicant.profile", "profile", p.String())
		return c.out
	}
	key := func(r ScopeRow) string {
		w := strings.TrimSpace(r.WorkType)
		if w == "--" || w == "——" {
			w = ""
		}
		return strings.TrimSpace(r.Code) + "\x00" + w
	}
	label := func(r ScopeRow) string {
		if w := strings.TrimSpace(r.WorkType); w != "" && w != "--" && w != "——" {
			return r.Code + "（" + w + "）"
		}
		return r.Code
	}
	sys := map[string]ScopeRow{}
	for _, r := range system {
		sys[key(r)] = r
	}
	inPlan := map[string]bool{}
	for i, r := range plan {
		k := key(r)
		inPlan[k] = true
		s, ok := sys[k]
		switch {
		case !ok:
			c.add("filing.application.plan-scope", "plan["+itoa(i)+"]", label(r), "why", "监管系统中没有该行", "whyEn", "the system has no such row")
		case levelSet(r.Levels) != levelSet(s.Levels):
			c.add("filing.application.plan-scope", "plan["+itoa(i)+"].levels", label(r),
				"why", "等级为"+levelNames(r.Levels)+"，监管系统为"+levelNames(s.Levels),
				"whyEn", "levels "+levelNames(r.Levels)+" against "+levelNames(s.Levels)+" in the system")
		}
	}
	for i, r := range system {
		if !inPlan[key(r)] {
			c.add("filing.application.plan-scope", "system["+itoa(i)+"]", label(r), "why", "工作方案中没有该行", "whyEn", "the plan has no such row")
		}
	}
	return c.out
}

// levelSet is the set of valid levels as a bit mask.
func levelSet(ls []level.Level) uint8 {
	var m uint8
	for _, l := range ls {
		if l.IsValid() {
			m |= 1 << l
		}
	}
	return m
}

// levelNames writes levels as 五级、四级 in the order given.
func levelNames(ls []level.Level) string {
	if len(ls) == 0 {
		return "（无）"
	}
	var b strings.Builder
	for i, l := range ls {
		if i > 0 {
			b.WriteString("、")
		}
		if l.IsValid() {
			b.WriteString(l.Grade())
		} else {
			b.WriteString(l.String())
		}
	}
	return b.String()
}
