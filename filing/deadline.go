package filing

import (
	"strconv"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/calendar"
)

// Kind is what a time limit constrains.
type Kind uint8

// The kinds of time limit.
const (
	LeadTime  Kind = iota + 1 // act at least N days before an event (提前N个工作日)
	MinPeriod                 // a period lasts at least N days (公示期不少于N天)
	Within                    // act within N days after an event (N个工作日内)
	Retention                 // keep a record at least N years
	// PeriodEnd: act by the end of the period of N months in which the
	// event falls (于每月末报送: N = 1, Unit Months). Periods are aligned on
	// the calendar year (N = 3: quarters). When Limit.LastWorkingDay is set
	// the period ends on its last working day instead of its last day.
	PeriodEnd
)

// String returns "lead time", "minimum period", "within", "retention" or
// "period end"; another value prints as "Kind(9)".
func (k Kind) String() string {
	switch k {
	case LeadTime:
		return "lead time"
	case MinPeriod:
		return "minimum period"
	case Within:
		return "within"
	case Retention:
		return "retention"
	case PeriodEnd:
		return "period end"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// TimeUnit is what a limit's N counts: working days, calendar days, years or
// months (Limit.Unit). It is a unit of time, unrelated to certcode.Unit, the
// kind of institution a provincial certificate number names.
type TimeUnit uint8

// The time units. "N个工作日" counts working days on the statutory calendar of
// package calendar; a plain "N天" counts calendar days, since the documents
// do not say otherwise.
const (
	WorkingDays TimeUnit = iota + 1
	Days
	Years
	Months // calendar months, for PeriodEnd
)

// String returns "working days", "days", "years" or "months"; another value
// prints as "TimeUnit(9)".
func (u TimeUnit) String() string {
	switch u {
	case WorkingDays:
		return "working days"
	case Days:
		return "days"
	case Years:
		return "years"
	case Months:
		return "months"
	}
	return "TimeUnit(" + strconv.Itoa(int(u)) + ")"
}

// Party is who must meet a limit.
type Party uint8

// The parties.
const (
	ByInstitution Party = iota + 1 // the evaluation institution (评价机构、认定机构、鉴定机构、考核机构)
	BySupervisor                   // the quality supervisor sent to its assessment (质量督导人员), reporting to the centre that sent them
	ByAuthority                    // the human-resources department or its skill-appraisal centre (人力资源社会保障部门、鉴定中心)
)

// String returns "institution", "supervisor" or "authority"; another value
// prints as "Party(9)".
func (p Party) String() string {
	switch p {
	case ByInstitution:
		return "institution"
	case BySupervisor:
		return "supervisor"
	case ByAuthority:
		return "authority"
	}
	return "Party(" + strconv.Itoa(int(p)) + ")"
}

// Activity is the kind of assessment work an institution does, which
// selects the documents inside a profile: in Henan an enterprise, a
// technical school, a skill-appraisal institution and a 专项 assessment
// institution each have their own notice with their own time limits.
type Activity uint8

// The activities.
const (
	// Recognition is 职业技能等级认定 by an employer or a social training and
	// evaluation organisation: the activity of every profile's main
	// document (渝人社发〔2020〕42号, 皖人社秘〔2020〕65号, 豫人社办〔2020〕19号,
	// 豫人社办函〔2020〕51号 …).
	Recognition Activity = iota + 1
	// SchoolRecognition is 职业技能等级认定 by a technical school of its own
	// students (技工院校认定中心; 豫人社办函〔2020〕35号, 豫人社办函〔2021〕155号).
	SchoolRecognition
	// Appraisal is 职业技能考核鉴定 by a skill-appraisal institution
	// (鉴定机构; 豫人社规〔2020〕1号).
	Appraisal
	// SpecialAbility is 专项职业能力考核 (豫人社办函〔2020〕41号).
	SpecialAbility
	numActivities
)

var activityNames = [numActivities]string{"", "recognition", "school", "appraisal", "special"}

// String returns "recognition", "school", "appraisal" or "special"; another
// value prints as "Activity(9)".
func (a Activity) String() string {
	if a == 0 || a >= numActivities {
		return "Activity(" + strconv.Itoa(int(a)) + ")"
	}
	return activityNames[a]
}

// Activities lists every activity.
func Activities() []Activity {
	return []Activity{Recognition, SchoolRecognition, Appraisal, SpecialAbility}
}

// Limit is one time limit of the documents: who must meet it, what it
// constrains, how long, and where it is written.
type Limit struct {
	ID      string // stable identifier, such as "filing.limit.plan.lead-time"; the Rule of its findings
	Name    string // in Chinese, as the document words it
	English string
	Kind    Kind
	N       int
	Unit    TimeUnit
	Source  string // the document and article, such as "渝人社发〔2020〕42号 四（一）"
	// Party is who must meet the limit; the zero value reads as ByInstitution.
	Party Party
	// Activity is the work the limit binds; the zero value reads as
	// Recognition.
	Activity Activity
	// LastWorkingDay (PeriodEnd only): the period ends on its last working
	// day, as when a document says 每月最后一个工作日.
	LastWorkingDay bool
}

// lim builds a table row: an institution's limit of the Recognition
// activity unless the options say otherwise.
func lim(id, zh, en string, k Kind, n int, u TimeUnit, src string, opts ...any) Limit {
	l := Limit{ID: id, Name: zh, English: en, Kind: k, N: n, Unit: u, Source: src, Party: ByInstitution, Activity: Recognition}
	for _, o := range opts {
		switch o := o.(type) {
		case Party:
			l.Party = o
		case Activity:
			l.Activity = o
		case bool:
			l.LastWorkingDay = o
		}
	}
	return l
}

// limits are the time limits on an institution's assessments, by profile.
// Guangdong's template gives result publicity as "3天或以上" in its process
// (002 L1089) and as ≥5 working days in its rules (002 L125, RULES.md G26);
// the process figure is the one for results, and both are listed. Henan's
// supervisor report is 5 working days for 等级认定 and 专项 (003 L3253,
// L3546, L4856) and 3 for 鉴定机构 (003 L3846, RULES.md G28): each activity
// has its own document, so each gets its own figure.
var limits = map[Profile][]Limit{
	Chongqing: {
		lim("filing.limit.plan.lead-time", "提前10个工作日向人力社保部门报备认定计划", "file the assessment plan 10 working days ahead", LeadTime, 10, WorkingDays, "渝人社发〔2020〕42号 四（一）"), // 000 L55
		lim("filing.limit.results.publicity", "认定结果公示期不少于5个工作日", "publish results for at least 5 working days", MinPeriod, 5, WorkingDays, "渝人社发〔2020〕42号 四（三）"),       // 000 L59
		lim("filing.limit.records.paper", "纸质材料保管不少于3年", "keep paper records at least 3 years", Retention, 3, Years, "渝人社发〔2020〕42号 五（二）"),                             // 000 L67
		lim("filing.limit.records.electronic", "电子材料保管不少于5年", "keep electronic records at least 5 years", Retention, 5, Years, "渝人社发〔2020〕42号 五（二）"),                   // 000 L67
	},
	Henan: {
		// 豫人社办〔2020〕19号 (enterprises) and 豫人社办函〔2020〕51号 (social training and evaluation organisations).
		lim("filing.limit.plan.lead-time", "提前10个工作日将认定计划报所备案的鉴定中心", "file the assessment plan 10 working days ahead", LeadTime, 10, WorkingDays, "豫人社办〔2020〕19号 四（三）；豫人社办函〔2020〕51号 五（一）"),                                               // 003 L3251, L3542
		lim("filing.limit.supervision.report", "质量督导人员在督导工作结束后5个工作日内提交质量督导报告", "the supervisor reports within 5 working days after the supervision ends", Within, 5, WorkingDays, "豫人社办〔2020〕19号 四（四）；豫人社办函〔2020〕51号 五（二）", BySupervisor), // 003 L3253, L3546
		lim("filing.limit.results.report", "认定工作结束后10个工作日内报送认定结果", "report results within 10 working days after the assessment ends", Within, 10, WorkingDays, "豫人社办〔2020〕19号 四（五）；豫人社办函〔2020〕51号 五（三）"),                                  // 003 L3255, L3548
		// 豫人社办函〔2020〕35号 八 says "在每批次认定前 10 个工作日内…报送" (003 L3431,
		// RULES.md G29): read as the same lead time as every other Henan plan
		// (docs/filing-limits.md says why).
		lim("filing.limit.plan.lead-time", "在每批次认定前10个工作日报送认定实施计划", "file the assessment plan 10 working days before each batch", LeadTime, 10, WorkingDays, "豫人社办函〔2020〕35号 八", SchoolRecognition), // 003 L3431
		// 豫人社规〔2020〕1号, the skill-appraisal institutions' rules.
		lim("filing.limit.supervision.report", "质量督导人员应在考核结束后三个工作日内提交质量督导报告", "the supervisor reports within 3 working days after the assessment ends", Within, 3, WorkingDays, "豫人社规〔2020〕1号 第十九条", BySupervisor, Appraisal), // 003 L3846
		lim("filing.limit.records.video", "考核鉴定的全过程视频资料应保留一年以上", "keep the video of the whole assessment at least 1 year", Retention, 1, Years, "豫人社规〔2020〕1号 第十二条", Appraisal),                                               // 003 L3820
		lim("filing.limit.records.answers", "考生答题信息应保存三年以上", "keep candidates' answers at least 3 years", Retention, 3, Years, "豫人社规〔2020〕1号 第二十二条", Appraisal),                                                               // 003 L3856
		lim("filing.limit.records.scoring", "考评人员签字的评分材料或评分信息应保存三年以上", "keep the examiners' signed scoring material at least 3 years", Retention, 3, Years, "豫人社规〔2020〕1号 第二十三条", Appraisal),                                  // 003 L3858
		lim("filing.limit.records.workpieces", "考生的考件实物、图片等应保存一年以上", "keep candidates' work pieces and their photos at least 1 year", Retention, 1, Years, "豫人社规〔2020〕1号 第二十三条", Appraisal),                                   // 003 L3858
		// 豫人社办函〔2020〕41号, 专项职业能力考核.
		lim("filing.limit.supervision.report", "质量督导人员在督导工作结束后5个工作日内提交质量督导报告", "the supervisor reports within 5 working days after the supervision ends", Within, 5, WorkingDays, "豫人社办函〔2020〕41号 三（二）", BySupervisor, SpecialAbility), // 003 L4856
		lim("filing.limit.results.report", "考核工作结束后10个工作日内将考核结果报相应鉴定中心审核", "report results within 10 working days after the assessment ends", Within, 10, WorkingDays, "豫人社办函〔2020〕41号 三（三）", SpecialAbility),                          // 003 L4858
	},
	Anhui: {
		lim("filing.limit.plan.lead-time", "提前10个工作日将认定计划报属地市鉴定中心", "file the assessment plan 10 working days ahead", LeadTime, 10, WorkingDays, "皖人社秘〔2020〕65号 五（一）"),              // 004 L35
		lim("filing.limit.results.publicity", "认定结果公示期不少于7天", "publish results for at least 7 days", MinPeriod, 7, Days, "皖人社秘〔2020〕65号 五（三）"),                                      // 004 L37
		lim("filing.limit.results.report", "经公示无异议的，10个工作日内报相应鉴定中心备案", "report results within 10 working days after publicity ends", Within, 10, WorkingDays, "皖人社秘〔2020〕65号 五（三）"), // 004 L37
	},
	Guangdong: {
		lim("filing.limit.results.publicity", "认定结果在企业内部公示3天或以上", "publish results inside the enterprise for at least 3 days", MinPeriod, 3, Days, "《广东省企业职业技能等级认定工作方案》（2021年版模板） 附件7 九"),     // 002 L1089
		lim("filing.limit.publicity.rules", "公示期不少于5个工作日", "publicity lasts at least 5 working days (the template's rules)", MinPeriod, 5, WorkingDays, "《广东省企业职业技能等级认定工作方案》（2021年版模板） 一（五）"), // 002 L125
	},
	Liaoning: {
		lim("filing.limit.results.summary", "认定结果汇总表于每月末报至各市公共就业服务机构主管部门", "report the month's results summary by the end of the month", PeriodEnd, 1, Months, liaoning+" 四（四）3"), // 001 L95
		lim("filing.limit.records.paper", "纸质材料保管不少于3年", "keep paper records at least 3 years", Retention, 3, Years, liaoning+" 四（四）4"),                                           // 001 L97
		lim("filing.limit.records.electronic", "电子材料保管不少于5年", "keep electronic records at least 5 years", Retention, 5, Years, liaoning+" 四（四）4"),                                 // 001 L97
	},
}

// liaoning is the title of Liaoning's notice, which has no document number.
const liaoning = "辽宁省人力资源和社会保障厅《关于在全省企业开展职业技能等级认定工作的通知》"

// Limits returns the time limits on the assessments of an institution doing
// Recognition (职业技能等级认定 by an employer or a social organisation) under
// profile p: LimitsFor(p, Recognition).
func Limits(p Profile) []Limit { return LimitsFor(p, Recognition) }

// LimitsFor returns the time limits on the assessments of an institution
// doing activity a under profile p: the institution's own (plans, publicity,
// reports, retention) and those of the supervisor sent to it (Party
// Supervisor). The national documents set none; a profile whose documents do
// not cover a (a Chongqing technical school) has none either. The slice is a
// fresh copy.
func LimitsFor(p Profile, a Activity) []Limit {
	var out []Limit
	for _, l := range limits[p] {
		if l.Activity == a {
			out = append(out, l)
		}
	}
	return out
}

// Due returns the boundary date the limit sets, counted from at:
//
//   - LeadTime: the last day to act before the event on at;
//   - MinPeriod: the first day a period starting on at may end (at counts);
//   - Within: the last day to act after the event that ended on at;
//   - Retention: the first day a record made on at may be destroyed;
//   - PeriodEnd: the last day of the period of N months holding at (its last
//     working day when LastWorkingDay is set).
//
// Working days come from cal (calendar.Default() for the State Council's);
// a date in a year cal does not know is an error, and so is a nil cal or a
// Limit whose Kind or Unit is not one of the constants.
func (l Limit) Due(cal calendar.Calendar, at time.Time) (time.Time, error) {
	if cal == nil {
		return time.Time{}, &skillcert.Error{Pkg: "filing", What: "calendar", Input: "nil", Kind: skillcert.ErrArgument, Want: "a calendar, such as calendar.Default()"}
	}
	if l.Unit < WorkingDays || l.Unit > Months || l.N < 0 || (l.Unit == Months) != (l.Kind == PeriodEnd) || (l.Kind == PeriodEnd && (l.N < 1 || 12%l.N != 0)) {
		return time.Time{}, &skillcert.Error{Pkg: "filing", What: "time limit", Input: l.ID, Kind: skillcert.ErrArgument,
			Want: "a TimeUnit of the constants and N ≥ 0; Months exactly for PeriodEnd, with N dividing 12"}
	}
	at = civil(at)
	switch l.Kind {
	case LeadTime:
		return l.add(cal, at, -l.N)
	case MinPeriod:
		if l.Unit == Days {
			return at.AddDate(0, 0, l.N-1), nil
		}
		// The Nth working day counting at itself.
		first, err := cal.WorkingDay(at)
		if err != nil {
			return time.Time{}, err
		}
		if first {
			return calendar.AddWorkingDays(cal, at, l.N-1)
		}
		return calendar.AddWorkingDays(cal, at, l.N)
	case Within:
		return l.add(cal, at, l.N)
	case Retention:
		return at.AddDate(l.N, 0, 0), nil
	case PeriodEnd:
		first := time.Date(at.Year(), at.Month()-time.Month((int(at.Month())-1)%l.N), 1, 0, 0, 0, 0, time.UTC)
		end := first.AddDate(0, l.N, -1)
		if !l.LastWorkingDay {
			return end, nil
		}
		for d := end; !d.Before(first); d = d.AddDate(0, 0, -1) {
			ok, err := cal.WorkingDay(d)
			if err != nil {
				return time.Time{}, err
			}
			if ok {
				return d, nil
			}
		}
		return end, nil // no working day in the period: its last day
	}
	return time.Time{}, &skillcert.Error{Pkg: "filing", What: "time limit", Input: l.ID, Kind: skillcert.ErrArgument, Want: "a Kind of the constants"}
}

func (l Limit) add(cal calendar.Calendar, at time.Time, n int) (time.Time, error) {
	if l.Unit == WorkingDays {
		return calendar.AddWorkingDays(cal, at, n)
	}
	return at.AddDate(0, 0, n), nil
}

// Check checks a pair of dates against the limit and returns an error
// finding (Rule l.ID, Source l.Source) when they break it, or none:
//
//   - LeadTime: at is the event, done the day the plan was filed;
//   - MinPeriod: at is the first day of the period, done its last;
//   - Within: at is the day the event ended, done the day of the report;
//   - Retention: at is the day the record was made, done the day it was
//     destroyed;
//   - PeriodEnd: at is the day of the event the report covers (the results
//     approved), done the day of the report.
func (l Limit) Check(cal calendar.Calendar, at, done time.Time) ([]skillcert.Finding, error) {
	due, err := l.Due(cal, at)
	if err != nil {
		return nil, err
	}
	done = civil(done)
	var bad bool
	var zh, en string
	d, a := date(done), date(civil(at))
	switch l.Kind {
	case LeadTime:
		bad = done.After(due)
		zh, en = "于 "+d+" 报送，最迟应于 "+date(due)+"（"+a+" 之前"+l.count()+"）", "filed on "+d+"; the last day was "+date(due)+" ("+l.countEn()+" before "+a+")"
	case MinPeriod:
		bad = done.Before(due)
		zh, en = a+" 至 "+d+" 不足"+l.count()+"，最早应于 "+date(due)+" 结束", a+" to "+d+" is shorter than "+l.countEn()+"; the earliest end is "+date(due)
	case Within:
		bad = done.After(due) || done.Before(civil(at))
		zh, en = "于 "+d+" 报送，应在 "+a+" 之后"+l.count()+"内（"+date(due)+" 前）", "reported on "+d+"; due within "+l.countEn()+" after "+a+" (by "+date(due)+")"
	case Retention:
		bad = done.Before(due)
		zh, en = "保存至 "+d+"，应保存至 "+date(due)+" 以后", "kept until "+d+"; must be kept until at least "+date(due)
	case PeriodEnd:
		bad = done.After(due) || done.Before(civil(at))
		zh, en = "于 "+d+" 报送，"+a+" 的事项应于 "+date(due)+"（"+l.count()+"期末）前报送", "reported on "+d+"; "+a+" falls in a period that ends on "+date(due)
	}
	if !bad {
		return nil, nil
	}
	return []skillcert.Finding{{Severity: skillcert.SeverityError, Rule: l.ID, Value: d, Message: l.Name + "：" + zh, English: l.English + ": " + en, Source: l.Source}}, nil
}

func date(t time.Time) string { return t.Format(time.DateOnly) }

// civil returns t's date at midnight UTC, so that dates compare and step by
// whole days whatever t's clock and location.
func civil(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func (l Limit) count() string {
	return strconv.Itoa(l.N) + [...]string{"", "个工作日", "天", "年", "个月"}[l.Unit]
}

func (l Limit) countEn() string {
	return strconv.Itoa(l.N) + [...]string{"", " working days", " days", " years", " months"}[l.Unit]
}
