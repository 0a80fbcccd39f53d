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
		{Chongqing, "filing.limit.plan.lead-time", "2024-10-15", "2024-09-26", "2024-09-26", "2024-09-27", "渝人社发〔2020〕42号 四（一）"},
		// 000 L59: 5 working days from Tuesday 15 October.
		{Chongqing, "filing.limit.results.publicity", "2024-10-15", "2024-10-21", "2024-10-21", "2024-10-18", "渝人社发〔2020〕42号 四（三）"},
		// 004 L37: 7 calendar days; then 10 working days to report.
		{Anhui, "filing.limit.results.publicity", "2024-09-30", "2024-10-06", "2024-10-06", "2024-10-05", "皖人社秘〔2020〕65号 五（三）"},
		{Anhui, "filing.limit.results.report", "2024-09-30", "2024-10-18", "2024-10-18", "2024-10-21", "皖人社秘〔2020〕65号 五（三）"},
		{Henan, "filing.limit.results.report", "2024-09-30", "2024-10-18", "2024-09-30", "2024-09-29", "豫人社办〔2020〕19号 四（五）；豫人社办函〔2020〕51号 五（三）"},
		{Henan, "filing.limit.plan.lead-time", "2024-10-15", "2024-09-26", "2024-09-01", "2024-10-14", "豫人社办〔2020〕19号 四（三）；豫人社办函〔2020〕51号 五（一）"},
		{Anhui, "filing.limit.plan.lead-time", "2024-10-15", "2024-09-26", "2024-09-26", "2024-10-08", "皖人社秘〔2020〕65号 五（一）"},
		// 002 L1089: 3 days inside the enterprise.
		{Guangdong, "filing.limit.results.publicity", "2024-10-01", "2024-10-03", "2024-10-03", "2024-10-02", "《广东省企业职业技能等级认定工作方案》（2021年版模板） 附件7 九"},
		{Guangdong, "filing.limit.publicity.rules", "2024-10-01", "2024-10-12", "2024-10-12", "2024-10-11", "《广东省企业职业技能等级认定工作方案》（2021年版模板） 一（五）"},
		// 000 L67, 001 L97: 3 and 5 years.
		{Chongqing, "filing.limit.records.paper", "2024-02-29", "2027-03-01", "2027-03-01", "2027-02-28", "渝人社发〔2020〕42号 五（二）"},
		{Liaoning, "filing.limit.records.electronic", "2024-06-01", "2029-06-01", "2030-01-01", "2029-05-31", liaoning + " 四（四）4"},
		{Liaoning, "filing.limit.records.paper", "2024-06-01", "2027-06-01", "2027-06-01", "2027-05-31", liaoning + " 四（四）4"},
		{Chongqing, "filing.limit.records.electronic", "2024-06-01", "2029-06-01", "2029-06-01", "2029-05-31", "渝人社发〔2020〕42号 五（二）"},
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
	if _, err := find(Chongqing, "filing.limit.plan.lead-time").Check(cal, day("2028-03-01"), day("2028-01-01")); !errors.Is(err, calendar.ErrUnknownYear) {
		t.Errorf("a limit in an unknown year: %v", err)
	}
	l := find(Chongqing, "filing.limit.plan.lead-time")
	if _, err := l.Due(nil, day("2024-10-15")); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("a nil calendar: %v", err)
	}
	for _, bad := range []Limit{{ID: "x"}, {ID: "x", Kind: 9, Unit: Days}, {ID: "x", Kind: LeadTime, Unit: 9}} {
		if _, err := bad.Check(calendar.Default(), day("2024-10-15"), day("2024-10-15")); !errors.Is(err, skillcert.ErrArgument) {
			t.Errorf("%+v: %v", bad, err)
		}
	}
}

// boundary is one limit checked at the document's own boundary: due is the
// last good day (the first, for MinPeriod and Retention), bad the first
// wrong one next to it.
type boundary struct {
	p         Profile
	a         Activity
	id        string
	at, due   string
	good, bad string
	source    string
}

func checkBoundaries(t *testing.T, list func(Profile, Activity) []Limit, party Party, cases []boundary) {
	t.Helper()
	cal := calendar.Default()
	for _, tc := range cases {
		var l Limit
		n := 0
		for _, x := range list(tc.p, tc.a) {
			if x.ID == tc.id {
				l, n = x, n+1
			}
		}
		if n != 1 {
			t.Errorf("%s/%s: %d limits %s, want 1", tc.p, tc.a, n, tc.id)
			continue
		}
		if l.Party != party && !(party == ByInstitution && l.Party == BySupervisor) {
			t.Errorf("%s/%s %s: party %s", tc.p, tc.a, tc.id, l.Party)
		}
		due, err := l.Due(cal, day(tc.at))
		if err != nil || !due.Equal(day(tc.due)) || l.Source != tc.source {
			t.Errorf("%s/%s %s from %s: due %s, %v, source %s; want %s, %s", tc.p, tc.a, tc.id, tc.at, date(due), err, l.Source, tc.due, tc.source)
		}
		if fs, err := l.Check(cal, day(tc.at), day(tc.good)); err != nil || len(fs) != 0 {
			t.Errorf("%s/%s %s: %s is fine, got %v %v", tc.p, tc.a, tc.id, tc.good, fs, err)
		}
		fs, err := l.Check(cal, day(tc.at), day(tc.bad))
		if err != nil || len(fs) != 1 || fs[0].Rule != tc.id || fs[0].Severity != skillcert.SeverityError || fs[0].Source != tc.source ||
			fs[0].Message == "" || fs[0].English == "" {
			t.Errorf("%s/%s %s: %s breaks it, got %v %v", tc.p, tc.a, tc.id, tc.bad, fs, err)
		}
	}
}

// TestLimitsFor checks the limits of each activity at the document's own
// boundary, around National Day 2024 (1–7 October off, Sunday 29 September
// and Saturday 12 October worked).
func TestLimitsFor(t *testing.T) {
	checkBoundaries(t, LimitsFor, ByInstitution, []boundary{
		// 003 L3253, L3546: 5 working days after Friday 27 September: 29 Sep, 30 Sep, 8, 9, 10 Oct.
		{Henan, Recognition, "filing.limit.supervision.report", "2024-09-27", "2024-10-10", "2024-10-10", "2024-10-11", "豫人社办〔2020〕19号 四（四）；豫人社办函〔2020〕51号 五（二）"},
		// 003 L3846: 3 working days for 鉴定机构: 29 Sep, 30 Sep, 8 Oct.
		{Henan, Appraisal, "filing.limit.supervision.report", "2024-09-27", "2024-10-08", "2024-10-08", "2024-10-09", "豫人社规〔2020〕1号 第十九条"},
		// 003 L4856, L4858: 专项, 5 and 10 working days.
		{Henan, SpecialAbility, "filing.limit.supervision.report", "2024-09-27", "2024-10-10", "2024-10-10", "2024-10-11", "豫人社办函〔2020〕41号 三（二）"},
		{Henan, SpecialAbility, "filing.limit.results.report", "2024-09-30", "2024-10-18", "2024-10-18", "2024-10-21", "豫人社办函〔2020〕41号 三（三）"},
		// 003 L3431: technical schools, read as 10 working days ahead.
		{Henan, SchoolRecognition, "filing.limit.plan.lead-time", "2024-10-15", "2024-09-26", "2024-09-26", "2024-09-27", "豫人社办函〔2020〕35号 八"},
		// 003 L3820, L3856, L3858: years from the day the record was made (29 February + 1 year = 1 March).
		{Henan, Appraisal, "filing.limit.records.video", "2024-02-29", "2025-03-01", "2025-03-01", "2025-02-28", "豫人社规〔2020〕1号 第十二条"},
		{Henan, Appraisal, "filing.limit.records.answers", "2024-06-01", "2027-06-01", "2027-06-01", "2027-05-31", "豫人社规〔2020〕1号 第二十二条"},
		{Henan, Appraisal, "filing.limit.records.scoring", "2024-06-01", "2027-06-01", "2027-06-01", "2027-05-31", "豫人社规〔2020〕1号 第二十三条"},
		{Henan, Appraisal, "filing.limit.records.workpieces", "2024-10-01", "2025-10-01", "2025-10-01", "2025-09-30", "豫人社规〔2020〕1号 第二十三条"},
		// 001 L95: by the end of the month of the results.
		{Liaoning, Recognition, "filing.limit.results.summary", "2024-09-05", "2024-09-30", "2024-09-30", "2024-10-01", liaoning + " 四（四）3"},
		{Liaoning, Recognition, "filing.limit.results.summary", "2024-02-10", "2024-02-29", "2024-02-10", "2024-03-01", liaoning + " 四（四）3"},
	})
	for _, p := range Profiles() {
		for _, a := range Activities() {
			for _, l := range LimitsFor(p, a) {
				if l.Activity != a || l.Party == ByAuthority || l.ID == "" || l.Name == "" || l.English == "" || l.Source == "" {
					t.Errorf("%s/%s: %+v", p, a, l)
				}
			}
		}
	}
	if n := len(LimitsFor(Chongqing, SchoolRecognition)) + len(LimitsFor(Henan, 0)) + len(LimitsFor(Henan, 9)); n != 0 {
		t.Errorf("activities a profile's documents do not cover: %d limits", n)
	}
	if got := len(LimitsFor(Henan, Appraisal)); got != 5 {
		t.Errorf("Henan 鉴定机构: %d limits, want the supervisor report and 4 retention periods", got)
	}
}

// TestPeriodEnd checks the end-of-period kind on its own: months, quarters,
// and the last working day when a document asks for one.
func TestPeriodEnd(t *testing.T) {
	cal := calendar.Default()
	for _, tc := range []struct {
		n       int
		working bool
		at, due string
	}{
		{1, false, "2023-09-12", "2023-09-30"},
		{1, true, "2023-09-12", "2023-09-28"}, // 29 September 2023 (Friday) starts the holiday, 30th a Saturday
		{1, true, "2025-05-02", "2025-05-30"}, // 31 May 2025 is 端午节 (a Saturday)
		{1, true, "2024-09-02", "2024-09-30"}, // a Monday, worked
		{3, false, "2024-08-15", "2024-09-30"},
		{3, true, "2023-07-01", "2023-09-28"},
		{12, false, "2024-01-01", "2024-12-31"},
		{1, false, "2024-12-31", "2024-12-31"},
	} {
		l := Limit{ID: "x", Kind: PeriodEnd, N: tc.n, Unit: Months, LastWorkingDay: tc.working}
		due, err := l.Due(cal, day(tc.at))
		if err != nil || !due.Equal(day(tc.due)) {
			t.Errorf("%d months, working %v, from %s: %s %v; want %s", tc.n, tc.working, tc.at, date(due), err, tc.due)
		}
	}
	for _, bad := range []Limit{
		{ID: "x", Kind: PeriodEnd, N: 1, Unit: Days},
		{ID: "x", Kind: Within, N: 1, Unit: Months},
		{ID: "x", Kind: PeriodEnd, N: 5, Unit: Months},
		{ID: "x", Kind: PeriodEnd, N: 0, Unit: Months},
	} {
		if _, err := bad.Due(cal, day("2024-10-15")); !errors.Is(err, skillcert.ErrArgument) {
			t.Errorf("%+v: %v", bad, err)
		}
	}
	l := Limit{ID: "x", Kind: PeriodEnd, N: 1, Unit: Months, LastWorkingDay: true}
	if _, err := l.Due(cal, day("2028-03-01")); !errors.Is(err, calendar.ErrUnknownYear) {
		t.Errorf("a working-day period end in an unknown year: %v", err)
	}
	if fs, _ := l.Check(cal, day("2024-09-10"), day("2024-09-09")); len(fs) != 1 {
		t.Errorf("a report before the event it covers: %v", fs)
	}
}

func TestLimitEnumStrings(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{ByInstitution.String(), "institution"}, {BySupervisor.String(), "supervisor"}, {ByAuthority.String(), "authority"}, {Party(9).String(), "Party(9)"},
		{Recognition.String(), "recognition"}, {SchoolRecognition.String(), "school"}, {Appraisal.String(), "appraisal"}, {SpecialAbility.String(), "special"},
		{Activity(0).String(), "Activity(0)"}, {Activity(9).String(), "Activity(9)"},
		{Received.String(), "received"}, {Rated.String(), "rated"}, {EventKind(0).String(), "EventKind(0)"}, {EventKind(99).String(), "EventKind(99)"},
		{RatingExcellent.String(), "优秀"}, {RatingFail.String(), "不合格"}, {Rating(0).String(), "Rating(0)"},
		{WarnAndSuspend.String(), "warn-and-suspend"}, {Cancel.String(), "cancel"}, {Action(9).String(), "Action(9)"},
		{Terminate.Chinese(), "终止备案"}, {Action(0).Chinese(), "Action(0)"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}
