package filing

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/6tail/lunar-go/HolidayUtil"
)

// Calendar tells working days on China's statutory calendar: weekdays are
// working days except the holidays the State Council announces each year, and
// some weekends are working days in exchange (调休). DECISIONS.md D17.
type Calendar interface {
	// WorkingDay reports whether the date (its year, month and day in its
	// own location) is a working day, or an error wrapping ErrUnknownYear
	// when the calendar does not know the date's year.
	WorkingDay(date time.Time) (bool, error)
}

// ErrUnknownYear is wrapped by the errors of a calendar that does not know the
// year asked about: working days are never guessed from weekends alone (D17).
var ErrUnknownYear = errors.New("the calendar does not know this year")

// Statutory is the statutory calendar from github.com/6tail/lunar-go's
// HolidayUtil, which carries the State Council's holiday notices since 2001
// (through 2026 in the version this module requires), plus the years a
// caller adds. The zero value is ready to use and safe for concurrent use.
type Statutory struct {
	mu    sync.RWMutex
	years map[int]Year // added by the caller; they replace the library's data
}

// Year is one year's holiday notice: the weekdays off and the weekend days
// worked. A caller adds one with Statutory.AddYear before the library knows
// it.
type Year struct {
	Year     int
	Holidays []time.Time // weekdays that are not working days
	Workdays []time.Time // weekend days that are working days (调休)
}

// DefaultCalendar returns a Statutory calendar with no added years.
func DefaultCalendar() *Statutory { return &Statutory{} }

// AddYear adds (or replaces) one year's notice. Every date must fall in
// y.Year; a holiday must be a weekday and a workday a weekend day.
func (c *Statutory) AddYear(y Year) error {
	for _, d := range y.Holidays {
		if d.Year() != y.Year {
			return fmt.Errorf("filing: holiday %s is not in %d", d.Format(time.DateOnly), y.Year)
		}
		if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
			return fmt.Errorf("filing: holiday %s is a weekend day already", d.Format(time.DateOnly))
		}
	}
	for _, d := range y.Workdays {
		if d.Year() != y.Year {
			return fmt.Errorf("filing: workday %s is not in %d", d.Format(time.DateOnly), y.Year)
		}
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			return fmt.Errorf("filing: workday %s is a weekday already", d.Format(time.DateOnly))
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.years == nil {
		c.years = map[int]Year{}
	}
	c.years[y.Year] = y
	return nil
}

// libraryYears caches which years HolidayUtil has data for.
var libraryYears sync.Map // int → bool

func libraryKnows(year int) bool {
	if v, ok := libraryYears.Load(year); ok {
		return v.(bool)
	}
	known := HolidayUtil.GetHolidaysByYear(year).Len() > 0
	libraryYears.Store(year, known)
	return known
}

// WorkingDay implements Calendar.
func (c *Statutory) WorkingDay(date time.Time) (bool, error) {
	y, m, d := date.Date()
	weekend := date.Weekday() == time.Saturday || date.Weekday() == time.Sunday
	c.mu.RLock()
	added, ok := c.years[y]
	c.mu.RUnlock()
	if ok {
		for _, h := range added.Holidays {
			if sameDay(h, y, m, d) {
				return false, nil
			}
		}
		for _, w := range added.Workdays {
			if sameDay(w, y, m, d) {
				return true, nil
			}
		}
		return !weekend, nil
	}
	if !libraryKnows(y) {
		return false, fmt.Errorf("filing: %s: %w (%s); add it with Statutory.AddYear", date.Format(time.DateOnly), ErrUnknownYear, strconv.Itoa(y))
	}
	if h := HolidayUtil.GetHolidayByYmd(y, int(m), d); h != nil {
		return h.IsWork(), nil
	}
	return !weekend, nil
}

// civil returns t's date at midnight UTC, so that dates compare and step by
// whole days whatever t's clock and location.
func civil(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func sameDay(t time.Time, y int, m time.Month, d int) bool {
	ty, tm, td := t.Date()
	return ty == y && tm == m && td == d
}

// AddWorkingDays returns the date n working days after from (n > 0) or
// before it (n < 0), not counting from itself. Dates are taken by their year,
// month and day; the result is at midnight UTC.
func AddWorkingDays(cal Calendar, from time.Time, n int) (time.Time, error) {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	d := civil(from)
	for n > 0 {
		d = d.AddDate(0, 0, step)
		ok, err := cal.WorkingDay(d)
		if err != nil {
			return time.Time{}, err
		}
		if ok {
			n--
		}
	}
	return d, nil
}

// WorkingDaysIn counts the working days from from to to, both included; 0
// when to is before from.
func WorkingDaysIn(cal Calendar, from, to time.Time) (int, error) {
	n := 0
	for d, end := civil(from), civil(to); !d.After(end); d = d.AddDate(0, 0, 1) {
		ok, err := cal.WorkingDay(d)
		if err != nil {
			return 0, err
		}
		if ok {
			n++
		}
	}
	return n, nil
}
