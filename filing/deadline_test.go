package filing

import (
	"errors"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestStatutoryCalendar(t *testing.T) {
	cal := DefaultCalendar()
	// 2024 National Day: 1–7 October off; Sunday 29 September and Saturday
	// 12 October worked (the State Council notice, through HolidayUtil).
	for s, want := range map[string]bool{
		"2024-09-28": false, "2024-09-29": true, "2024-09-30": true, "2024-10-01": false, "2024-10-07": false,
		"2024-10-08": true, "2024-10-12": true, "2024-10-13": false, "2026-02-16": false, "2026-02-14": true,
	} {
		got, err := cal.WorkingDay(day(s))
		if err != nil || got != want {
			t.Errorf("%s: %v, %v; want %v", s, got, err, want)
		}
	}
	if _, err := cal.WorkingDay(day("2027-01-04")); !errors.Is(err, ErrUnknownYear) {
		t.Errorf("2027 is not known yet: %v", err)
	}
	// A caller adds the year before the library knows it (D17).
	err := cal.AddYear(Year{Year: 2027, Holidays: []time.Time{day("2027-01-01")}, Workdays: []time.Time{day("2027-01-09")}})
	if err != nil {
		t.Fatal(err)
	}
	for s, want := range map[string]bool{"2027-01-01": false, "2027-01-04": true, "2027-01-09": true, "2027-01-10": false} {
		if got, err := cal.WorkingDay(day(s)); err != nil || got != want {
			t.Errorf("added year, %s: %v, %v", s, got, err)
		}
	}
	for _, bad := range []Year{
		{Year: 2028, Holidays: []time.Time{day("2027-05-03")}},
		{Year: 2028, Holidays: []time.Time{day("2028-01-01")}}, // a Saturday
		{Year: 2028, Workdays: []time.Time{day("2028-01-03")}}, // a Monday
		{Year: 2028, Workdays: []time.Time{day("2029-01-06")}},
	} {
		if cal.AddYear(bad) == nil {
			t.Errorf("AddYear(%+v) accepted", bad)
		}
	}
}

func TestWorkingDayArithmetic(t *testing.T) {
	cal := DefaultCalendar()
	got, err := AddWorkingDays(cal, day("2024-09-30"), 1)
	if err != nil || !got.Equal(day("2024-10-08")) {
		t.Errorf("the working day after 30 September 2024: %v %v", got, err)
	}
	got, err = AddWorkingDays(cal, time.Date(2024, 10, 8, 23, 59, 0, 0, time.FixedZone("CST", 8*3600)), -1)
	if err != nil || !got.Equal(day("2024-09-30")) {
		t.Errorf("the working day before 8 October 2024: %v %v", got, err)
	}
	if n, err := WorkingDaysIn(cal, day("2024-09-28"), day("2024-10-13")); err != nil || n != 7 {
		t.Errorf("working days 28 Sep–13 Oct 2024: %d %v, want 7", n, err) // 29 (a Sunday worked), 30, 8–12 (12 a Saturday worked)
	}
	if n, _ := WorkingDaysIn(cal, day("2024-10-13"), day("2024-10-12")); n != 0 {
		t.Errorf("an empty span counts %d", n)
	}
	if _, err := AddWorkingDays(cal, day("2026-12-30"), 5); !errors.Is(err, ErrUnknownYear) {
		t.Errorf("counting into 2027: %v", err)
	}
}

func TestLimits(t *testing.T) {
	cal := DefaultCalendar()
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
		{Chongqing, "plan.lead-time", "2024-10-15", "2024-09-26", "2024-09-26", "2024-09-27", "000 L55"},
		// 000 L59: 5 working days from Tuesday 15 October.
		{Chongqing, "results.publicity", "2024-10-15", "2024-10-21", "2024-10-21", "2024-10-18", "000 L59"},
		// 004 L37: 7 calendar days; then 10 working days to report.
		{Anhui, "results.publicity", "2024-09-30", "2024-10-06", "2024-10-06", "2024-10-05", "004 L37"},
		{Anhui, "results.report", "2024-09-30", "2024-10-18", "2024-10-18", "2024-10-21", "004 L37"},
		{Henan, "results.report", "2024-09-30", "2024-10-18", "2024-09-30", "2024-09-29", "003 L3255, L3548"},
		{Henan, "plan.lead-time", "2024-10-15", "2024-09-26", "2024-09-01", "2024-10-14", "003 L3251, L3542"},
		{Anhui, "plan.lead-time", "2024-10-15", "2024-09-26", "2024-09-26", "2024-10-08", "004 L35"},
		// 002 L1089: 3 days inside the enterprise.
		{Guangdong, "results.publicity", "2024-10-01", "2024-10-03", "2024-10-03", "2024-10-02", "002 L1089"},
		{Guangdong, "publicity.rules", "2024-10-01", "2024-10-12", "2024-10-12", "2024-10-11", "002 L125"},
		// 000 L67, 001 L97: 3 and 5 years.
		{Chongqing, "records.paper", "2024-02-29", "2027-03-01", "2027-03-01", "2027-02-28", "000 L67"},
		{Liaoning, "records.electronic", "2024-06-01", "2029-06-01", "2030-01-01", "2029-05-31", "001 L97"},
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
		if err != nil || len(fs) != 1 || fs[0].Rule != tc.id || fs[0].Severity != Error || fs[0].Source != tc.source {
			t.Errorf("%s %s: %s breaks it, got %v %v", tc.p, tc.id, tc.bad, fs, err)
		}
	}
	if len(Limits(National)) != 0 {
		t.Error("the national documents set no institution time limit")
	}
	if _, err := find(Chongqing, "plan.lead-time").Check(cal, day("2027-03-01"), day("2027-01-01")); !errors.Is(err, ErrUnknownYear) {
		t.Errorf("a limit in an unknown year: %v", err)
	}
}
