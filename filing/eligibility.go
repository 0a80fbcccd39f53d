package filing

import (
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/nationalid"
)

// The thresholds the documents set, one constant each, so a test pins every
// number where the documents print it.
const (
	nationwideYears       = 6     // 中就培函〔2020〕16号 一（二）: 连续6年以上 (also 中就培函〔2018〕95号 二（二）)
	nationwideAssessed    = 50000 // 累计5万人次以上
	nationwidePerOccupat  = 10000 // 每个职业（工种）不得少于1万人次
	anhuiYears            = 5     // 皖人社秘〔2020〕65号 一（三）: 连续5年以上
	anhuiAssessed         = 20000 // 累计2万人次以上
	anhuiPerOccupation    = 5000  // 不少于5000人次
	henanSiteArea         = 1000  // 豫人社办函〔2020〕51号 一（二）: 场地1000平方米以上
	henanLeaseYears       = 5     // 租赁期限5年以上
	henanExamSeats        = 30    // 考试用机位数不少于30个
	exclusionYears        = 3     // 人社职司便函〔2021〕57号 附件1 二（七）2: 3年内
	trainingOrgsPerOccupn = 3     // 人社职司便函〔2021〕57号 附件1 二（四）: 不超过3家
)

// "以上" and "不少于" include the number itself, as Chinese legal usage reads
// them, so each threshold is a minimum that passes.

var eligibilityRules = []arule{
	{"filing.eligibility.legal-person", "申请单位应为独立法人", "the applicant must be an independent legal person",
		"人社职司便函〔2020〕17号《职业技能等级认定工作规程（试行）》第十二条；辽宁省人力资源和社会保障厅《关于在全省企业开展职业技能等级认定工作的通知》一（一）",
		"the applicant is an independent legal person (branches of central enterprises and of pilots and appraisal institutions excepted)", everywhere(sevError)},
	{"filing.eligibility.henan-registered", "企业应在豫依法设立（注册登记地“{value}”不在河南省）",
		"the enterprise must be set up in Henan (registered in {value})", "豫人社办〔2020〕19号 二（一）",
		"a Henan enterprise is registered in Henan", under(sevError, Henan)},
	{"filing.eligibility.staff-insured", "企业职工应依法参加社会保险", "the enterprise's staff must be in social insurance",
		"豫人社办〔2020〕19号 二（一）", "a Henan enterprise's staff are in social insurance", under(sevError, Henan)},
	{"filing.eligibility.years-nationwide", "面向全国开展认定原则上需具有连续 6 年以上相关培训评价经历（{value} 年）",
		"serving the whole country needs, in principle, 6 consecutive years of training and evaluation ({value})",
		"中就培函〔2020〕16号 一（二）；中就培函〔2018〕95号 二（二）",
		"an organisation serving the whole country has 6 or more consecutive years of training and evaluation", everywhere(sevWarning)},
	{"filing.eligibility.assessed-nationwide", "面向全国开展认定原则上需累计 5 万人次以上培训评价规模（{value} 人次）",
		"serving the whole country needs, in principle, 50,000 people trained and evaluated ({value})",
		"中就培函〔2020〕16号 一（二）；中就培函〔2018〕95号 二（二）",
		"an organisation serving the whole country has trained and evaluated 50,000 or more", everywhere(sevWarning)},
	{"filing.eligibility.occupation-nationwide", "职业 {code} 的培训评价规模 {value} 人次，面向全国的每个职业（工种）不得少于 1 万人次",
		"occupation {code}: {value} trained and evaluated; serving the whole country needs 10,000 per occupation",
		"中就培函〔2020〕16号 一（二）", "an organisation serving the whole country has trained and evaluated 10,000 or more in each filed occupation", everywhere(sevWarning)},
	{"filing.eligibility.years-anhui", "面向全省开展认定原则上需连续 5 年以上相关培训评价经历（{value} 年），或承担政府补贴性职业技能培训任务",
		"serving the whole of Anhui needs, in principle, 5 consecutive years ({value}) or subsidised training",
		"皖人社秘〔2020〕65号 一（三）", "an Anhui organisation serving the whole province has 5 or more years, unless it carries subsidised training", under(sevWarning, Anhui)},
	{"filing.eligibility.assessed-anhui", "面向全省开展认定原则上需累计 2 万人次以上相关培训评价（{value} 人次），或承担政府补贴性职业技能培训任务",
		"serving the whole of Anhui needs, in principle, 20,000 trained and evaluated ({value}) or subsidised training",
		"皖人社秘〔2020〕65号 一（三）", "an Anhui organisation serving the whole province has trained and evaluated 20,000 or more, unless it carries subsidised training", under(sevWarning, Anhui)},
	{"filing.eligibility.occupation-anhui", "职业 {code} 的培训评价 {value} 人次，面向全省的所备案职业工种不少于 5000 人次",
		"occupation {code}: {value} trained and evaluated; serving the whole of Anhui needs 5,000 per occupation",
		"皖人社秘〔2020〕65号 一（三）", "an Anhui organisation serving the whole province has trained and evaluated 5,000 or more per occupation, unless it carries subsidised training", under(sevWarning, Anhui)},
	{"filing.eligibility.senior-experience", "备案开展技师、高级技师等级认定的职业 {value}，应具有相应（近）职业（工种）高级工及以上等级评价工作经历",
		"filing 技师 or 高级技师 in {value} needs experience assessing 高级工 and above in it or a related occupation",
		"皖人社秘〔2020〕65号 一（三）", "an Anhui organisation filing levels 2 or 1 of an occupation has assessed level 3 and above in it", under(sevWarning, Anhui)},
	{"filing.eligibility.site-area", "场地面积 {value} 平方米，应在 1000 平方米以上", "the site has {value} m²; it needs 1,000 m² or more",
		"豫人社办函〔2020〕51号 一（二）", "a Henan organisation has a site of 1,000 m² or more", under(sevError, Henan)},
	{"filing.eligibility.lease-years", "租赁场地的租赁期限 {value} 年，应在 5 年以上", "the site's lease runs {value} years; it needs 5 or more",
		"豫人社办函〔2020〕51号 一（二）", "a Henan organisation's leased site is leased for 5 years or more", under(sevError, Henan)},
	{"filing.eligibility.exam-seats", "考试用机位数 {value} 个，不少于 30 个", "{value} computer exam seats; it needs 30 or more",
		"豫人社办函〔2020〕51号 一（二）2", "a Henan organisation has 30 or more computer exam seats", under(sevError, Henan)},
	{"filing.eligibility.review-failed", "{value}民政部门年审不合格，3年内不能申报", "failed the civil-affairs annual review on {value}, within 3 years: it may not apply",
		"人社职司便函〔2021〕57号 附件1 二（七）2", "a training and evaluation organisation failed no annual review in the 3 years before applying", everywhere(sevError)},
	{"filing.eligibility.abnormal-listed", "{value}在市场监管部门企业经营异常目录内，3年内不能申报", "on the abnormal-operations list on {value}, within 3 years: it may not apply",
		"人社职司便函〔2021〕57号 附件1 二（七）2", "a training and evaluation organisation was on no abnormal-operations list in the 3 years before applying", everywhere(sevError)},
	{"filing.eligibility.government", "政府及其所属部门（事业单位、未与政府部门脱钩的社会团体）不能申报（{why}）",
		"government bodies, public institutions and undetached social organisations may not apply ({whyEn})",
		"人社职司便函〔2021〕57号 附件1 二（七）1", "a training and evaluation organisation is not a government body, a public institution (credit code 11…, 12…) or an undetached organisation", everywhere(sevError)},
	{"filing.eligibility.branch-government", "分支机构不能是政府及所属单位、未与政府部门脱钩的社会组织（{why}）",
		"a pilot's branch may not be a government unit or an undetached organisation ({whyEn})",
		"中就培函〔2020〕54号 二", "a department pilot's branch is not a government unit or an undetached organisation", everywhere(sevError)},
	{"filing.eligibility.credit-code", "统一社会信用代码“{value}”无效，无法判断登记管理部门",
		"credit code {value} is invalid, so the registering authority is unknown", "GB 32100-2015",
		"the credit code parses where a rule reads its registering authority", everywhere(sevWarning)},
	{"filing.eligibility.quota", "{region}职业 {code} 已有 {value} 家社会培训评价组织，原则上各辖区1个职业不超过3家",
		"{region}: {value} organisations already assess {code}; in principle a jurisdiction has at most 3 per occupation",
		"人社职司便函〔2021〕57号 附件1 二（四）", "fewer than 3 other training and evaluation organisations assess the occupation in the filing authority's area", everywhere(sevWarning)},
	{"filing.eligibility.quota-data", "未提供已备案范围，未检查每个职业的社会培训评价组织数量",
		"no filed scopes were given; the limit per occupation was not checked", "人社职司便函〔2021〕57号 附件1 二（四）",
		"says when the per-occupation limit could not be checked", everywhere(skillcert.SeverityInfo)},
}

// FiledScope is one occupation a training and evaluation organisation is
// already filed for, as a platform's records list it.
type FiledScope struct {
	Institution string // its credit code or filing number: what tells two organisations apart
	Region      string // the filing authority's area, as Decision.Region
	Occupation  string // 职业编码
}

// isGovernment reads the credit code's registering authority: 1 (机构编制)
// with kind 1 (机关) or 2 (事业单位) is a government body.
func isGovernment(code string) (gov bool, ok bool) {
	cc, err := nationalid.ParseCreditCode(code)
	if err != nil {
		return false, false
	}
	return cc.Registration() == '1' && (cc.Organisation() == '1' || cc.Organisation() == '2'), true
}

// within reports whether the dated record at lies in the years before day,
// the day itself and the anniversary included.
func within(at, day time.Time, years int) bool {
	if at.IsZero() {
		return false
	}
	at, day = civilDay(at), civilDay(day)
	return !at.After(day) && !at.Before(day.AddDate(-years, 0, 0))
}

func (c *achecker) eligibility(a *Applicant, opt ApplicantOptions) {
	switch a.Kind {
	case CentralBranch, AppraisalCenter:
	default:
		if !a.PilotBranch && !a.LegalPerson {
			c.add("filing.eligibility.legal-person", "legalPerson", "false")
		}
	}
	if a.Kind == Enterprise || a.Kind == ProvincialEnterprise || a.Kind == CentralBranch {
		if a.Registered != "" && (len(a.Registered) < 2 || a.Registered[:2] != Henan.Province()) {
			c.add("filing.eligibility.henan-registered", "registered", a.Registered)
		}
		if !a.StaffInsured {
			c.add("filing.eligibility.staff-insured", "staffInsured", "false")
		}
	}
	if a.Kind != TrainingOrg {
		return
	}
	if a.Reach == ReachNation {
		if a.Years < nationwideYears {
			c.add("filing.eligibility.years-nationwide", "years", itoa(a.Years))
		}
		if a.Assessed < nationwideAssessed {
			c.add("filing.eligibility.assessed-nationwide", "assessed", itoa(a.Assessed))
		}
		c.perOccupation(a, nationwidePerOccupat, "filing.eligibility.occupation-nationwide")
	}
	if a.Reach >= ReachProvince && !a.SubsidisedTraining {
		if a.Years < anhuiYears {
			c.add("filing.eligibility.years-anhui", "years", itoa(a.Years))
		}
		if a.Assessed < anhuiAssessed {
			c.add("filing.eligibility.assessed-anhui", "assessed", itoa(a.Assessed))
		}
		c.perOccupation(a, anhuiPerOccupation, "filing.eligibility.occupation-anhui")
	}
	for i, r := range a.Scope {
		if hasSenior(r.Levels) && !contains(a.SeniorExperience, r.Code) {
			c.add("filing.eligibility.senior-experience", "scope["+itoa(i)+"]", r.Code)
		}
	}
	if a.SiteArea < henanSiteArea {
		c.add("filing.eligibility.site-area", "siteArea", itoa(a.SiteArea))
	}
	if a.Leased && a.LeaseYears < henanLeaseYears {
		c.add("filing.eligibility.lease-years", "leaseYears", itoa(a.LeaseYears))
	}
	if a.ExamSeats < henanExamSeats {
		c.add("filing.eligibility.exam-seats", "examSeats", itoa(a.ExamSeats))
	}
	if (!a.ReviewFailed.IsZero() || !a.AbnormalListed.IsZero()) && a.Applied.IsZero() {
		c.add("filing.applicant.applied", "applied", "")
	} else {
		if within(a.ReviewFailed, a.Applied, exclusionYears) {
			c.add("filing.eligibility.review-failed", "reviewFailed", isoDate(a.ReviewFailed))
		}
		if within(a.AbnormalListed, a.Applied, exclusionYears) {
			c.add("filing.eligibility.abnormal-listed", "abnormalListed", isoDate(a.AbnormalListed))
		}
	}
	id := "filing.eligibility.government"
	if a.PilotBranch {
		id = "filing.eligibility.branch-government"
	}
	if a.GovernmentLinked {
		c.add(id, "governmentLinked", "true", "why", "未与政府部门脱钩", "whyEn", "not detached from a government department")
	}
	if a.CreditCode != "" {
		gov, ok := isGovernment(a.CreditCode)
		switch {
		case !ok:
			c.add("filing.eligibility.credit-code", "creditCode", a.CreditCode)
		case gov:
			c.add(id, "creditCode", a.CreditCode, "why", "统一社会信用代码登记管理部门为机构编制、类别为机关或事业单位",
				"whyEn", "the credit code's registering authority is the establishment office, kind government body or public institution")
		}
	}
	c.quota(a, opt.Filed)
}

func (c *achecker) perOccupation(a *Applicant, min int, id string) {
	seen := map[string]bool{}
	for i, r := range a.Scope {
		if seen[r.Code] {
			continue
		}
		seen[r.Code] = true
		if n := a.AssessedBy[r.Code]; n < min {
			c.add(id, "scope["+itoa(i)+"]", itoa(n), "code", r.Code)
		}
	}
}

func (c *achecker) quota(a *Applicant, filed []FiledScope) {
	if !c.applies("filing.eligibility.quota") {
		return
	}
	if filed == nil {
		c.add("filing.eligibility.quota-data", "filed", "")
		return
	}
	d, ok := decide(c.p, a)
	if !ok || !isPlace(a.Registered) {
		return
	}
	self := map[string]bool{a.CreditCode: a.CreditCode != "", a.FilingNumber: a.FilingNumber != ""}
	seen := map[string]bool{}
	for i, r := range a.Scope {
		if seen[r.Code] {
			continue
		}
		seen[r.Code] = true
		orgs := map[string]bool{}
		for _, f := range filed {
			if f.Region == d.Region && f.Occupation == r.Code && !self[f.Institution] {
				orgs[f.Institution] = true
			}
		}
		if len(orgs) >= trainingOrgsPerOccupn {
			where := d.Region
			if where == "" {
				where = "全国"
			}
			c.add("filing.eligibility.quota", "scope["+itoa(i)+"]", itoa(len(orgs)), "code", r.Code, "region", where)
		}
	}
}

func hasSenior(ls []level.Level) bool {
	for _, l := range ls {
		if l == level.One || l == level.Two {
			return true
		}
	}
	return false
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// civilDay is t's calendar day at midnight UTC, so dates compare by day.
func civilDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func isoDate(t time.Time) string { return t.Format(time.DateOnly) }
