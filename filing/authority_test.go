package filing

import (
	"errors"
	"strings"
	"testing"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/calendar"
)

// TestAuthorityLimits checks each authority limit at the document's own
// boundary, counted from Friday 27 September 2024: 29 September (a Sunday
// worked), 30 September, then 8 October after the National Day holiday.
func TestAuthorityLimits(t *testing.T) {
	const acceptance = "人社鉴发〔2019〕3号 一 2、二 2；人社职司便函〔2021〕57号 附件1 一（十）2"
	const branch = "中就培函〔2020〕54号 四；中就培函〔2021〕61号"
	checkBoundaries(t, AuthorityLimits, ByAuthority, []boundary{
		// 003 L2675, L2697, L1483–1485: 10 working days.
		{National, Recognition, "filing.authority.acceptance", "2024-09-27", "2024-10-16", "2024-10-16", "2024-10-17", acceptance},
		{Henan, Recognition, "filing.authority.acceptance", "2024-09-27", "2024-10-16", "2024-10-16", "2024-10-17", acceptance},
		// 004 L25: Anhui's own, same count.
		{Anhui, Recognition, "filing.authority.acceptance", "2024-09-27", "2024-10-16", "2024-10-16", "2024-10-17", "皖人社秘〔2020〕65号 三（一）"},
		// 003 L2431, L2463: 15 working days.
		{National, Recognition, "filing.authority.branch-evaluation", "2024-09-27", "2024-10-23", "2024-10-23", "2024-10-24", branch},
		{Chongqing, Recognition, "filing.authority.branch-evaluation", "2024-09-27", "2024-10-23", "2024-10-23", "2024-10-24", branch},
		// 003 L3249, L3810, L3738: 5 working days.
		{Henan, Recognition, "filing.authority.filing", "2024-09-27", "2024-10-10", "2024-10-10", "2024-10-11", "豫人社办〔2020〕19号 四（二）"},
		{Henan, Appraisal, "filing.authority.filing", "2024-09-27", "2024-10-10", "2024-10-10", "2024-10-11", "豫人社规〔2020〕1号 第九条"},
		{Henan, SchoolRecognition, "filing.authority.school-review", "2024-09-27", "2024-10-10", "2024-10-10", "2024-10-11", "豫人社办函〔2021〕155号 三（二）"},
		// 004 L26: publicity of at least 5 working days, the first day counted: 27, 29, 30 Sep, 8, 9 Oct.
		{Anhui, Recognition, "filing.authority.publicity", "2024-09-27", "2024-10-09", "2024-10-09", "2024-10-08", "皖人社秘〔2020〕65号 三（二）"},
	})
	for _, p := range Profiles() {
		for _, a := range Activities() {
			seen := map[string]bool{}
			for _, l := range AuthorityLimits(p, a) {
				if seen[l.ID] || l.Party != ByAuthority || l.Activity != a {
					t.Errorf("%s/%s: %+v", p, a, l)
				}
				seen[l.ID] = true
				if _, ok := authoritySteps[l.ID]; !ok {
					t.Errorf("%s has no start and end events", l.ID)
				}
			}
		}
	}
	if n := len(AuthorityLimits(0, Recognition)) + len(AuthorityLimits(Henan, 0)); n != 0 {
		t.Errorf("unknown profile or activity: %d limits", n)
	}
}

func TestAuthorityDeadlines(t *testing.T) {
	cal := calendar.Default()
	ev := func(k EventKind, d string) Event { return Event{Kind: k, Date: day(d)} }
	// Henan: received Friday 27 September 2024, notice due 16 October;
	// accepted 9 October, filing due 5 working days later: 10, 11, 12
	// (a Saturday worked), 14, 15 October.
	events := []Event{
		ev(Received, "2024-09-27"), ev(Accepted, "2024-10-09"), ev(AcceptanceNotice, "2024-10-09"),
		ev(Assessed, "2024-10-09"), // a conduct event: ignored here
	}
	for _, tc := range []struct {
		asOf   string
		extra  []Event
		rules  string // the findings' rules
		detail string
	}{
		{"2024-10-15", nil, "", "notice in time, filing not yet due"},
		{"2024-10-16", nil, "filing.authority.filing", "filing still open after its last day"},
		{"2024-10-17", []Event{ev(Filed, "2024-10-15")}, "", "filed on the last day"},
		{"2024-10-18", []Event{ev(Filed, "2024-10-16")}, "filing.authority.filing", "filed a day late"},
		{"2024-10-15", []Event{ev(Filed, "2024-10-16")}, "", "the filing after asOf is not yet known"},
		{"2024-10-24", []Event{ev(Filed, "2024-10-15"), ev(BranchReceived, "2024-09-27")}, "filing.authority.branch-evaluation", "a pilot branch not evaluated in 15 working days"},
	} {
		ds, fs, err := AuthorityDeadlines(Henan, Recognition, cal, append(append([]Event(nil), events...), tc.extra...), day(tc.asOf))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range fs {
			got = append(got, f.Rule)
			if f.Source == "" || f.Message == "" || f.English == "" || f.Severity != skillcert.SeverityError {
				t.Errorf("%s: %+v", tc.detail, f)
			}
		}
		if strings.Join(got, " ") != tc.rules {
			t.Errorf("%s: findings %v, want %q", tc.detail, fs, tc.rules)
		}
		if len(ds) < 2 || ds[0].Limit.ID != "filing.authority.filing" || !ds[0].Due.Equal(day("2024-10-15")) ||
			ds[1].Limit.ID != "filing.authority.acceptance" || !ds[1].Due.Equal(day("2024-10-16")) || !ds[1].Done.Equal(day("2024-10-09")) {
			t.Errorf("%s: deadlines %+v", tc.detail, ds)
		}
	}
	// Anhui's publicity: a period, not a deadline; open periods are not overdue.
	_, fs, err := AuthorityDeadlines(Anhui, Recognition, cal, []Event{ev(PublicityStart, "2024-09-27"), ev(PublicityEnd, "2024-10-08")}, day("2024-12-01"))
	if err != nil || len(fs) != 1 || fs[0].Rule != "filing.authority.publicity" {
		t.Errorf("publicity ended after 4 working days: %v %v", fs, err)
	}
	_, fs, err = AuthorityDeadlines(Anhui, Recognition, cal, []Event{ev(PublicityStart, "2024-09-27")}, day("2024-12-01"))
	if err != nil || len(fs) != 0 {
		t.Errorf("publicity still running: %v %v", fs, err)
	}
	// Misuse.
	for name, call := range map[string]func() error{
		"nil calendar": func() error {
			_, _, err := AuthorityDeadlines(Henan, Recognition, nil, events, day("2024-10-17"))
			return err
		},
		"zero asOf": func() error {
			_, _, err := AuthorityDeadlines(Henan, Recognition, cal, events, day("0001-01-01"))
			return err
		},
		"bad profile": func() error {
			_, _, err := AuthorityDeadlines(Profile(9), Recognition, cal, events, day("2024-10-17"))
			return err
		},
		"bad activity": func() error { _, _, err := AuthorityDeadlines(Henan, 0, cal, events, day("2024-10-17")); return err },
		"bad kind": func() error {
			_, _, err := AuthorityDeadlines(Henan, Recognition, cal, []Event{{Kind: 99, Date: day("2024-10-01")}}, day("2024-10-17"))
			return err
		},
		"zero date": func() error {
			_, _, err := AuthorityDeadlines(Henan, Recognition, cal, []Event{{Kind: Received}}, day("2024-10-17"))
			return err
		},
	} {
		if err := call(); !errors.Is(err, skillcert.ErrArgument) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, _, err := AuthorityDeadlines(Henan, Recognition, cal, []Event{ev(Received, "2030-01-02")}, day("2030-02-01")); !errors.Is(err, calendar.ErrUnknownYear) {
		t.Errorf("a year the calendar does not know: %v", err)
	}
}

// TestEveryLimitEveryDay checks, for every limit of every profile and
// activity and every third start day of 2024 (every weekday in turn), that the due day itself
// passes Check and the day beyond it fails.
func TestEveryLimitEveryDay(t *testing.T) {
	cal := calendar.Default()
	var all []Limit
	for _, p := range Profiles() {
		for _, a := range Activities() {
			all = append(all, LimitsFor(p, a)...)
			all = append(all, AuthorityLimits(p, a)...)
		}
	}
	for _, l := range all {
		beyond := 1
		if l.Kind == MinPeriod || l.Kind == Retention {
			beyond = -1
		}
		for at := day("2024-01-01"); at.Year() < 2025; at = at.AddDate(0, 0, 3) {
			due, err := l.Due(cal, at)
			if err != nil {
				t.Fatal(err)
			}
			good, err1 := l.Check(cal, at, due)
			bad, err2 := l.Check(cal, at, due.AddDate(0, 0, beyond))
			if err1 != nil || err2 != nil || len(good) != 0 || len(bad) != 1 {
				t.Fatalf("%s (%s) from %s: due %s: %v %v / %v %v", l.ID, l.Source, date(at), date(due), good, err1, bad, err2)
			}
		}
	}
}
