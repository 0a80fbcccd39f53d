package calendar

import (
	"errors"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/6tail/lunar-go/HolidayUtil"

	"github.com/skillcert/skillcert"
)

// Source is what the statutory calendar rests on: the State Council's
// holiday regulation and its yearly notice of the holiday arrangement.
const Source = "《全国年节及纪念日放假办法》；国务院办公厅关于当年部分节假日安排的通知"

// Calendar tells working days. Statutory is the calendar of China's State
// Council; a caller may implement its own (a company calendar, a test double).
type Calendar interface {
	// WorkingDay reports whether the date (its year, month and day in its
	// own location) is a working day, or an error wrapping ErrUnknownYear
	// when the calendar does not know the date's year.
	WorkingDay(date time.Time) (bool, error)
}

// ErrUnknownYear is the Cause of the error a Statutory calendar returns for a
// date in a year it does not know: working days are never guessed from
// weekends alone. The error's Kind is skillcert.ErrUnknown.
var ErrUnknownYear = errors.New("the calendar does not know this year")

// Limits of the arithmetic, so that a mistaken count is an error and not a
// loop over millions of days or an overflowed date.
const (
	// MaxWorkingDays is the largest |n| AddWorkingDays accepts: about forty
	// years of working days.
	MaxWorkingDays = 10000
	// MaxSpanDays is the longest span, in calendar days, WorkingDaysIn counts:
	// about a hundred years.
	MaxSpanDays = 36525
)

// Statutory is China's statutory working-day calendar: weekdays are working
// days except the holidays the State Council announces each year, and some
// weekend days are worked in exchange (调休). Its years come from
// github.com/6tail/lunar-go (2002–2027 in the version this module requires)
// plus the years the caller supplies to New.
//
// The zero value and Default are the lunar-go years alone. A Statutory never
// changes after it is made, so it is safe for concurrent use.
type Statutory struct {
	years map[int]*supplied
}

// supplied is one year a caller gave, indexed by day of the year.
type supplied struct {
	year Year
	off  map[int]bool // day of the year (1-based) → isOffDay
}

// Default returns the calendar of the years lunar-go knows.
func Default() *Statutory { return &Statutory{} }

// New returns the calendar of lunar-go's years plus years, for instance one
// read with ReadHolidayCN before a release of this module knows it. A
// supplied year replaces lunar-go's data for that year. Each year is
// validated as ReadHolidayCN validates a file; the same year twice is an
// error.
func New(years ...Year) (*Statutory, error) {
	c := &Statutory{years: make(map[int]*supplied, len(years))}
	for _, y := range years {
		if err := y.Validate(); err != nil {
			return nil, err
		}
		if _, dup := c.years[y.Year]; dup {
			return nil, &skillcert.Error{Pkg: "calendar", What: "year", Input: strconv.Itoa(y.Year), Kind: skillcert.ErrArgument,
				Want: "each year supplied once", WantZH: "每个年份只提供一次"}
		}
		s := &supplied{year: y, off: make(map[int]bool, len(y.Days))}
		for _, d := range y.Days {
			s.off[d.Date.YearDay()] = d.OffDay
		}
		c.years[y.Year] = s
	}
	return c, nil
}

var (
	libOnce  sync.Once
	libYears []int
)

// lunarYears returns the years lunar-go's HolidayUtil has a notice for: a
// year whose data names a holiday of that year (2001's data holds only two
// December days worked for the 2002 New Year).
func lunarYears() []int {
	libOnce.Do(func() {
		for y := 1990; y <= 2100; y++ {
			l := HolidayUtil.GetHolidaysByYear(y)
			for e := l.Front(); e != nil; e = e.Next() {
				h, ok := e.Value.(*HolidayUtil.Holiday)
				if ok && len(h.GetTarget()) >= 4 && h.GetTarget()[:4] == strconv.Itoa(y) {
					libYears = append(libYears, y)
					break
				}
			}
		}
	})
	return libYears
}

// Years returns the years the calendar knows, in increasing order.
func (c *Statutory) Years() []int {
	out := slices.Clone(lunarYears())
	if c != nil {
		for y := range c.years {
			if !slices.Contains(out, y) {
				out = append(out, y)
			}
		}
	}
	slices.Sort(out)
	return out
}

// Knows reports whether the calendar knows year.
func (c *Statutory) Knows(year int) bool {
	if c != nil && c.years[year] != nil {
		return true
	}
	_, ok := slices.BinarySearch(lunarYears(), year)
	return ok
}

// WorkingDay implements Calendar. A nil *Statutory is an error wrapping
// skillcert.ErrArgument.
func (c *Statutory) WorkingDay(date time.Time) (bool, error) {
	if c == nil {
		return false, errNilCalendar
	}
	y, m, d := date.Date()
	weekend := date.Weekday() == time.Saturday || date.Weekday() == time.Sunday
	if s := c.years[y]; s != nil {
		if off, ok := s.off[civil(date).YearDay()]; ok {
			return !off, nil
		}
		return !weekend, nil
	}
	if !c.Knows(y) {
		return false, c.unknownYear(date)
	}
	if h := HolidayUtil.GetHolidayByYmd(y, int(m), d); h != nil {
		return h.IsWork(), nil
	}
	return !weekend, nil
}

func (c *Statutory) unknownYear(date time.Time) error {
	known := c.Years()
	span := "none"
	if len(known) > 0 {
		span = strconv.Itoa(known[0]) + "–" + strconv.Itoa(known[len(known)-1])
	}
	y := strconv.Itoa(date.Year())
	return &skillcert.Error{Pkg: "calendar", What: "date", Input: date.Format(time.DateOnly), Field: "year", Pos: 1, End: 4, Got: y,
		Kind: skillcert.ErrUnknown, Cause: ErrUnknownYear,
		Want:   "a year the calendar knows (" + span + "); supply " + y + " from a holiday-cn JSON file with calendar.ReadHolidayCN and calendar.New",
		WantZH: "日历已知的年份（" + span + "）；可用 calendar.ReadHolidayCN 读取 holiday-cn 格式的 " + y + " 年 JSON 文件，再以 calendar.New 提供",
		Source: Source}
}

var errNilCalendar = &skillcert.Error{Pkg: "calendar", What: "calendar", Input: "nil", Kind: skillcert.ErrArgument,
	Want: "a calendar, such as calendar.Default()", WantZH: "一个日历，例如 calendar.Default()"}

// civil returns t's date at midnight UTC, so that dates compare and step by
// whole days whatever t's clock and location.
func civil(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// isNil reports whether cal is nil or a nil *Statutory.
func isNil(cal Calendar) bool {
	s, ok := cal.(*Statutory)
	return cal == nil || (ok && s == nil)
}

// AddWorkingDays returns the date n working days after from (n > 0) or
// before it (n < 0), not counting from itself; from itself when n is 0.
// Dates are taken by their year, month and day; the result is at midnight
// UTC. A nil cal is an error wrapping skillcert.ErrArgument; |n| above
// MaxWorkingDays is an error wrapping skillcert.ErrLimit.
func AddWorkingDays(cal Calendar, from time.Time, n int) (time.Time, error) {
	if isNil(cal) {
		return time.Time{}, errNilCalendar
	}
	if n > MaxWorkingDays || n < -MaxWorkingDays {
		return time.Time{}, &skillcert.Error{Pkg: "calendar", What: "working days", Input: strconv.Itoa(n), Kind: skillcert.ErrLimit,
			Want: "at most " + strconv.Itoa(MaxWorkingDays) + " working days either way", WantZH: "前后不超过 " + strconv.Itoa(MaxWorkingDays) + " 个工作日"}
	}
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
// when to is before from. A nil cal is an error wrapping
// skillcert.ErrArgument; a span longer than MaxSpanDays one wrapping
// skillcert.ErrLimit.
func WorkingDaysIn(cal Calendar, from, to time.Time) (int, error) {
	if isNil(cal) {
		return 0, errNilCalendar
	}
	start, end := civil(from), civil(to)
	if end.Before(start) {
		return 0, nil
	}
	if end.Sub(start) >= MaxSpanDays*24*time.Hour { // Sub saturates: no overflow
		return 0, &skillcert.Error{Pkg: "calendar", What: "span", Input: start.Format(time.DateOnly) + "/" + end.Format(time.DateOnly),
			Kind: skillcert.ErrLimit, Want: "at most " + strconv.Itoa(MaxSpanDays) + " days", WantZH: "不超过 " + strconv.Itoa(MaxSpanDays) + " 天"}
	}
	n := 0
	for d := start; !d.After(end); d = d.AddDate(0, 0, 1) {
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
