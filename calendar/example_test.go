package calendar_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/skillcert/skillcert/calendar"
)

func Example() {
	cal := calendar.Default()
	// The working day after 30 September 2024 is 8 October: 1–7 October are National Day.
	d, _ := calendar.AddWorkingDays(cal, time.Date(2024, 9, 30, 0, 0, 0, 0, time.UTC), 1)
	fmt.Println(d.Format(time.DateOnly))
	// The 2027 Spring Festival: Sunday 31 January is worked, 5 February is not.
	sun, _ := cal.WorkingDay(time.Date(2027, 1, 31, 0, 0, 0, 0, time.UTC))
	feb5, _ := cal.WorkingDay(time.Date(2027, 2, 5, 0, 0, 0, 0, time.UTC))
	fmt.Println(sun, feb5)
	// Output:
	// 2024-10-08
	// true false
}

func ExampleReadHolidayCN() {
	file := `{"year":2031,"days":[
		{"name":"元旦","date":"2031-01-01","isOffDay":true},
		{"name":"国庆节","date":"2031-09-28","isOffDay":false}]}` // a made-up year
	jan2 := time.Date(2031, 1, 2, 0, 0, 0, 0, time.UTC)
	_, err := calendar.Default().WorkingDay(jan2)
	fmt.Println(err != nil) // not known: an error, never a guess

	y, err := calendar.ReadHolidayCN(strings.NewReader(file))
	if err != nil {
		panic(err)
	}
	cal, _ := calendar.New(y)
	d, _ := calendar.AddWorkingDays(cal, time.Date(2030, 12, 31, 0, 0, 0, 0, time.UTC), 1)
	fmt.Println(d.Format(time.DateOnly))
	// Output:
	// true
	// 2031-01-02
}

func ExampleStatutory_Years() {
	years := calendar.Default().Years()
	fmt.Println(years[0], years[len(years)-1])
	// Output: 2002 2027
}
