package submission

import "github.com/skillcert/skillcert/nationalid"

// idWeights are the weights of the check character's sum (GB 11643-1999
// 7.2): 2^(17−i) mod 11 for positions 1–17.
var idWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// residentIDOK is a fast path in front of nationalid.CheckResidentID for the
// form nearly every table holds: 18 ASCII characters, 17 digits and a digit
// or upper-case X. It reports true only when CheckResidentID(s, today) would
// return nil (checksum right, birth date real, from nationalid.MinBirthYear
// on and not after today, given as yyyymmdd); for anything else it reports
// false and the caller asks CheckResidentID, which is the authority and
// words the error. TestResidentIDFastPath holds the two together.
func residentIDOK(s string, today int) bool {
	if len(s) != 18 {
		return false
	}
	sum, birth := 0, 0
	for i := 0; i < 17; i++ {
		d := s[i] - '0'
		if d > 9 {
			return false
		}
		sum += int(d) * idWeights[i]
		if i >= 6 && i < 14 {
			birth = birth*10 + int(d)
		}
	}
	if "10X98765432"[sum%11] != s[17] {
		return false
	}
	y, m, d := birth/10000, birth/100%100, birth%100
	return y >= nationalid.MinBirthYear && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) && birth <= today
}
