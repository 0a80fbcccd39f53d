package special_test

import (
	"testing"

	"github.com/skillcert/skillcert/special"
)

// Compare the benchmarks as ratios within one run: the canonical fast path
// against the pasted forms, and parsing against formatting.

var sinkN special.Number
var sinkI special.Institution

func benchParse(b *testing.B, s string) {
	b.ReportAllocs()
	for range b.N {
		sinkN, _ = special.Parse(s)
	}
}

func BenchmarkParse(b *testing.B)        { benchParse(b, "201601500000001") }
func BenchmarkParseGrouped(b *testing.B) { benchParse(b, "20 16015000 00001") }
func BenchmarkParseFullWidth(b *testing.B) {
	benchParse(b, "２０１６０１５０００００００１")
}
func BenchmarkParseInvalid(b *testing.B) { benchParse(b, "201601500000000") }

func BenchmarkParseInstitution(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		sinkI, _ = special.ParseInstitution("16015000")
	}
}

func BenchmarkString(b *testing.B) {
	n := special.MustParse("201601500000001")
	b.ReportAllocs()
	for range b.N {
		_ = n.String()
	}
}

func BenchmarkAppendText(b *testing.B) {
	n := special.MustParse("201601500000001")
	buf := make([]byte, 0, 32)
	b.ReportAllocs()
	for range b.N {
		buf, _ = n.AppendText(buf[:0])
	}
}

func BenchmarkNumber(b *testing.B) {
	in := special.MustParseInstitution("16015001")
	b.ReportAllocs()
	serial := 0
	for range b.N {
		serial = serial%special.MaxSerial + 1
		sinkN, _ = in.Number(2021, serial)
	}
}
