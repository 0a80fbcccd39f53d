package submission

import (
	"time"
	"unicode/utf8"

	"github.com/skillcert/skillcert"
)

var idWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// CheckResidentID checks an 18-character resident ID number (居民身份证号码)
// against GB 11643-1999: 17 digits and a check character (0–9 or X), a real
// birth date in characters 7–14, not before 1900 and not after today. When
// today is the zero time.Time, birth dates have no upper bound: without a
// reference date nothing is said to lie in the future. The error is a
// *skillcert.Error (ErrLength, ErrSyntax, ErrChecksum or ErrRange) with
// character positions. It does not allocate when the number is valid.
func CheckResidentID(s string, today time.Time) error {
	fail := func(field string, pos, end int, kind error, want, wantZH string) error {
		got := ""
		if pos > 0 && end <= len(s) {
			got = s[pos-1 : end]
		}
		return &skillcert.Error{Pkg: "submission", What: "resident ID number", Input: s, Field: field, Pos: pos, End: end,
			Got: got, Kind: kind, Want: want, WantZH: wantZH, Source: "GB 11643-1999"}
	}
	if n := utf8.RuneCountInString(s); len(s) != 18 && n == 18 {
		for i, r := range s {
			if r >= utf8.RuneSelf {
				p := utf8.RuneCountInString(s[:i]) + 1
				return &skillcert.Error{Pkg: "submission", What: "resident ID number", Input: s, Field: "character", Pos: p, End: p,
					Got: string(r), Kind: skillcert.ErrSyntax, Want: "an ASCII digit (or X last)", WantZH: "半角数字（末位可为 X）", Source: "GB 11643-1999"}
			}
		}
	}
	if len(s) != 18 {
		n := utf8.RuneCountInString(s)
		return &skillcert.Error{Pkg: "submission", What: "resident ID number", Input: s, Field: "length", Got: itoa(n) + " characters",
			Kind: skillcert.ErrLength, Want: "18 characters", WantZH: "18 位", Source: "GB 11643-1999"}
	}
	sum := 0
	for i := 0; i < 17; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			if c >= utf8.RuneSelf {
				r, _ := utf8.DecodeRuneInString(s[i:])
				p := utf8.RuneCountInString(s[:i]) + 1
				return &skillcert.Error{Pkg: "submission", What: "resident ID number", Input: s, Field: "character", Pos: p, End: p,
					Got: string(r), Kind: skillcert.ErrSyntax, Want: "a digit", WantZH: "数字", Source: "GB 11643-1999"}
			}
			return fail("character", i+1, i+1, skillcert.ErrSyntax, "a digit", "数字")
		}
		sum += int(c-'0') * idWeights[i]
	}
	want := "10X98765432"[sum%11]
	if got := s[17]; got != want && !(want == 'X' && got == 'x') {
		return fail("check character", 18, 18, skillcert.ErrChecksum, string(rune(want)), string(rune(want)))
	}
	y := int(s[6]-'0')*1000 + int(s[7]-'0')*100 + int(s[8]-'0')*10 + int(s[9]-'0')
	m := int(s[10]-'0')*10 + int(s[11]-'0')
	d := int(s[12]-'0')*10 + int(s[13]-'0')
	if y < 1900 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return fail("birth date", 7, 14, skillcert.ErrRange, "a real date from 1900 on", "1900 年以后实际存在的日期")
	}
	if !today.IsZero() {
		ty, tm, td := today.Date()
		if y*10000+m*100+d > ty*10000+int(tm)*100+td {
			return fail("birth date", 7, 14, skillcert.ErrRange, "a date not after "+today.Format(time.DateOnly), "不晚于 "+today.Format(time.DateOnly)+" 的日期")
		}
	}
	return nil
}

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
