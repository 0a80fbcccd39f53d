package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/skillcert/skillcert/calendar"
	"github.com/skillcert/skillcert/filing"
)

// holidayFiles is a repeatable -holidays flag.
type holidayFiles []string

func (h *holidayFiles) String() string     { return strings.Join(*h, ",") }
func (h *holidayFiles) Set(v string) error { *h = append(*h, v); return nil }

// loadCalendar returns the statutory calendar of lunar-go's years plus the
// years read from files in the holiday-cn layout.
func loadCalendar(files []string) (*calendar.Statutory, error) {
	var years []calendar.Year
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		y, err := calendar.ReadHolidayCN(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		years = append(years, y)
	}
	return calendar.New(years...)
}

// deadlineRow is one line of skillcert deadline's output.
type deadlineRow struct {
	Schema  int    `json:"schema"`
	Rule    string `json:"rule,omitempty"`
	Name    string `json:"name,omitempty"`
	English string `json:"english,omitempty"`
	From    string `json:"from"`
	N       int    `json:"n"`
	Unit    string `json:"unit"`
	Due     string `json:"due"`
	Source  string `json:"source,omitempty"`
}

// deadline computes due dates on the statutory calendar: every time limit of
// a profile counted from an event's date, or N working days from a date.
func deadline(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("deadline", "", stderr)
	profile := fs.String("profile", "", "list every time limit of this profile (national, guangdong, henan, anhui, chongqing, liaoning) counted from -from")
	from := fs.String("from", "", "the event's date, YYYY-MM-DD (required)")
	activity := fs.String("activity", "", "with -profile: the institution's kind of work, which selects its limits ("+activityNames()+"); default the first")
	authority := fs.Bool("authority", false, "with -profile: the department's own limits (acceptance, completion, reviews) instead of the institution's")
	add := fs.Int("add", 0, "instead of -profile: the date this many working days after -from (negative: before)")
	jsonOut := fs.Bool("json", false, "write JSON Lines")
	var files holidayFiles
	fs.Var(&files, "holidays", "a year the built-in calendar does not know, as a JSON file in the holiday-cn layout\n({\"year\":2028,\"days\":[{\"name\":\"元旦\",\"date\":\"2028-01-01\",\"isOffDay\":true},…]}); repeatable")
	fs.Usage = func() {
		fmt.Fprint(stderr, `usage: skillcert deadline -from YYYY-MM-DD (-profile NAME [-activity KIND] [-authority] | -add N) [-holidays FILE]... [-json]

Counts working days on China's statutory calendar (public holidays and the
adjusted working weekends). The built-in calendar knows the years that
'skillcert version' lists; supply a later year with -holidays until a release
carries it. A date in a year nobody supplied is an error, never guessed.

Exit status: 0 success; 2 a usage problem, a bad date or file, or an unknown year.

flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 || *from == "" || (*profile == "") == (*add == 0) {
		fs.Usage()
		return 2
	}
	at, err := time.Parse(time.DateOnly, *from)
	if err != nil {
		fmt.Fprintf(stderr, "skillcert deadline: -from %q: want a date written YYYY-MM-DD\n", *from)
		return 2
	}
	cal, err := loadCalendar(files)
	if err != nil {
		fmt.Fprintln(stderr, "skillcert deadline:", err)
		return 2
	}
	var rows []deadlineRow
	if *add != 0 {
		due, err := calendar.AddWorkingDays(cal, at, *add)
		if err != nil {
			return calendarFailed(err, stderr)
		}
		rows = append(rows, deadlineRow{Schema: jsonSchema, From: *from, N: *add, Unit: "working days", Due: due.Format(time.DateOnly)})
	} else {
		p, err := filing.ParseProfile(*profile)
		if err != nil {
			fmt.Fprintln(stderr, "skillcert deadline:", err)
			return 2
		}
		a := filing.Activities()[0]
		if *activity != "" {
			found := false
			for _, x := range filing.Activities() {
				if x.String() == *activity {
					a, found = x, true
				}
			}
			if !found {
				fmt.Fprintf(stderr, "skillcert deadline: -activity %q: want one of %s\n", *activity, activityNames())
				return 2
			}
		}
		limits := filing.LimitsFor(p, a)
		if *authority {
			limits = filing.AuthorityLimits(p, a)
		}
		for _, l := range limits {
			due, err := l.Due(cal, at)
			if err != nil {
				return calendarFailed(err, stderr)
			}
			rows = append(rows, deadlineRow{Schema: jsonSchema, Rule: l.ID, Name: l.Name, English: l.English, From: *from,
				N: l.N, Unit: l.Unit.String(), Due: due.Format(time.DateOnly), Source: l.Source})
		}
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if *jsonOut {
			if err := enc.Encode(r); err != nil {
				return 2
			}
			continue
		}
		if r.Rule == "" {
			fmt.Fprintf(stdout, "%s + %d %s = %s\n", r.From, r.N, r.Unit, r.Due)
			continue
		}
		fmt.Fprintf(stdout, "%s  %-28s %d %s: %s (%s)\n", r.Due, r.Rule, r.N, r.Unit, r.Name, r.Source)
	}
	return 0
}

// calendarFailed reports a calendar error, saying for an unknown year how to
// supply it to this command.
func calendarFailed(err error, stderr io.Writer) int {
	fmt.Fprintln(stderr, "skillcert deadline:", err)
	if errors.Is(err, calendar.ErrUnknownYear) {
		fmt.Fprintln(stderr, "skillcert deadline: supply the year with -holidays FILE (a holiday-cn JSON file of the State Council's arrangement for it)")
	}
	return 2
}

func activityNames() string {
	var names []string
	for _, a := range filing.Activities() {
		names = append(names, a.String())
	}
	return strings.Join(names, ", ")
}
