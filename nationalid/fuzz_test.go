package nationalid

import (
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/skillcert/skillcert"
)

func checkErr(t *testing.T, s string, err error) {
	t.Helper()
	var e *skillcert.Error
	if !errors.As(err, &e) || e.Input != s || e.Pos < 0 || e.End < e.Pos || e.End > utf8.RuneCountInString(s) || e.Kind == nil {
		t.Fatalf("%q: %#v", s, err)
	}
}

// FuzzParseCreditCode: never panics; an error keeps the input and points
// inside it; a code read once reads again the same.
func FuzzParseCreditCode(f *testing.F) {
	f.Add("91350100M000100Y43")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCreditCode(s)
		if err != nil {
			checkErr(t, s, err)
			return
		}
		if d, err := ParseCreditCode(c.String()); err != nil || d != c || len(c.String()) != 18 {
			t.Fatalf("%q: %v does not read back: %v", s, c, err)
		}
	})
}

// FuzzParseResidentID: as FuzzParseCreditCode, for resident ID numbers.
func FuzzParseResidentID(f *testing.F) {
	f.Add("11010519491231002X")
	f.Fuzz(func(t *testing.T, s string) {
		id, err := ParseResidentID(s)
		if err != nil {
			checkErr(t, s, err)
			return
		}
		if d, err := ParseResidentID(id.String()); err != nil || d != id || len(id.String()) != 18 || id.Birth().IsZero() {
			t.Fatalf("%q: %v does not read back: %v", s, id, err)
		}
	})
}
