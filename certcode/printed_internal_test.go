package certcode

import (
	"strings"
	"testing"
)

// The printed layouts take the fast path (parsePrinted reports ok) and give
// what the general clean-up gives. A mistake in the gatherers would not show
// in results, only in speed, so this asks the fast path itself.
func TestPrintedFastPath(t *testing.T) {
	wide := func(s string) string {
		return strings.Map(func(r rune) rune {
			switch {
			case r == ' ':
				return '\u3000'
			case r > ' ' && r < 0x7f:
				return r + 0xFEE0
			}
			return r
		}, s)
	}
	for _, c := range []string{"Y000144001005205000001", "S000034010001203000042", "Y000041120003195000001",
		"Y000050399999201000001", "S000011123456195000001", "Y999982999999995999999"} {
		want, err := Parse(c)
		if err != nil {
			t.Fatal(err)
		}
		g := want.Grouped()
		for _, in := range []string{c, strings.ToLower(c), g, strings.ToLower(g), strings.ReplaceAll(g, " ", "-"),
			wide(c), wide(g), wide(strings.ToLower(g))} {
			got, ok := parsePrinted(in)
			if !ok || got != want {
				t.Errorf("parsePrinted(%q) = %v, %v; want %v", in, got, ok, want)
			}
			var b [32]byte
			if sc, err := read(&b, in, maxLen, 0); err != nil || newCode(string(b[:maxLen]), sc) != want {
				t.Errorf("the general clean-up of %q gives %v, %v", in, newCode(string(b[:maxLen]), sc), err)
			}
		}
	}
	// Not a printed layout: the general clean-up reads them.
	for _, in := range []string{"Y 0001-44 001005 20 5 000001", "Y0001 44 001005 20 5 000001 ", "Ｙ　０００１　４４　００１００５　２０　５ ０００００１"} {
		if _, ok := parsePrinted(in); ok {
			t.Errorf("parsePrinted(%q) took a form that is not a printed layout", in)
		}
	}
}
