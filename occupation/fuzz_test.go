package occupation

import (
	"testing"

	"github.com/skillcert/skillcert"
)

// FuzzParse: Parse never panics; what it reads formats and parses back to the
// same Code; name look-up never panics either.
func FuzzParse(f *testing.F) {
	f.Add("4-12-01-01")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Parse(s)
		if err == nil {
			if back, err := Parse(c.String()); err != nil || back != c {
				t.Fatalf("%q → %v, but %q → %v, %v", s, c, c.String(), back, err)
			}
		} else if e, ok := err.(*skillcert.Error); !ok || e.Input != s || e.Pos < 0 || e.End < e.Pos {
			t.Fatalf("%q: %v", s, err)
		}
		if e, ok := LookupName(s); ok && e.Code == 0 {
			t.Fatalf("LookupName(%q) found the zero Code", s)
		}
	})
}
