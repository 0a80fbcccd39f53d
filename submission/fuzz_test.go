package submission

import (
	"github.com/skillcert/skillcert"

	"strings"
	"testing"
)

// FuzzCheckCSV: any bytes give a summary or an error, never a panic, and every
// row read is accounted for.
func FuzzCheckCSV(f *testing.F) {
	f.Add([]byte(anhuiHeader + goodRow))
	f.Fuzz(func(t *testing.T, data []byte) {
		sum, _, err := CheckCSV(strings.NewReader(string(data)), Options{Today: today}, func(x skillcert.Finding) error {
			if x.Rule == "" || x.Message == "" || x.English == "" {
				t.Fatalf("incomplete finding %+v", x)
			}
			return nil
		})
		if sum.Rows != sum.Clean+sum.WithFindings {
			t.Fatalf("rows not accounted for: %+v (%v)", sum, err)
		}
	})
}

// FuzzCheckResidentID: never panics.
func FuzzCheckResidentID(f *testing.F) {
	f.Add("11010519491231002X")
	f.Fuzz(func(t *testing.T, s string) {
		if err := CheckResidentID(s, today); err == nil && len(s) != 18 {
			t.Fatalf("%q accepted", s)
		}
	})
}
