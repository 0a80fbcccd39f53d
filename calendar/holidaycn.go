package calendar

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"time"

	"github.com/skillcert/skillcert"
)

// Year is one year's holiday arrangement: the days off and the weekend days
// worked, as the State Council's notice lists them. Days not listed follow
// the week: Monday to Friday are worked, Saturday and Sunday are not.
type Year struct {
	Year int
	Days []Day
}

// Day is one day of a Year's arrangement.
type Day struct {
	Name   string    // the holiday it belongs to, such as "春节"
	Date   time.Time // the day; its year, month and day count, at midnight UTC from ReadHolidayCN
	OffDay bool      // true: a day off; false: a weekend day that is worked (调休)
}

// MaxHolidayCNBytes is the largest file ReadHolidayCN reads; a real year is
// a few kilobytes.
const MaxHolidayCNBytes = 1 << 20

// holidayCN is the layout of the files of github.com/NateScarlet/holiday-cn.
type holidayCN struct {
	Year *int `json:"year"`
	Days []struct {
		Name     string `json:"name"`
		Date     string `json:"date"`
		IsOffDay *bool  `json:"isOffDay"`
	} `json:"days"`
}

// ReadHolidayCN reads one year in the layout of the widely used holiday-cn
// files (github.com/NateScarlet/holiday-cn):
//
//	{"year":2028,"days":[{"name":"元旦","date":"2028-01-01","isOffDay":true},…]}
//
// Other members ("$schema", "papers") are ignored. The year is validated as
// Year.Validate does; an error names the entry at fault ("days[3].date").
func ReadHolidayCN(r io.Reader) (Year, error) {
	if r == nil {
		return Year{}, &skillcert.Error{Pkg: "calendar", What: "holiday-cn file", Input: "nil", Kind: skillcert.ErrArgument, Want: "a reader"}
	}
	b, err := io.ReadAll(io.LimitReader(r, MaxHolidayCNBytes+1))
	if err != nil {
		return Year{}, fileErr("", "", skillcert.ErrSyntax, err, "a readable file")
	}
	if len(b) > MaxHolidayCNBytes {
		return Year{}, fileErr("", "", skillcert.ErrLimit, nil, "at most "+strconv.Itoa(MaxHolidayCNBytes)+" bytes")
	}
	var f holidayCN
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&f); err != nil {
		return Year{}, fileErr("", "", skillcert.ErrSyntax, err, `JSON in the holiday-cn layout: {"year":2028,"days":[{"name":"元旦","date":"2028-01-01","isOffDay":true}]}`)
	}
	if dec.More() {
		return Year{}, fileErr("", "", skillcert.ErrSyntax, errors.New("data after the JSON object"), "one JSON object")
	}
	if f.Year == nil {
		return Year{}, fileErr("year", "", skillcert.ErrSyntax, nil, `a "year" member`)
	}
	y := Year{Year: *f.Year, Days: make([]Day, 0, len(f.Days))}
	for i, d := range f.Days {
		at := "days[" + strconv.Itoa(i) + "]"
		t, err := time.Parse(time.DateOnly, d.Date)
		if err != nil {
			return Year{}, fileErr(at+".date", d.Date, skillcert.ErrSyntax, nil, "a date written YYYY-MM-DD that exists")
		}
		if d.IsOffDay == nil {
			return Year{}, fileErr(at+".isOffDay", d.Date, skillcert.ErrSyntax, nil, `"isOffDay": true or false`)
		}
		y.Days = append(y.Days, Day{Name: d.Name, Date: t, OffDay: *d.IsOffDay})
	}
	if err := y.Validate(); err != nil {
		return Year{}, err
	}
	return y, nil
}

func fileErr(field, got string, kind, cause error, want string) error {
	return &skillcert.Error{Pkg: "calendar", What: "holiday-cn file", Input: got, Field: field, Got: got, Kind: kind, Cause: cause, Want: want}
}

// Validate checks a year before a calendar uses it: a year from 1 to 9999,
// every day inside it and listed once, and every day worked a Saturday or a
// Sunday (a weekday is worked anyway). The error names the entry at fault.
func (y Year) Validate() error {
	if y.Year < 1 || y.Year > 9999 {
		return fileErr("year", strconv.Itoa(y.Year), skillcert.ErrRange, nil, "a year from 1 to 9999")
	}
	seen := make(map[int]int, len(y.Days))
	for i, d := range y.Days {
		at := "days[" + strconv.Itoa(i) + "]"
		date := d.Date.Format(time.DateOnly)
		if d.Date.Year() != y.Year {
			return fileErr(at+".date", date, skillcert.ErrRange, nil, "a day of "+strconv.Itoa(y.Year))
		}
		if j, dup := seen[d.Date.YearDay()]; dup {
			return fileErr(at+".date", date, skillcert.ErrSyntax, nil, "each day listed once (also days["+strconv.Itoa(j)+"])")
		}
		seen[d.Date.YearDay()] = i
		if wd := d.Date.Weekday(); !d.OffDay && wd != time.Saturday && wd != time.Sunday {
			return fileErr(at+".isOffDay", date, skillcert.ErrRange, nil, "a worked day that is a Saturday or a Sunday ("+date+" is a "+wd.String()+", worked anyway)")
		}
	}
	return nil
}
