package certificate

import (
	"time"

	"github.com/skillcert/skillcert/submission"
)

// residentID checks a resident identity card number by GB 11643-1999 and
// says what is wrong in Chinese and English. It is the package's only use of
// the resident ID checker, so that checker can move in one place.
func residentID(s string, today time.Time) (zh, en string, ok bool) {
	if today.IsZero() {
		today = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	err := submission.CheckResidentID(s, today)
	if err == nil {
		return "", "", true
	}
	en = "resident ID number " + short(s) + ": " + err.Error()
	zh = "居民身份证号码有误：" + err.Error()
	switch e := err.(type) {
	case interface{ Chinese() string }:
		zh = e.Chinese()
	case *submission.ResidentIDError:
		zh, en = "居民身份证号码“"+short(s)+"”有误："+e.Reason, "resident ID number "+short(s)+": "+e.English
	}
	return zh, en, false
}
