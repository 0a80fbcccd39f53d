package calendar

import (
	"bytes"
	"errors"
	"testing"

	"github.com/skillcert/skillcert"
)

// FuzzReadHolidayCN: any bytes give a valid year or a *skillcert.Error, never a
// panic; a year that is read builds a calendar.
func FuzzReadHolidayCN(f *testing.F) {
	f.Add([]byte(`{"year":2031,"days":[{"name":"元旦","date":"2031-01-01","isOffDay":true}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		y, err := ReadHolidayCN(bytes.NewReader(data))
		var e *skillcert.Error
		if err != nil {
			if !errors.As(err, &e) || len(err.Error()) > 1000 {
				t.Fatalf("%q: %v", data, err)
			}
			return
		}
		if _, err := New(y); err != nil {
			t.Fatalf("a year that was read does not build a calendar: %v", err)
		}
	})
}
