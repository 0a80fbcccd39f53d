package filing

import (
	"strconv"
	"strings"
)

// The 统一社会信用代码 (unified social credit code) of GB 32100-2015: 18
// characters from a 31-character set, with an organisation code of GB 11714 in
// positions 9–17 (its own check character at 17) and the code's check character
// at 18.
const creditChars = "0123456789ABCDEFGHJKLMNPQRTUWXY"

var creditWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// CreditCodeError says what is wrong with a 统一社会信用代码.
type CreditCodeError struct {
	Input   string // as given
	Pos     int    // 1-based position of the bad character, 0 for the length
	Reason  string // in Chinese
	English string
}

// Error quotes the code and says what is wrong, in English.
func (e *CreditCodeError) Error() string {
	return "filing: unified social credit code " + strconv.Quote(e.Input) + ": " + e.English
}

// CheckCreditCode checks a 统一社会信用代码 against GB 32100-2015: 18
// characters (upper case; spaces around it are ignored), each from
// 0–9 A–H J–N P–R T U W–Y, the GB 11714 check character in position 17 and the
// GB 32100 check character in position 18.
func CheckCreditCode(s string) error {
	code := strings.TrimSpace(s)
	fail := func(pos int, zh, en string) error { return &CreditCodeError{s, pos, zh, en} }
	if n := len(code); n != 18 {
		return fail(0, "长度为 "+strconv.Itoa(n)+"，应为 18 位", "length "+strconv.Itoa(n)+", want 18 characters")
	}
	var v [18]int
	for i := 0; i < 18; i++ {
		j := strings.IndexByte(creditChars, code[i])
		if j < 0 {
			return fail(i+1, "第 "+strconv.Itoa(i+1)+" 位“"+code[i:i+1]+"”不是代码字符", "character "+strconv.Quote(code[i:i+1])+
				" at position "+strconv.Itoa(i+1)+" is not in the code's character set (0–9, A–Y without I O S V Z)")
		}
		v[i] = j
	}
	// Positions 9–17: the organisation code of GB 11714, digits and letters
	// valued 10–35, with weights 3 7 9 10 5 8 4 2 and its check character at 17.
	org := code[8:17]
	sum := 0
	for i, w := range [8]int{3, 7, 9, 10, 5, 8, 4, 2} {
		c := org[i]
		n := int(c - '0')
		if c >= 'A' {
			n = int(c-'A') + 10
		}
		sum += n * w
	}
	want := "0123456789X"[(11-sum%11)%11]
	if org[8] != want {
		return fail(17, "第 17 位（组织机构代码校验码）应为“"+string(want)+"”", "check character of the organisation code at position 17 is "+
			strconv.Quote(org[8:])+", want "+strconv.Quote(string(want)))
	}
	sum = 0
	for i, w := range creditWeights {
		sum += v[i] * w
	}
	if c := creditChars[(31-sum%31)%31]; code[17] != c {
		return fail(18, "第 18 位校验码应为“"+string(c)+"”", "check character at position 18 is "+
			strconv.Quote(code[17:])+", want "+strconv.Quote(string(c)))
	}
	return nil
}
