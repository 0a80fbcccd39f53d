package special

import "time"

// ValidityYears is how long a 专项职业能力证书 is valid: "自颁发之日起有效期为5年"
// (劳社厅发〔2006〕29号 第三条).
const ValidityYears = 5

// ValidUntil returns the last day on which a 专项职业能力证书 issued on the
// date of issued is valid, at midnight in issued's location: the same month
// and day five years later, "自颁发之日起有效期为5年" (劳社厅发〔2006〕29号
// 第三条). Issued on 2021-03-15, a certificate is valid through the whole of
// 2026-03-15.
//
// The notice gives the period, not its last day; ValidUntil counts it as the
// civil law counts periods of years: the day of issue is not counted, the
// period starts on the next day, and its last day is the day of the expiry
// month that corresponds to the day of issue, or the month's last day where
// there is none (中华人民共和国民法典 第二百零一条、第二百零二条): issued on
// 2024-02-29, valid through 2029-02-28. The last day is not moved when it
// falls on a public holiday (第二百零三条 moves deadlines for doing
// something, not the end of a validity). The zero time gives the zero time.
func ValidUntil(issued time.Time) time.Time {
	if issued.IsZero() {
		return time.Time{}
	}
	y, m, d := issued.Date()
	loc := issued.Location()
	t := time.Date(y+ValidityYears, m, d, 0, 0, 0, 0, loc)
	if t.Month() != m { // 29 February with no 29 February five years on
		t = time.Date(y+ValidityYears, m+1, 0, 0, 0, 0, 0, loc)
	}
	return t
}

// ValidOn reports whether a 专项职业能力证书 issued on the date of issued is
// valid on the date of on: from the day of issue through ValidUntil(issued),
// both days included. Both are compared as calendar days in issued's
// location, so the time of day does not matter. A zero issued is valid on no
// day.
func ValidOn(issued, on time.Time) bool {
	if issued.IsZero() {
		return false
	}
	day := func(t time.Time) int {
		y, m, d := t.In(issued.Location()).Date()
		return y*10000 + int(m)*100 + d
	}
	return day(issued) <= day(on) && day(on) <= day(ValidUntil(issued))
}
