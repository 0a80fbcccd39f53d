package calendar

import (
	"errors"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/skillcert/skillcert"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestStatutoryCalendar(t *testing.T) {
	for _, cal := range []*Statutory{Default(), {}} {
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
	}
}

// Test2027 pins the State Council's 2027 arrangement as lunar-go v1.4.7
// carries it: the Spring Festival is 5–13 February, with Sunday 31 January and
// Sunday 14 February worked.
func Test2027(t *testing.T) {
	cal := Default()
	want := map[string]bool{"2027-01-31": true, "2027-02-14": true, "2027-02-04": true, "2027-02-15": true, "2027-02-20": false}
	for d := day("2027-02-05"); !d.After(day("2027-02-13")); d = d.AddDate(0, 0, 1) {
		want[d.Format(time.DateOnly)] = false
	}
	for s, w := range want {
		if got, err := cal.WorkingDay(day(s)); err != nil || got != w {
			t.Errorf("%s: %v, %v; want %v", s, got, err, w)
		}
	}
	if !cal.Knows(2027) || cal.Knows(2028) || cal.Knows(2001) {
		t.Errorf("Knows: 2027 %v, 2028 %v, 2001 %v", cal.Knows(2027), cal.Knows(2028), cal.Knows(2001))
	}
	years := cal.Years()
	if years[0] != 2002 || years[len(years)-1] != 2027 || len(years) != 26 {
		t.Errorf("Years() = %v", years)
	}
}

func TestUnknownYear(t *testing.T) {
	_, err := Default().WorkingDay(day("2031-03-03"))
	var e *skillcert.Error
	if !errors.Is(err, ErrUnknownYear) || !errors.Is(err, skillcert.ErrUnknown) || !errors.As(err, &e) {
		t.Fatalf("2031: %v", err)
	}
	for _, want := range []string{"2031", "ReadHolidayCN", "calendar.New", "2002–2027"} {
		if !strings.Contains(err.Error(), want) || !strings.Contains(e.Chinese(), want) {
			t.Errorf("the error does not say %q: %v / %s", want, err, e.Chinese())
		}
	}
	if _, err := AddWorkingDays(Default(), day("2027-12-30"), 5); !errors.Is(err, ErrUnknownYear) {
		t.Errorf("counting into 2028: %v", err)
	}
}

func TestHolidayCNFile(t *testing.T) {
	f, err := os.Open("testdata/2031-fake.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	y, err := ReadHolidayCN(f)
	if err != nil {
		t.Fatal(err)
	}
	if y.Year != 2031 || len(y.Days) != 10 || y.Days[0].Name != "元旦" || !y.Days[0].OffDay || y.Days[1].OffDay {
		t.Fatalf("read %+v", y)
	}
	cal, err := New(y)
	if err != nil {
		t.Fatal(err)
	}
	for s, want := range map[string]bool{
		"2031-01-01": false, "2031-01-02": true, "2031-01-04": false, "2031-09-28": true,
		"2031-10-01": false, "2031-10-07": false, "2031-10-08": true, "2031-10-11": true, "2031-10-12": false,
		"2024-10-01": false, // lunar-go's years are still there
	} {
		if got, err := cal.WorkingDay(day(s)); err != nil || got != want {
			t.Errorf("%s: %v, %v; want %v", s, got, err, want)
		}
	}
	if !slices.Contains(cal.Years(), 2031) || !cal.Knows(2031) || Default().Knows(2031) {
		t.Errorf("Years() = %v; the default calendar must not change", cal.Years())
	}
	if n, err := WorkingDaysIn(cal, day("2031-09-27"), day("2031-10-12")); err != nil || n != 7 {
		t.Errorf("working days 27 Sep–12 Oct 2031: %d %v, want 7", n, err) // 28, 29, 30, 8, 9, 10, 11
	}
	// A supplied year replaces lunar-go's: a correction needs no release.
	fix, err := New(Year{Year: 2024, Days: []Day{{Name: "test", Date: day("2024-10-08"), OffDay: true}}})
	if err != nil {
		t.Fatal(err)
	}
	if ok, _ := fix.WorkingDay(day("2024-10-08")); ok {
		t.Error("a supplied 2024 did not replace lunar-go's")
	}
	if ok, _ := fix.WorkingDay(day("2024-10-01")); !ok {
		t.Error("the supplied 2024 lists no 1 October: a Tuesday, worked")
	}
	if _, err := New(y, y); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("the same year twice: %v", err)
	}
}

func TestHolidayCNBad(t *testing.T) {
	for _, tc := range []struct {
		name, json, field string
		kind              error
	}{
		{"outside the year", `{"year":2031,"days":[{"name":"元旦","date":"2032-01-01","isOffDay":true}]}`, "days[0].date", skillcert.ErrRange},
		{"duplicate", `{"year":2031,"days":[{"name":"a","date":"2031-01-01","isOffDay":true},{"name":"b","date":"2031-01-01","isOffDay":true}]}`, "days[1].date", skillcert.ErrSyntax},
		{"no such day", `{"year":2031,"days":[{"name":"a","date":"2031-02-29","isOffDay":true}]}`, "days[0].date", skillcert.ErrSyntax},
		{"not a date", `{"year":2031,"days":[{"name":"a","date":"2031/01/01","isOffDay":true}]}`, "days[0].date", skillcert.ErrSyntax},
		{"weekday worked", `{"year":2031,"days":[{"name":"a","date":"2031-01-02","isOffDay":false}]}`, "days[0].isOffDay", skillcert.ErrRange},
		{"no isOffDay", `{"year":2031,"days":[{"name":"a","date":"2031-01-02"}]}`, "days[0].isOffDay", skillcert.ErrSyntax},
		{"no year", `{"days":[]}`, "year", skillcert.ErrSyntax},
		{"year 0", `{"year":0,"days":[]}`, "year", skillcert.ErrRange},
		{"not JSON", `{"year":2031,"days":[`, "", skillcert.ErrSyntax},
		{"two objects", `{"year":2031,"days":[]} {}`, "", skillcert.ErrSyntax},
		{"too large", `{"year":2031,"days":[],"x":"` + strings.Repeat("x", MaxHolidayCNBytes) + `"}`, "", skillcert.ErrLimit},
	} {
		_, err := ReadHolidayCN(strings.NewReader(tc.json))
		var e *skillcert.Error
		if !errors.As(err, &e) || e.Field != tc.field || !errors.Is(err, tc.kind) || len(err.Error()) > 400 {
			t.Errorf("%s: %v; want field %q, kind %v", tc.name, err, tc.field, tc.kind)
		}
	}
	if _, err := ReadHolidayCN(nil); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("nil reader: %v", err)
	}
	if _, err := New(Year{Year: 2031, Days: []Day{{Date: day("2030-12-31"), OffDay: true}}}); !errors.Is(err, skillcert.ErrRange) {
		t.Errorf("New validates: %v", err)
	}
}

func TestWorkingDayArithmetic(t *testing.T) {
	cal := Default()
	got, err := AddWorkingDays(cal, day("2024-09-30"), 1)
	if err != nil || !got.Equal(day("2024-10-08")) {
		t.Errorf("the working day after 30 September 2024: %v %v", got, err)
	}
	got, err = AddWorkingDays(cal, time.Date(2024, 10, 8, 23, 59, 0, 0, time.FixedZone("CST", 8*3600)), -1)
	if err != nil || !got.Equal(day("2024-09-30")) {
		t.Errorf("the working day before 8 October 2024: %v %v", got, err)
	}
	if got, err := AddWorkingDays(cal, day("2024-10-01"), 0); err != nil || !got.Equal(day("2024-10-01")) {
		t.Errorf("0 working days: %v %v", got, err)
	}
	if n, err := WorkingDaysIn(cal, day("2024-09-28"), day("2024-10-13")); err != nil || n != 7 {
		t.Errorf("working days 28 Sep–13 Oct 2024: %d %v, want 7", n, err) // 29 (a Sunday worked), 30, 8–12 (12 a Saturday worked)
	}
	if n, err := WorkingDaysIn(cal, day("2024-10-13"), day("2024-10-12")); n != 0 || err != nil {
		t.Errorf("an empty span counts %d %v", n, err)
	}
}

// always is a calendar that knows every year, so that only the limits stop
// the arithmetic.
type always struct{}

func (always) WorkingDay(time.Time) (bool, error) { return true, nil }

func TestMisuse(t *testing.T) {
	for _, n := range []int{MaxWorkingDays + 1, -MaxWorkingDays - 1, math.MaxInt, math.MinInt} {
		if d, err := AddWorkingDays(always{}, day("2024-01-01"), n); !errors.Is(err, skillcert.ErrLimit) || !d.IsZero() {
			t.Errorf("AddWorkingDays(%d) = %v, %v; want ErrLimit", n, d, err)
		}
	}
	if d, err := AddWorkingDays(always{}, day("2024-01-01"), MaxWorkingDays); err != nil || d.Year() != 2051 {
		t.Errorf("AddWorkingDays(MaxWorkingDays) = %v, %v", d, err)
	}
	if _, err := WorkingDaysIn(always{}, time.Time{}, day("9999-12-31")); !errors.Is(err, skillcert.ErrLimit) {
		t.Errorf("a span of 10,000 years: %v", err)
	}
	var nilStat *Statutory
	for name, cal := range map[string]Calendar{"nil": nil, "nil *Statutory": nilStat} {
		if _, err := AddWorkingDays(cal, day("2024-01-01"), 1); !errors.Is(err, skillcert.ErrArgument) {
			t.Errorf("%s AddWorkingDays: %v", name, err)
		}
		if _, err := WorkingDaysIn(cal, day("2024-01-01"), day("2024-01-02")); !errors.Is(err, skillcert.ErrArgument) {
			t.Errorf("%s WorkingDaysIn: %v", name, err)
		}
	}
	if _, err := nilStat.WorkingDay(day("2024-01-01")); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("nil WorkingDay: %v", err)
	}
	if !slices.Equal(nilStat.Years(), Default().Years()) || nilStat.Knows(2031) {
		t.Error("a nil *Statutory's years")
	}
}
