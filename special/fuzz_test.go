package special_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/special"
)

// The fuzz targets check that the parsers never panic; that every failure is
// a *skillcert.Error that keeps the input and points at characters that are
// in it, quoting them as written; and that whatever parses re-parses to the
// same value from its String and its MarshalText. Seeds: testdata/fuzz/.

func FuzzParse(f *testing.F) {
	f.Add("20 16015000 00001")
	f.Fuzz(func(t *testing.T, s string) {
		n, err := special.Parse(s)
		checkFuzz(t, s, n, err, n.IsValid(), special.NumberLen, special.Parse)
		if err == nil && (n.Year() < special.FirstYear || n.Serial() < 1 || !n.Institution().IsValid()) {
			t.Fatalf("Parse(%q) = %v: year %d serial %d", s, n, n.Year(), n.Serial())
		}
	})
}

func FuzzParseInstitution(f *testing.F) {
	f.Add("1601 5 000")
	f.Fuzz(func(t *testing.T, s string) {
		in, err := special.ParseInstitution(s)
		checkFuzz(t, s, in, err, in.IsValid(), special.InstitutionLen, special.ParseInstitution)
	})
}

func FuzzExplain(f *testing.F) {
	f.Add("16015xxx")
	f.Fuzz(func(t *testing.T, s string) {
		parts, err := special.Explain(s)
		if (err == nil) == (len(parts) == 0) {
			t.Fatalf("Explain(%q) = %d parts, %v", s, len(parts), err)
		}
		var joined strings.Builder
		for _, p := range parts {
			joined.WriteString(p.Value)
		}
		if err == nil && joined.Len() != special.NumberLen && joined.Len() != special.InstitutionLen {
			t.Fatalf("Explain(%q): parts join to %q", s, joined.String())
		}
	})
}

type textValue interface {
	comparable
	String() string
	MarshalText() ([]byte, error)
}

func checkFuzz[T textValue](t *testing.T, s string, v T, err error, valid bool, width int, parse func(string) (T, error)) {
	t.Helper()
	if err != nil {
		var e *skillcert.Error
		if !errors.As(err, &e) {
			t.Fatalf("%q: error %T is not a *skillcert.Error", s, err)
		}
		var zero T
		if valid || v != zero {
			t.Fatalf("%q: a value with an error", s)
		}
		n := utf8.RuneCountInString(s)
		if e.Pkg != "special" || e.Input != s || e.Kind == nil || e.Source == "" || e.Pos < 0 || e.End < e.Pos || e.End > n || (e.Pos == 0) != (e.End == 0) {
			t.Fatalf("%q: bad error %#v", s, e)
		}
		if e.Field != "length" && e.Pos > 0 {
			if got := string([]rune(s)[e.Pos-1 : e.End]); strings.ToValidUTF8(got, "\uFFFD") != strings.ToValidUTF8(e.Got, "\uFFFD") {
				t.Fatalf("%q: Got %q, characters %d–%d are %q", s, e.Got, e.Pos, e.End, got)
			}
		}
		_ = err.Error()
		_ = e.Chinese()
		return
	}
	if !valid {
		t.Fatalf("%q: no error and no value", s)
	}
	str := v.String()
	if len(str) != width || strings.Trim(str, "0123456789") != "" {
		t.Fatalf("%q: String %q", s, str)
	}
	if back, err := parse(str); err != nil || back != v {
		t.Fatalf("%q: String %q parses back as %v, %v", s, str, back, err)
	}
	b, _ := v.MarshalText()
	if string(b) != str {
		t.Fatalf("%q: MarshalText %q, String %q", s, b, str)
	}
}
