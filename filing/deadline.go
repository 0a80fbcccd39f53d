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
)

// Unit is how a limit counts.
type Unit uint8

// The units. "N个工作日" counts working days on the statutory calendar of
// package calendar; a plain "N天" counts calendar days, since the documents
// do not say otherwise.
const (
	WorkingDays Unit = iota + 1
	Days
	Years
)

// Limit is one time limit that applies to an evaluation institution.
type Limit struct {
	ID      string // stable identifier, such as "plan.lead-time"; the Rule of its findings
	Name    string // in Chinese, as the document words it
	English string
	Kind    Kind
	N       int
	Unit    Unit
	Source  string // the document and article, such as "渝人社发〔2020〕42号 四（一）"
}

// limits are the time limits that bind an institution, by profile. Guangdong's template gives result publicity as "3天或以上" in its
// process (002 L1089) and as ≥5 working days in its rules (002 L125, RULES.md
// G26); the process figure is the one for results, and both are listed.
var limits = map[Profile][]Limit{
	Chongqing: {
		{"plan.lead-time", "提前10个工作日向人力社保部门报备认定计划", "file the assessment plan 10 working days ahead", LeadTime, 10, WorkingDays, "渝人社发〔2020〕42号 四（一）"}, // 000 L55
		{"results.publicity", "认定结果公示期不少于5个工作日", "publish results for at least 5 working days", MinPeriod, 5, WorkingDays, "渝人社发〔2020〕42号 四（三）"},       // 000 L59
		{"records.paper", "纸质材料保管不少于3年", "keep paper records at least 3 years", Retention, 3, Years, "渝人社发〔2020〕42号 五（二）"},                             // 000 L67
		{"records.electronic", "电子材料保管不少于5年", "keep electronic records at least 5 years", Retention, 5, Years, "渝人社发〔2020〕42号 五（二）"},                   // 000 L67
	},
	Henan: {
		{"plan.lead-time", "提前10个工作日将认定计划报所备案的鉴定中心", "file the assessment plan 10 working days ahead", LeadTime, 10, WorkingDays, "豫人社办〔2020〕19号 四（三）；豫人社办函〔2020〕51号 四（一）"},              // 003 L3251, L3542
		{"results.report", "认定工作结束后10个工作日内报送认定结果", "report results within 10 working days after the assessment ends", Within, 10, WorkingDays, "豫人社办〔2020〕19号 四（五）；豫人社办函〔2020〕51号 四（三）"}, // 003 L3255, L3548
	},
	Anhui: {
		{"plan.lead-time", "提前10个工作日将认定计划报属地市鉴定中心", "file the assessment plan 10 working days ahead", LeadTime, 10, WorkingDays, "皖人社秘〔2020〕65号 五（一）"},              // 004 L35
		{"results.publicity", "认定结果公示期不少于7天", "publish results for at least 7 days", MinPeriod, 7, Days, "皖人社秘〔2020〕65号 五（三）"},                                      // 004 L37
		{"results.report", "经公示无异议的，10个工作日内报相应鉴定中心备案", "report results within 10 working days after publicity ends", Within, 10, WorkingDays, "皖人社秘〔2020〕65号 五（三）"}, // 004 L37
	},
	Guangdong: {
		{"results.publicity", "认定结果在企业内部公示3天或以上", "publish results inside the enterprise for at least 3 days", MinPeriod, 3, Days, "《广东省企业职业技能等级认定工作方案》（2021年版模板） 附件7 九"},     // 002 L1089
		{"publicity.rules", "公示期不少于5个工作日", "publicity lasts at least 5 working days (the template's rules)", MinPeriod, 5, WorkingDays, "《广东省企业职业技能等级认定工作方案》（2021年版模板） 一（五）"}, // 002 L125
	},
	Liaoning: {
		{"records.paper", "纸质材料保管不少于3年", "keep paper records at least 3 years", Retention, 3, Years, "辽宁省人力资源和社会保障厅《关于在全省企业开展职业技能等级认定工作的通知》 四（四）"},           // 001 L97
		{"records.electronic", "电子材料保管不少于5年", "keep electronic records at least 5 years", Retention, 5, Years, "辽宁省人力资源和社会保障厅《关于在全省企业开展职业技能等级认定工作的通知》 四（四）"}, // 001 L97
	},
}

// Limits returns the time limits that bind an institution under profile p.
// The national documents set none for the institution itself. The slice is a
// fresh copy.
func Limits(p Profile) []Limit { return append([]Limit(nil), limits[p]...) }

// Due returns the boundary date the limit sets, counted from at:
//
//   - LeadTime: the last day to act before the event on at;
//   - MinPeriod: the first day a period starting on at may end (at counts);
//   - Within: the last day to act after the event that ended on at;
//   - Retention: the first day a record made on at may be destroyed.
//
// Working days come from cal (calendar.Default() for the State Council's);
// a date in a year cal does not know is an error, and so is a nil cal or a
// Limit whose Kind or Unit is not one of the constants.
func (l Limit) Due(cal calendar.Calendar, at time.Time) (time.Time, error) {
	if cal == nil {
		return time.Time{}, &skillcert.Error{Pkg: "filing", What: "calendar", Input: "nil", Kind: skillcert.ErrArgument, Want: "a calendar, such as calendar.Default()"}
	}
	if l.Unit < WorkingDays || l.Unit > Years || l.N < 0 {
		return time.Time{}, &skillcert.Error{Pkg: "filing", What: "time limit", Input: l.ID, Kind: skillcert.ErrArgument, Want: "a Unit of the constants and N ≥ 0"}
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
//     destroyed.
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
	return strconv.Itoa(l.N) + [...]string{"", "个工作日", "天", "年"}[l.Unit]
}

func (l Limit) countEn() string {
	return strconv.Itoa(l.N) + [...]string{"", " working days", " days", " years"}[l.Unit]
}
