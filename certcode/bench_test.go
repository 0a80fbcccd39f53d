package certcode_test

import (
	"testing"

	. "github.com/skillcert/skillcert/certcode"
)

const (
	canonical = "Y000144001005205000001"
	fullWidth = "Ｙ　０００１　４４　００１００５　２０　５　０００００１"
)

func TestParseAllocs(t *testing.T) {
	for _, s := range []string{canonical, fullWidth, "S 0000 34 01 0001 20 3 000042", "Y000123000001195000001"} {
		if n := testing.AllocsPerRun(200, func() { _, _ = Parse(s) }); n != 0 {
			t.Errorf("Parse(%q) allocates %v times, want 0", s, n)
		}
	}
	if n := testing.AllocsPerRun(200, func() { _, _ = ParseFiling("S000034010001") }); n != 0 {
		t.Errorf("ParseFiling allocates %v times", n)
	}
	if n := testing.AllocsPerRun(200, func() { _, _ = ParseCard("R44210001") }); n != 0 {
		t.Errorf("ParseCard allocates %v times", n)
	}
	if n := testing.AllocsPerRun(200, func() { _ = Compact(canonical) }); n != 0 {
		t.Errorf("Compact of a compact number allocates %v times", n)
	}
}

func BenchmarkParse(b *testing.B) {
	for _, bc := range []struct{ name, in string }{{"canonical", canonical}, {"fullwidth-grouped", fullWidth}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := Parse(bc.in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBaseline is the straightforward validator the issue compares
// against: a regexp plus map look-ups (baseline_test.go). Run both:
//
//	go test -run '^$' -bench 'Parse/canonical|Baseline' ./certcode
func BenchmarkBaseline(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if err := baselineValidate(canonical); err != nil {
			b.Fatal(err)
		}
	}
}

func TestBaselineAgrees(t *testing.T) {
	// The baseline is only a fair yardstick if it checks the same things.
	for _, s := range []string{canonical, "S000034010001203000042", "Y000050390001215000001", "Y000141009001205000001",
		"Y000123000001195000001", "S000044001005205000001"} {
		if err := baselineValidate(s); err != nil {
			t.Errorf("baseline rejects %s: %v", s, err)
		}
	}
	for _, s := range []string{"Y000144101005205000001", "S000034010000205000001", "Y000144001005185000001",
		"Y000199001005205000001", "S100034010001205000001", "Y000144004005205000001", "Y000144001005205000000"} {
		if baselineValidate(s) == nil || Validate(s) == nil {
			t.Errorf("%s accepted", s)
		}
	}
}
