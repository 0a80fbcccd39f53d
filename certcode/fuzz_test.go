package certcode_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/skillcert/skillcert"
	. "github.com/skillcert/skillcert/certcode"
)

// The fuzz targets check that the parsers never panic, that every failure is
// an *Error that keeps the input, and that whatever parses re-parses to the
// same value from its String and its MarshalText. Seeds: testdata/fuzz/.

func FuzzParse(f *testing.F) {
	f.Add("Y 0001 44 001005 20 5 000001")
	f.Add(fullWidth)
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Parse(s)
		checkRoundTrip(t, s, c, err, c.IsValid(), Parse)
		// The fast paths agree with the general clean-up.
		c2, err2 := Parse(Compact(s))
		if c2 != c || (err == nil) != (err2 == nil) {
			t.Fatalf("%q: Parse gives %v, %v; Parse(Compact) gives %v, %v", s, c, err, c2, err2)
		}
	})
}

func FuzzParseFiling(f *testing.F) {
	f.Add("S 0000 34 01 0001")
	f.Add("ｓ－００００－３４－０１－０００１")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseFiling(s)
		checkRoundTrip(t, s, c, err, c.IsValid(), ParseFiling)
	})
}

func FuzzParseCard(f *testing.F) {
	f.Add("R 44 21 0001")
	f.Add("ｒ　４４　２１　０００１")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCard(s)
		checkRoundTrip(t, s, c, err, c.IsValid(), ParseCard)
	})
}

type textValue interface {
	comparable
	String() string
	MarshalText() ([]byte, error)
}

func checkRoundTrip[T textValue](t *testing.T, s string, v T, err error, valid bool, parse func(string) (T, error)) {
	t.Helper()
	if err != nil {
		var e *skillcert.Error
		if !errors.As(err, &e) || e.Input != s || e.Pkg != "certcode" || e.Kind == nil || err.Error() == "" || e.Want == "" || e.Source == "" {
			t.Fatalf("%q: error %v is not a complete *skillcert.Error", s, err)
		}
		if e.Field == "" && !errors.Is(err, skillcert.ErrLength) {
			t.Fatalf("%q: %v names no field", s, err)
		}
		// Positions are characters of the input as given, within it.
		n := utf8.RuneCountInString(s)
		if e.Pos < 0 || e.End < e.Pos || e.End > n || (e.Pos == 0) != (e.Field == "" || e.Field == "scheme") {
			t.Fatalf("%q (%d characters): %v at %d–%d", s, n, err, e.Pos, e.End)
		}
		if e.Pos > 0 && !strings.Contains(s, e.Got) {
			t.Fatalf("%q: Got %q is not as written", s, e.Got)
		}
		if len(err.Error()) > 1000 {
			t.Fatalf("%q: message of %d bytes", s[:min(len(s), 50)], len(err.Error()))
		}
		if valid {
			t.Fatalf("%q: error and a valid value", s)
		}
		return
	}
	if !valid {
		t.Fatalf("%q: no error but the zero value", s)
	}
	again, err := parse(v.String())
	if err != nil || again != v {
		t.Fatalf("%q: String %q re-parses to %v, %v", s, v.String(), again, err)
	}
	text, _ := v.MarshalText()
	again, err = parse(string(text))
	if err != nil || again != v {
		t.Fatalf("%q: MarshalText %q re-parses to %v, %v", s, text, again, err)
	}
}
