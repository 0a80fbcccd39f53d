package filing

import (
	"errors"
	"testing"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/calendar"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestLimits(t *testing.T) {
	cal := calendar.Default()
	find := func(p Profile, id string) Limit {
		for _, l := range Limits(p) {
			if l.ID == id {
				return l
			}
		}
		t.Fatalf("%s has no limit %s", p, id)
		return Limit{}
	}
	for _, tc := range []struct {
		p         Profile
		id        string
		at, due   string
		good, bad string
		source    string
	}{
		// 000 L55: 10 working days before 15 October 2024, back over National Day.
		{Chongqing, "plan.lead-time", "2024-10-15", "2024-09-26", "2024-09-26", "2024-09-27", "渝人社发〔2020〕42号 四（一）"},
		// 000 L59: 5 working days from Tuesday 15 October.
		{Chongqing, "results.publicity", "2024-10-15", "2024-10-21", "2024-10-21", "2024-10-18", "渝人社发〔2020〕42号 四（三）"},
		// 004 L37: 7 calendar days; then 10 working days to report.
		{Anhui, "results.publicity", "2024-09-30", "2024-10-06", "2024-10-06", "2024-10-05", "皖人社秘〔2020〕65号 五（三）"},
		{Anhui, "results.report", "2024-09-30", "2024-10-18", "2024-10-18", "2024-10-21", "皖人社秘〔2020〕65号 五（三）"},
		{Henan, "results.report", "2024-09-30", "2024-10-18", "2024-09-30", "2024-09-29", "豫人社办〔2020〕19号 四（五）；豫人社办函〔2020〕51号 四（三）"},
		{Henan, "plan.lead-time", "2024-10-15", "2024-09-26", "2024-09-01", "2024-10-14", "豫人社办〔2020〕19号 四（三）；豫人社办函〔2020〕51号 四（一）"},
		{Anhui, "plan.lead-time", "2024-10-15", "2024-09-26", "2024-09-26", "2024-10-08", "皖人社秘〔2020〕65号 五（一）"},
		// 002 L1089: 3 days inside the enterprise.
		{Guangdong, "results.publicity", "2024-10-01", "2024-10-03", "2024-10-03", "2024-10-02", "《广东省企业职业技能等级认定工作方案》（2021年版模板） 附件7 九"},
		{Guangdong, "publicity.rules", "2024-10-01", "2024-10-12", "2024-10-12", "2024-10-11", "《广东省企业职业技能等级认定工作方案》（2021年版模板） 一（五）"},
		// 000 L67, 001 L97: 3 and 5 years.
		{Chongqing, "records.paper", "2024-02-29", "2027-03-01", "2027-03-01", "2027-02-28", "渝人社发〔2020〕42号 五（二）"},
		{Liaoning, "records.electronic", "2024-06-01", "2029-06-01", "2030-01-01", "2029-05-31", "辽宁省人力资源和社会保障厅《关于在全省企业开展职业技能等级认定工作的通知》 四（四）"},
	} {
		l := find(tc.p, tc.id)
		due, err := l.Due(cal, day(tc.at))
		if err != nil || !due.Equal(day(tc.due)) || l.Source != tc.source {
			t.Errorf("%s %s from %s: due %s, %v, source %s; want %s, %s", tc.p, tc.id, tc.at, date(due), err, l.Source, tc.due, tc.source)
		}
		if fs, err := l.Check(cal, day(tc.at), day(tc.good)); err != nil || len(fs) != 0 {
			t.Errorf("%s %s: %s is fine, got %v %v", tc.p, tc.id, tc.good, fs, err)
		}
		fs, err := l.Check(cal, day(tc.at), day(tc.bad))
		if err != nil || len(fs) != 1 || fs[0].Rule != tc.id || fs[0].Severity != skillcert.SeverityError || fs[0].Source != tc.source {
			t.Errorf("%s %s: %s breaks it, got %v %v", tc.p, tc.id, tc.bad, fs, err)
		}
	}
	if len(Limits(National)) != 0 {
		t.Error("the national documents set no institution time limit")
	}
	if _, err := find(Chongqing, "plan.lead-time").Check(cal, day("2028-03-01"), day("2028-01-01")); !errors.Is(err, calendar.ErrUnknownYear) {
		t.Errorf("a limit in an unknown year: %v", err)
	}
	l := find(Chongqing, "plan.lead-time")
	if _, err := l.Due(nil, day("2024-10-15")); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("a nil calendar: %v", err)
	}
	for _, bad := range []Limit{{ID: "x"}, {ID: "x", Kind: 9, Unit: Days}, {ID: "x", Kind: LeadTime, Unit: 9}} {
		if _, err := bad.Check(calendar.Default(), day("2024-10-15"), day("2024-10-15")); !errors.Is(err, skillcert.ErrArgument) {
			t.Errorf("%+v: %v", bad, err)
		}
	}
}
