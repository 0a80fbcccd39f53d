package filing

import (
	"errors"
	"strings"
	"testing"

	"github.com/skillcert/skillcert"
)

func ev(k EventKind, d string) Event { return Event{Kind: k, Date: day(d)} }

// sanctionsOf runs Status and Sanctions and returns "rule@from" for each
// sanction and the rules of the findings.
func sanctionsOf(t *testing.T, p Profile, a Activity, events []Event, asOf string) (status, findings string) {
	t.Helper()
	ss, err := Status(p, a, events, day(asOf))
	if err != nil {
		t.Fatalf("%s/%s: %v", p, a, err)
	}
	var s []string
	for _, x := range ss {
		s = append(s, x.Rule+"@"+date(x.From))
	}
	fs, err := Sanctions(p, a, events, day(asOf))
	if err != nil {
		t.Fatal(err)
	}
	var f []string
	for _, x := range fs {
		f = append(f, x.Rule)
		if x.Source == "" || x.Message == "" || x.English == "" || x.Value == "" || !strings.HasPrefix(x.Field, "events[") {
			t.Errorf("finding %+v", x)
		}
	}
	return strings.Join(s, " "), strings.Join(f, " ")
}

// TestSanctionsIdle checks the one-year rules of 人社职司便函〔2021〕57号
// 附件2 第十三条（三） and 第十四条（七） at their boundary: an assessment on
// 1 March 2025 and the next on 1 March 2026 leave 364 idle days between
// them; none until 2 March leaves 365, a full year.
func TestSanctionsIdle(t *testing.T) {
	base := []Event{ev(Filed, "2024-06-01"), ev(Assessed, "2025-03-01")}
	with := func(es ...Event) []Event { return append(append([]Event(nil), base...), es...) }
	for _, tc := range []struct {
		name   string
		events []Event
		asOf   string
		want   string
	}{
		{"364 idle days so far", base, "2026-03-01", ""},
		{"365 idle days", base, "2026-03-02", "filing.sanction.idle-warning@2026-03-02 filing.sanction.idle-termination@2026-03-02"},
		{"assessed on the anniversary", with(ev(Assessed, "2026-03-01")), "2026-06-01", ""},
		{"assessed a day after it", with(ev(Assessed, "2026-03-02")), "2026-06-01", "filing.sanction.idle-warning@2026-03-02 filing.sanction.idle-termination@2026-03-02"},
		{"a later assessment does not undo the year", with(ev(Assessed, "2026-05-01")), "2026-06-01", "filing.sanction.idle-warning@2026-03-02 filing.sanction.idle-termination@2026-03-02"},
		{"an assessment after asOf is not yet known", with(ev(Assessed, "2026-03-03")), "2026-03-02", "filing.sanction.idle-warning@2026-03-02 filing.sanction.idle-termination@2026-03-02"},
		// The year counts from the filing when nothing was assessed (1 June 2024 → 1 June 2025).
		{"nothing since the filing", []Event{ev(Filed, "2024-06-01")}, "2025-06-02", "filing.sanction.idle-warning@2025-06-02 filing.sanction.idle-termination@2025-06-02"},
		{"a year from the filing, not yet", []Event{ev(Filed, "2024-06-01")}, "2025-06-01", ""},
		// A good reason restarts the warning's count at its end (31 May 2026 → 1 June 2027); the termination has no such exception.
		{"excused", with(Event{Kind: Excused, Date: day("2025-12-01"), Until: day("2026-05-31")}), "2027-06-01",
			"filing.sanction.idle-termination@2026-03-02 filing.sanction.idle-warning@2027-06-01"},
		{"excused, a day earlier", with(Event{Kind: Excused, Date: day("2025-12-01"), Until: day("2026-05-31")}), "2027-05-31",
			"filing.sanction.idle-termination@2026-03-02"},
	} {
		got, _ := sanctionsOf(t, Chongqing, Recognition, tc.events, tc.asOf)
		if got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
	ss, _ := Status(Henan, Recognition, base, day("2026-03-02"))
	if len(ss) != 2 || ss[0].Action != WarnAndSuspend || ss[1].Action != Terminate || !ss[0].Since.Equal(day("2025-03-01")) || ss[0].Event != 1 ||
		ss[0].Source != "人社职司便函〔2021〕57号 附件2 第十三条（三）" || ss[1].Source != "人社职司便函〔2021〕57号 附件2 第十四条（七）" {
		t.Errorf("%+v", ss)
	}
}

// TestSanctionsRepeat checks 第十三条 and 第十四条（六）: an offence after a
// warning terminates the filing; one on the warning's own day is the
// offence warned about.
func TestSanctionsRepeat(t *testing.T) {
	base := []Event{ev(Filed, "2024-06-01"), ev(Assessed, "2025-03-01"), ev(Violation, "2025-05-10"), ev(Warned, "2025-05-10")}
	for _, tc := range []struct {
		name          string
		extra         []Event
		asOf          string
		status, finds string
	}{
		{"warned for its offence", nil, "2026-02-01", "filing.sanction.violation-warning@2025-05-10", ""},
		{"a second offence the same day", []Event{ev(Violation, "2025-05-10")}, "2026-02-01", "filing.sanction.violation-warning@2025-05-10 filing.sanction.violation-warning@2025-05-10", ""},
		{"an offence the next day", []Event{ev(Violation, "2025-05-11")}, "2026-02-01",
			"filing.sanction.violation-warning@2025-05-10 filing.sanction.violation-warning@2025-05-11 filing.sanction.repeat-termination@2025-05-11",
			"filing.sanction.violation-warning filing.sanction.repeat-termination"},
		{"an idle year after the warning", []Event{ev(Assessed, "2025-06-01")}, "2026-06-02",
			"filing.sanction.violation-warning@2025-05-10 filing.sanction.idle-warning@2026-06-02 filing.sanction.idle-termination@2026-06-02 filing.sanction.repeat-termination@2026-06-02",
			"filing.sanction.idle-warning filing.sanction.idle-termination filing.sanction.repeat-termination"},
	} {
		status, finds := sanctionsOf(t, Liaoning, Recognition, append(append([]Event(nil), base...), tc.extra...), tc.asOf)
		if status != tc.status || finds != tc.finds {
			t.Errorf("%s: %q / %q, want %q / %q", tc.name, status, finds, tc.status, tc.finds)
		}
	}
	ss, _ := Status(Liaoning, Recognition, base, day("2025-06-01"))
	if len(ss) != 1 || !ss[0].Taken.Equal(day("2025-05-10")) {
		t.Errorf("the warning was given: %+v", ss)
	}
}

// TestSanctionsAppraisal checks 豫人社规〔2020〕1号 第三十一条 and 第三十五条（七）（八）
// for Henan's skill-appraisal institutions: 2 cases of article 34 pass, 3
// cancel; 2 idle years to the day pass, a day more cancels; 不合格 cancels.
func TestSanctionsAppraisal(t *testing.T) {
	filed := ev(Filed, "2024-06-01")
	busy := []Event{filed, ev(Assessed, "2025-03-01"), ev(Assessed, "2025-09-01"), ev(Assessed, "2026-03-01")}
	with := func(es ...Event) []Event { return append(append([]Event(nil), busy...), es...) }
	for _, tc := range []struct {
		name   string
		a      Activity
		events []Event
		asOf   string
		want   string
	}{
		{"2 cases", Appraisal, with(ev(Case34, "2025-03-01"), ev(Case34, "2025-09-01")), "2026-06-01", ""},
		{"3 cases", Appraisal, with(ev(Case34, "2025-03-01"), ev(Case34, "2025-09-01"), ev(Case34, "2026-03-01")), "2026-06-01", "filing.sanction.cases-cancellation@2026-03-01"},
		{"3 cases, not a 鉴定机构", Recognition, with(ev(Case34, "2025-03-01"), ev(Case34, "2025-09-01"), ev(Case34, "2026-03-01")), "2026-06-01", ""},
		{"不合格", Appraisal, with(Event{Kind: Rated, Date: day("2026-01-15"), Rating: RatingFail}), "2026-06-01", "filing.sanction.rating-cancellation@2026-01-15"},
		{"基本合格", Appraisal, with(Event{Kind: Rated, Date: day("2026-01-15"), Rating: RatingBasic}), "2026-06-01", "filing.sanction.rating-restriction@2026-01-15"},
		{"良好", Appraisal, with(Event{Kind: Rated, Date: day("2026-01-15"), Rating: RatingGood}), "2026-06-01", ""},
		// 1 March 2025 + 2 years = 1 March 2027.
		{"2 idle years to the day", Appraisal, []Event{filed, ev(Assessed, "2025-03-01")}, "2027-03-01",
			"filing.sanction.idle-warning@2026-03-02 filing.sanction.idle-termination@2026-03-02"},
		{"2 idle years and a day", Appraisal, []Event{filed, ev(Assessed, "2025-03-01")}, "2027-03-02",
			"filing.sanction.idle-warning@2026-03-02 filing.sanction.idle-termination@2026-03-02 filing.sanction.idle-cancellation@2027-03-02"},
	} {
		got, _ := sanctionsOf(t, Henan, tc.a, tc.events, tc.asOf)
		if got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
	fs, _ := Sanctions(Henan, Appraisal, with(Event{Kind: Rated, Date: day("2026-01-15"), Rating: RatingBasic}), day("2026-06-01"))
	if len(fs) != 1 || fs[0].Severity != skillcert.SeverityWarning || fs[0].Source != "豫人社规〔2020〕1号 第三十一条" || fs[0].Field != "events[4]" || fs[0].Value != "2026-01-15" {
		t.Errorf("%+v", fs)
	}
}

func TestSanctionRules(t *testing.T) {
	ids := func(p Profile, a Activity) string {
		var out []string
		for _, r := range SanctionRules(p, a) {
			out = append(out, r.ID)
			if r.Source == "" || r.Message == "" || r.English == "" || r.Severity == 0 {
				t.Errorf("%+v", r)
			}
		}
		return strings.Join(out, " ")
	}
	national := "filing.sanction.idle-warning filing.sanction.violation-warning filing.sanction.idle-termination filing.sanction.repeat-termination"
	if got := ids(National, Recognition); got != national {
		t.Errorf("national: %s", got)
	}
	if got := ids(Henan, Appraisal); got != national+" filing.sanction.cases-cancellation filing.sanction.idle-cancellation filing.sanction.rating-cancellation filing.sanction.rating-restriction" {
		t.Errorf("Henan 鉴定机构: %s", got)
	}
	if got := ids(Anhui, Appraisal); got != national {
		t.Errorf("Anhui 鉴定机构: %s", got)
	}
	if len(SanctionRules(0, Recognition))+len(SanctionRules(Henan, 9)) != 0 {
		t.Error("unknown profile or activity")
	}
}

func TestSanctionsMisuse(t *testing.T) {
	ok := []Event{ev(Filed, "2024-06-01")}
	for name, tc := range map[string]struct {
		p      Profile
		a      Activity
		events []Event
		asOf   string
	}{
		"no filing":          {Henan, Recognition, []Event{ev(Assessed, "2024-06-01")}, "2025-01-01"},
		"filed after asOf":   {Henan, Recognition, ok, "2024-05-31"},
		"zero asOf":          {Henan, Recognition, ok, "0001-01-01"},
		"bad profile":        {0, Recognition, ok, "2025-01-01"},
		"bad activity":       {Henan, 7, ok, "2025-01-01"},
		"bad kind":           {Henan, Recognition, append(ok, Event{Kind: 0, Date: day("2024-07-01")}), "2025-01-01"},
		"zero date":          {Henan, Recognition, append(ok, Event{Kind: Assessed}), "2025-01-01"},
		"excuse ends before": {Henan, Recognition, append(ok, Event{Kind: Excused, Date: day("2024-07-01"), Until: day("2024-06-30")}), "2025-01-01"},
		"rating missing":     {Henan, Appraisal, append(ok, Event{Kind: Rated, Date: day("2024-07-01")}), "2025-01-01"},
	} {
		if _, err := Status(tc.p, tc.a, tc.events, day(tc.asOf)); !errors.Is(err, skillcert.ErrArgument) {
			t.Errorf("%s: %v", name, err)
		}
		if _, err := Sanctions(tc.p, tc.a, tc.events, day(tc.asOf)); !errors.Is(err, skillcert.ErrArgument) {
			t.Errorf("%s: %v", name, err)
		}
	}
	events := []Event{ev(Assessed, "2025-03-01"), ev(Filed, "2024-06-01")}
	if _, err := Status(Henan, Recognition, events, day("2026-03-02")); err != nil || events[0].Kind != Assessed {
		t.Errorf("events out of order are sorted on a copy: %v %v", err, events)
	}
}
