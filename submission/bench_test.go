package submission

import (
	"bytes"
	"encoding/csv"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/submission/subgen"
)

// table300k is a generated table of 300,000 rows, 10% with a defect.
var table300k = sync.OnceValue(func() []byte {
	var buf bytes.Buffer
	buf.WriteString(strings.Join(subgen.Header, ",") + "\n")
	if _, err := subgen.Generate(subgen.Options{Rows: 300_000, DefectShare: 0.1, Seed: 1}, func(cells []string) error {
		buf.WriteString(strings.Join(cells, ",") + "\n")
		return nil
	}); err != nil {
		panic(err)
	}
	return buf.Bytes()
})

// BenchmarkTable300k compares, in one run, the whole check of a 300,000-row
// CSV table (CheckCSV: encoding, limits, every rule) with bare encoding/csv
// reading of the same bytes; the goal is a ratio of at most 3:
//
//	go test -run '^$' -bench Table300k -benchmem ./submission
func BenchmarkTable300k(b *testing.B) {
	data := table300k()
	b.Run("bare-csv", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			cr := csv.NewReader(bytes.NewReader(data))
			cr.ReuseRecord = true
			n := 0
			for {
				_, err := cr.Read()
				if err == io.EOF {
					break
				}
				if err != nil {
					b.Fatal(err)
				}
				n++
			}
			if n != 300_001 {
				b.Fatal(n)
			}
		}
	})
	b.Run("check", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sum, _, err := CheckCSV(bytes.NewReader(data), Options{Today: today}, func(skillcert.Finding) error { return nil })
			if err != nil || sum.Rows != 300_000 {
				b.Fatal(sum, err)
			}
		}
	})
}
