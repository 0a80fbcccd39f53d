package level

import (
	"testing"

	"github.com/skillcert/skillcert"
)

// FuzzParse: Parse never panics, every failure quotes the input, and every
// level it reads parses back from its String and its Grade.
func FuzzParse(f *testing.F) {
	f.Add("五级/初级工")
	f.Fuzz(func(t *testing.T, s string) {
		l, err := Parse(s)
		if err != nil {
			if e, ok := err.(*skillcert.Error); !ok || e.Input != s || e.Pos < 0 || e.End < e.Pos {
				t.Fatalf("%q: %v", s, err)
			}
			return
		}
		for _, form := range []string{l.String(), l.Grade(), l.Title()} {
			if back, err := Parse(form); err != nil || back != l {
				t.Fatalf("%q → %v, but %q → %v, %v", s, l, form, back, err)
			}
		}
	})
}
