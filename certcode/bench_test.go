package certcode_test

import (
	"runtime"
	"strings"
	"testing"

	. "github.com/skillcert/skillcert/certcode"
)

// The inputs of the speed figures: the canonical form, the same number copied
// from a Chinese word processor (full width, ideographic spaces), grouped as
// the documents print it, and in lower case with dashes.
const (
	canonical = "Y000144001005205000001"
	fullWidth = "Ｙ　０００１　４４　００１００５　２０　５　０００００１"
	groupedIn = "Y 0001 44 001005 20 5 000001"
	lowerDash = "y-0001-44-001005-20-5-000001"
)

// hotPaths are the calls that must not allocate when they succeed.
var hotPaths = []struct {
	name string
	fn   func() bool
}{
	{"Parse/canonical", func() bool { _, err := Parse(canonical); return err == nil }},
	{"Parse/fullwidth", func() bool { _, err := Parse(fullWidth); return err == nil }},
	{"Parse/grouped", func() bool { _, err := Parse(groupedIn); return err == nil }},
	{"Parse/lower-dash", func() bool { _, err := Parse(lowerDash); return err == nil }},
	{"Parse/anhui", func() bool { _, err := Parse("S 0000 34 01 0001 20 3 000042"); return err == nil }},
	{"Parse/nbsp", func() bool {
		_, err := Parse("\u00a0Y\u00a00001\u00a044\u00a0001005\u00a020\u00a05\u00a0000001 ")
		return err == nil
	}},
	{"ParseAs", func() bool { _, err := ParseAs(canonical, National); return err == nil }},
	{"Validate", func() bool { return Validate(groupedIn) == nil }},
	{"ParseFiling", func() bool { _, err := ParseFiling("S000034010001"); return err == nil }},
	{"ParseFiling/grouped", func() bool { _, err := ParseFiling("Ｓ ００００ ３４ ０１ ０００１"); return err == nil }},
	{"ValidateFiling", func() bool { return ValidateFiling("S 0000 34 01 0001") == nil }},
	{"ParseCard", func() bool { _, err := ParseCard("R44210001"); return err == nil }},
	{"ParseCard/grouped", func() bool { _, err := ParseCard("y 000123 21 0001"); return err == nil }},
	{"Compact", func() bool { return Compact(canonical) == canonical }},
	{"accessors", func() bool {
		c := MustParse(canonical)
		return c.Province() == "44" && c.Institution() == "0001" && c.Area() == "00" && c.Sequence() == "005" &&
			c.Site().Int() == 1005 && c.ProvinceName() == "广东省" && c.AreaName() == "省本级" && c.Year() == 2020 &&
			c.Serial() == 1 && c.Filing().Province() == "44" && c.Unit() == StateOwned
	}},
	{"card accessors", func() bool {
		k := MustParseCard("Y000123210001")
		return k.Issuer().Int() == 123 && k.Holder() == "用人单位" && k.Year() == 2021 && k.Serial() == 1
	}},
	{"Parts", func() bool {
		n := 0
		for p := range MustParse(canonical).Parts() {
			n += p.To - p.From + 1
		}
		return n == 22
	}},
	{"AppendText", func() bool {
		var buf [32]byte
		b, _ := MustParse(canonical).AppendText(buf[:0])
		return len(b) == 22
	}},
	{"Compare", func() bool { return MustParse(canonical).Compare(MustParse("S000034010001203000042")) > 0 }},
	{"Filing.Compare", func() bool { return MustParseFiling("S000034010001").Compare(MustParseFiling("Y000144001005")) < 0 }},
	{"Card.Compare", func() bool { return MustParseCard("R44210001").Compare(MustParseCard("H123456210000")) > 0 }},
	{"Scheme.AppendText", func() bool {
		var buf [16]byte
		b, err := Anhui.AppendText(buf[:0])
		return err == nil && string(b) == "anhui"
	}},
	{"ParseScheme", func() bool { s, err := ParseScheme("henan"); return err == nil && s == Henan }},
}

// cpuTimer reports allocations and, where the OS tells it, the CPU time
// per operation of the calling thread as the metric "cpu-ns/op", next to the
// wall time. On a machine busy with other work the wall time of a benchmark
// counts the time it waited for a CPU; its CPU time does not, so ratios of
// CPU times stay true under load. scripts/bench uses them where present.
// Call it as defer cpuTimer(b)() just before the loop.
func cpuTimer(b *testing.B) func() {
	b.ReportAllocs()
	runtime.LockOSThread()
	b.ResetTimer()
	t0 := threadCPU()
	return func() {
		t1 := threadCPU()
		b.StopTimer()
		runtime.UnlockOSThread()
		if t0 >= 0 && t1 >= t0 && b.N > 0 {
			b.ReportMetric(float64(t1-t0)/float64(b.N), "cpu-ns/op")
		}
	}
}

func TestHotPathsDoNotAllocate(t *testing.T) {
	for _, h := range hotPaths {
		if !h.fn() {
			t.Errorf("%s: failed", h.name)
			continue
		}
		if n := testing.AllocsPerRun(200, func() { h.fn() }); n != 0 {
			t.Errorf("%s allocates %v times per call, want 0", h.name, n)
		}
	}
}

// BenchmarkParse measures Parse on the forms people paste. The speed goals
// are ratios to Parse/canonical in the same run (scripts/bench prints them):
// full width and grouped at most 4×.
func BenchmarkParse(b *testing.B) {
	for _, bc := range []struct{ name, in string }{
		{"canonical", canonical}, {"fullwidth", fullWidth}, {"grouped", groupedIn}, {"lower", strings.ToLower(canonical)},
		{"lower-dash", lowerDash},
	} {
		b.Run(bc.name, func(b *testing.B) {
			defer cpuTimer(b)()
			for i := 0; i < b.N; i++ {
				if _, err := Parse(bc.in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParseError measures the path that explains a defect (it
// allocates the error).
func BenchmarkParseError(b *testing.B) {
	defer cpuTimer(b)()
	for i := 0; i < b.N; i++ {
		if Validate("Y 0001 44 101005 20 5 000001") == nil {
			b.Fatal("accepted")
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	defer cpuTimer(b)()
	for i := 0; i < b.N; i++ {
		if err := Validate(canonical); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseFiling(b *testing.B) {
	for _, bc := range []struct{ name, in string }{{"canonical", "S000034010001"}, {"grouped", "S 0000 34 01 0001"}} {
		b.Run(bc.name, func(b *testing.B) {
			defer cpuTimer(b)()
			for i := 0; i < b.N; i++ {
				if _, err := ParseFiling(bc.in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkParseCard(b *testing.B) {
	for _, bc := range []struct{ name, in string }{{"external", "R44210001"}, {"internal-grouped", "Y 000123 21 0001"}} {
		b.Run(bc.name, func(b *testing.B) {
			defer cpuTimer(b)()
			for i := 0; i < b.N; i++ {
				if _, err := ParseCard(bc.in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkString(b *testing.B) {
	c := MustParse(canonical)
	defer cpuTimer(b)()
	for i := 0; i < b.N; i++ {
		if len(c.String()) != 22 {
			b.Fatal("short")
		}
	}
}

func BenchmarkAppendText(b *testing.B) {
	c := MustParse(canonical)
	buf := make([]byte, 0, 64)
	defer cpuTimer(b)()
	for i := 0; i < b.N; i++ {
		buf, _ = c.AppendText(buf[:0])
	}
}

// BenchmarkBaseline is the straightforward validator the speed goal compares
// against: a regexp plus map look-ups (baseline_test.go). Parse/canonical
// must be at least 40 times faster in the same run:
//
//	go test -run '^$' -bench 'Parse/canonical|Baseline' ./certcode
func BenchmarkBaseline(b *testing.B) {
	defer cpuTimer(b)()
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
