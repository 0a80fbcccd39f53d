package filing

import (
	"strconv"
	"strings"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
)

// ApplicantKind is what sort of body applies to file as an evaluation
// institution. The documents decide who files where, and which conditions
// apply, by this kind.
type ApplicantKind uint8

// The applicant kinds.
const (
	// CentralEnterprise is a central state-owned enterprise (中央企业, in the
	// SASAC list) filing as a whole with the ministry (人社鉴发〔2019〕3号 一).
	CentralEnterprise ApplicantKind = iota + 1
	// CentralBranch is a subsidiary or branch of a central enterprise in a
	// province (中央企业分支机构, 央企在豫分支机构, 央企在渝分支机构, 中央驻皖分支机构).
	CentralBranch
	// ProvincialEnterprise is an enterprise the province owns: 省属企业,
	// 省国资委直管企业 (Henan), 市属企业 (Chongqing).
	ProvincialEnterprise
	// Enterprise is any other employer filing to assess its own staff (用人单位).
	Enterprise
	// TrainingOrg is a social training and evaluation organisation
	// (社会培训评价组织), which may be an enterprise, an association or a school
	// assessing the public.
	TrainingOrg
	// TechnicalSchool is a technical school or technician college (技工院校)
	// assessing its own students and staff.
	TechnicalSchool
	// College is a school or college other than a technical school (本科院校,
	// 高等职业学校, 中等职业学校) assessing its own students and staff.
	College
	// AppraisalCenter is a vocational skill appraisal institution
	// (职业技能考核鉴定机构) under 豫人社规〔2020〕1号.
	AppraisalCenter
	numApplicantKinds
)

var applicantKindNames = [numApplicantKinds]string{"", "中央企业", "中央企业分支机构", "省属企业", "企业",
	"社会培训评价组织", "技工院校", "院校", "职业技能考核鉴定机构"}

// String returns the kind's Chinese name, such as "社会培训评价组织"; another
// value prints as "ApplicantKind(9)".
func (k ApplicantKind) String() string {
	if k == 0 || k >= numApplicantKinds {
		return "ApplicantKind(" + strconv.Itoa(int(k)) + ")"
	}
	return applicantKindNames[k]
}

// Reach is how far a training and evaluation organisation means to serve.
type Reach uint8

// The reaches. The zero value serves the area of the authority it files with.
const (
	ReachLocal    Reach = iota // the area of the filing authority
	ReachProvince              // the whole province (面向全省, 皖人社秘〔2020〕65号 一（三）)
	ReachNation                // the whole country (面向全国, 中就培函〔2020〕16号 一（二）)
)

// Request is the kind of filing request, as Henan's college form ticks it
// (豫人社函〔2022〕8号 三（二）). It is a set: a form with both boxes ticked has
// both bits.
type Request uint8

// The request kinds.
const (
	RequestNew   Request = 1 << iota // 机构设置备案申请: a new filing
	RequestScope                     // 评价职业（工种）增量备案申请: adding occupations or levels
)

// TitleRank is the rank of a professional title (专业技术职称).
type TitleRank uint8

// The title ranks, lowest first. The zero value is no title.
const (
	TitleJunior       TitleRank = iota + 1 // 员级 or 助理级 (初级职称)
	TitleIntermediate                      // 中级
	TitleSenior                            // 副高级
	TitleFull                              // 正高级
)

var titleNames = [...]string{"无职称", "初级职称", "中级职称", "副高级职称", "正高级职称"}

// String returns the rank in Chinese, such as "副高级职称"; another value
// prints as "TitleRank(9)".
func (t TitleRank) String() string {
	if int(t) >= len(titleNames) {
		return "TitleRank(" + strconv.Itoa(int(t)) + ")"
	}
	return titleNames[t]
}

// Applicant is a body applying to file (备案) as an evaluation institution,
// with the facts the documents test: its kind and places, its eligibility
// figures, the printed values of its application form, its scope, staff,
// sites and filings already held. Places are six-digit administrative
// division codes (GB/T 2260, such as "410100" for 郑州市), as the unified
// social credit code carries them in positions 3–8.
//
// The zero value of a figure is a figure: 0 years of operation fails a
// threshold of 6. A field a profile does not test is ignored.
type Applicant struct {
	Kind         ApplicantKind
	Category     certcode.Category // Y or S as it will be filed; 0 when not yet decided
	Name         string            // 机构名称 as it will be filed
	CreditCode   string            // 统一社会信用代码
	FilingNumber string            // the filing number (机构备案号) already held; "" before the first filing
	Applied      time.Time         // the day of application; the 3-year look-backs count back from it

	Registered     string // where it is registered (注册登记地)
	Operating      string // where it actually operates, when that differs (实际经营地, 渝人社发〔2020〕42号 三（一））
	Insured        string // where the unit's social insurance is registered (社保登记地)
	Reach          Reach
	ProvincialTier bool        // in a tier the province files itself: 省国资委直管企业, 省属院校, 省级行业社团组织, provincially approved or registered bodies (豫职鉴〔2021〕1号 一（二）1), units recommended by a provincial department (皖人社秘〔2020〕65号 三)
	HigherEd       bool        // a 本科院校 or 高等职业学校 (豫人社函〔2022〕8号 二（二）)
	PilotBranch    bool        // a branch of a department or industry pilot (中就培函〔2020〕54号)
	DeptPilot      bool        // a department or industry pilot (中就培函〔2020〕41号)
	FirstPilot     bool        // one of the first third-party evaluation institutions (中就培函〔2019〕61号)
	Highest        level.Level // the highest level it will assess; 0: the highest level of Scope

	LegalPerson        bool           // 独立法人
	StaffInsured       bool           // its staff are in social insurance (职工依法参加社会保险)
	GovernmentLinked   bool           // a social organisation not yet detached from a government department (未与政府部门脱钩)
	Years              int            // consecutive years of relevant training and evaluation (连续…年以上)
	Assessed           int            // people trained and evaluated in total (累计…人次)
	AssessedBy         map[string]int // people trained and evaluated per occupation code
	SubsidisedTraining bool           // it carries government-subsidised training (承担政府补贴性职业技能培训任务)
	SeniorExperience   []string       // occupation codes in which it has assessed 高级工 and above
	SiteArea           int            // site area, m² (自有或租赁场地)
	Leased             bool           // the site is leased
	LeaseYears         int            // the lease's length in years
	ExamSeats          int            // computer seats for online exams (考试用机位数)
	ReviewFailed       time.Time      // the last failed civil-affairs annual review (年审不合格); zero: none
	AbnormalListed     time.Time      // the last day on the abnormal-operations list (经营异常目录); zero: never

	Request      Request // what the form asks for
	Nature       string  // 机构性质 as printed on Anhui's form
	SchoolNature string  // 学校性质 as printed on Henan's college form: 公办 or 民办
	TermYears    int     // the filing term, in years; 0 when not stated
	TrialYears   int     // the trial period, in years; 0 when not stated

	Scope   []ScopeRow
	Specs   []Spec        // evaluation specifications it developed itself
	Staff   []StaffMember // examiners, supervisors and experts
	Sites   []Site
	Filings []HeldFiling // filings it already holds
}

// highest returns the applicant's highest level: Highest, or the highest
// level of its scope.
func (a *Applicant) highest() level.Level {
	if a.Highest != 0 {
		return a.Highest
	}
	var h level.Level
	for _, r := range a.Scope {
		for _, l := range r.Levels {
			if l.IsValid() && (h == 0 || l < h) {
				h = l
			}
		}
	}
	return h
}

// ApplicantOptions gives CheckApplicant the data it cannot know.
type ApplicantOptions struct {
	// Standards is the table of national occupational skill standards; the
	// checks that need one report a single info finding
	// "filing.standard.table" when it is nil.
	Standards *Standards
	// Filed lists the training and evaluation organisations already filed, by
	// occupation, for the per-occupation limit; nil: the limit is not
	// checked, and an info finding "filing.eligibility.quota-data" says so.
	Filed []FiledScope
}

// ApplicantRule describes one rule of CheckApplicant, Authority and
// CheckSites, for documentation and tools.
type ApplicantRule struct {
	ID          string
	Severity    skillcert.Severity // under the profile asked for
	Source      string             // the document and article
	Description string             // what it checks, in English
	Message     string             // the finding's template, in Chinese
	English     string             // the finding's template, in English
}

// arule is one row of the applicant rule table.
type arule struct {
	id, zh, en, source, what string
	sev                      [8]skillcert.Severity // by Profile
}

// everywhere gives every profile severity s.
func everywhere(s skillcert.Severity) (out [8]skillcert.Severity) {
	for _, p := range Profiles() {
		out[p] = s
	}
	return out
}

// under gives severity s to the profiles ps and none to the others.
func under(s skillcert.Severity, ps ...Profile) (out [8]skillcert.Severity) {
	for _, p := range ps {
		out[p] = s
	}
	return out
}

var arIndex = func() map[string]*arule {
	m := map[string]*arule{}
	for _, tab := range [][]arule{jurisdictionRules, eligibilityRules, formRules, standardRules, staffRules, applicantMiscRules} {
		for i := range tab {
			if m[tab[i].id] != nil {
				panic("filing: rule " + tab[i].id + " twice")
			}
			m[tab[i].id] = &tab[i]
		}
	}
	return m
}()

var applicantMiscRules = []arule{
	{"filing.applicant.profile", "未知的规则集 {value}", "unknown profile {value}; use one of Profiles()",
		"", "the profile is one of Profiles()", everywhere(sevError)},
	{"filing.applicant.kind", "申请单位类别“{value}”无效", "applicant kind {value} is not one of the ApplicantKind constants",
		"", "the applicant's kind is set", everywhere(sevError)},
	{"filing.applicant.applied", "未填写申请日期，无法计算近3年记录", "the application date is missing; the 3-year look-back cannot be computed",
		"人社职司便函〔2021〕57号 附件1 二（七）", "the application date is given where a rule counts back from it", everywhere(sevError)},
}

// ApplicantRules lists the rules CheckApplicant, Authority and CheckSites
// apply under profile p, with their severities there; nil for a profile that
// does not exist.
func ApplicantRules(p Profile) []ApplicantRule {
	if int(p) >= 8 {
		return nil
	}
	var out []ApplicantRule
	for _, tab := range [][]arule{jurisdictionRules, eligibilityRules, formRules, standardRules, staffRules, applicantMiscRules} {
		for _, r := range tab {
			if r.sev[p] != 0 {
				out = append(out, ApplicantRule{r.id, r.sev[p], r.source, r.what, r.zh, r.en})
			}
		}
	}
	return out
}

// validProfile reports whether p is one of Profiles().
func validProfile(p Profile) bool {
	for _, q := range Profiles() {
		if p == q {
			return true
		}
	}
	return false
}

// achecker collects the findings of the applicant checks.
type achecker struct {
	p   Profile
	out []skillcert.Finding
}

// add records a finding of rule id at field with value, if p applies the
// rule; kv are template fields, name then value.
func (c *achecker) add(id, field, value string, kv ...string) {
	r := arIndex[id]
	if r == nil {
		panic("filing: no applicant rule " + id)
	}
	sev := r.sev[c.p]
	if sev == 0 {
		return
	}
	kv = append(kv, "value", value)
	c.out = append(c.out, skillcert.Finding{Rule: id, Severity: sev, Field: field, Value: value,
		Message: fill(r.zh, kv), English: fill(r.en, kv), Source: r.source})
}

// applies reports whether p applies rule id.
func (c *achecker) applies(id string) bool { return arIndex[id].sev[c.p] != 0 }

// fill replaces {name} in tmpl by its value from kv (name, value, …).
func fill(tmpl string, kv []string) string {
	for i := 0; i+1 < len(kv); i += 2 {
		tmpl = strings.ReplaceAll(tmpl, "{"+kv[i]+"}", kv[i+1])
	}
	return tmpl
}

func itoa(n int) string { return strconv.Itoa(n) }

// CheckApplicant checks an applicant against the rules of profile p: who may
// apply (legal person, years, people assessed, site, exclusions, government
// bodies, the per-occupation limit), the printed values of the application
// form, the standards behind its scope, its staff's qualifications, and one
// filing per place where its sites' staff are insured (CheckSites). It
// returns every finding; ApplicantRules lists the rules with their sources.
// Which authority accepts the filing is Authority's answer.
func CheckApplicant(p Profile, a Applicant, opt ApplicantOptions) []skillcert.Finding {
	c := &achecker{p: p}
	if !validProfile(p) {
		c.p = National
		c.add("filing.applicant.profile", "profile", p.String())
		return c.out
	}
	if a.Kind == 0 || a.Kind >= numApplicantKinds {
		c.add("filing.applicant.kind", "kind", a.Kind.String())
		return c.out
	}
	c.eligibility(&a, opt)
	c.form(&a)
	c.standards(&a, opt.Standards)
	c.staff(&a)
	c.sites(&a)
	return c.out
}
