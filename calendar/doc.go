// Package calendar is China's statutory working-day calendar: which days are
// working days (工作日) under the State Council's holiday arrangement, and
// arithmetic on them.
//
//	cal := calendar.Default()
//	d, err := calendar.AddWorkingDays(cal, time.Date(2024, 9, 30, 0, 0, 0, 0, time.UTC), 1)
//	// d is 2024-10-08: 1–7 October are the National Day holiday
//
// Weekdays are working days except the holidays of 《全国年节及纪念日放假办法》
// as the yearly notice of 国务院办公厅 arranges them, and some weekend days are
// worked in exchange (调休). The years come from github.com/6tail/lunar-go;
// Default().Years() lists them. A year this module does not know yet is
// supplied without a release: read it from a JSON file in the holiday-cn
// layout with ReadHolidayCN and build a calendar with New. A date in a year
// nobody supplied is an error that names the year, never a guess from the
// weekends.
//
// To update the years, upgrade github.com/6tail/lunar-go once it carries a
// new notice, or supply the year:
//
//	f, _ := os.Open("2028.json") // from github.com/NateScarlet/holiday-cn
//	y, err := calendar.ReadHolidayCN(f)
//	cal, err := calendar.New(y)
package calendar
