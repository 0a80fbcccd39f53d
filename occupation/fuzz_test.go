package occupation

import (
	"strings"
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

// FuzzReadOverlay: ReadOverlay never panics; what it accepts New accepts, and
// every row's code is then in the dictionary.
func FuzzReadOverlay(f *testing.F) {
	f.Add("announcement\tx\t2024-07-31\n4-04-05-12\t新职业\tS\t甲、乙\n")
	f.Add("announcement\tx\t2024-07-31\n6-20-01-01\t新名\t-\t-\t装配钳工\n")
	f.Fuzz(func(t *testing.T, s string) {
		o, err := ReadOverlay(strings.NewReader(s), "fuzz.tsv")
		if err != nil {
			return
		}
		d, err := New(o)
		if err != nil {
			t.Fatalf("ReadOverlay accepted what New refuses: %v", err)
		}
		for _, r := range o.rows {
			if _, ok := d.Lookup(r.code); !ok {
				t.Fatalf("%s missing after the overlay", r.code)
			}
		}
	})
}
