package submission

import (
	"strconv"
	"time"
)

// ResidentIDError says what is wrong with a resident ID number.
type ResidentIDError struct {
	Reason, English string
}

// Error says what is wrong, in English.
func (e *ResidentIDError) Error() string { return "submission: resident ID number: " + e.English }

var idWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// CheckResidentID checks an 18-character resident ID number (居民身份证号码)
// against GB 11643-1999: 17 digits and a check character (0–9 or X), a real
// birth date in positions 7–14 that is not after today. It does not allocate
// when the number is valid.
func CheckResidentID(s string, today time.Time) error {
	if len(s) != 18 {
		return &ResidentIDError{"长度为 " + strconv.Itoa(len(s)) + "，应为 18 位", "length " + strconv.Itoa(len(s)) + ", want 18"}
	}
	sum := 0
	for i := 0; i < 17; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return &ResidentIDError{"第 " + strconv.Itoa(i+1) + " 位不是数字", "character " + strconv.Itoa(i+1) + " is not a digit"}
		}
		sum += int(c-'0') * idWeights[i]
	}
	want := "10X98765432"[sum%11]
	if got := s[17]; got != want && !(want == 'X' && got == 'x') {
		return &ResidentIDError{"校验码应为 " + string(want), "check character is " + strconv.Quote(s[17:]) + ", want " + strconv.Quote(string(want))}
	}
	y, _ := strconv.Atoi(s[6:10])
	m, _ := strconv.Atoi(s[10:12])
	d, _ := strconv.Atoi(s[12:14])
	birth := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if y < 1900 || birth.Year() != y || int(birth.Month()) != m || birth.Day() != d {
		return &ResidentIDError{"出生日期 " + s[6:14] + " 不存在", "birth date " + s[6:14] + " does not exist"}
	}
	ty, tm, td := today.Date()
	if birth.After(time.Date(ty, tm, td, 0, 0, 0, 0, time.UTC)) {
		return &ResidentIDError{"出生日期 " + s[6:14] + " 晚于今天", "birth date " + s[6:14] + " is in the future"}
	}
	return nil
}
