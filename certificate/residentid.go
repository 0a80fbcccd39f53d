package certificate

import (
	"errors"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/nationalid"
)

// residentID checks a resident identity card number by GB 11643-1999 and
// says what is wrong in Chinese and English. A zero today checks no upper
// bound on the birth date.
func residentID(s string, today time.Time) (zh, en string, ok bool) {
	err := nationalid.CheckResidentID(s, today)
	if err == nil {
		return "", "", true
	}
	en, zh = err.Error(), "居民身份证号码有误："+err.Error()
	var e *skillcert.Error
	if errors.As(err, &e) {
		zh = e.Chinese()
	}
	return zh, en, false
}
