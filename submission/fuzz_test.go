package submission

import (
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/skillcert/skillcert"
)

// FuzzCheckCSV: any bytes give a summary or an error, never a panic; every
// row read is accounted for; every finding is complete and short; memory
// stays bounded by the limits, whatever the input.
func FuzzCheckCSV(f *testing.F) {
	f.Add([]byte(anhuiHeader + goodRow))
	f.Add([]byte("标题\n填报单位（章）：\n" + anhuiHeader + goodRow + ",,,,\n\n" + row2))
	f.Add([]byte(anhuiHeader + goodRow + "\xff\xfe" + row2))
	f.Add([]byte(anhuiHeader + strings.Replace(goodRow, "S000034010001244000001", "\"S0000340100\n01244000001\"", 1)))
	lim := Limits{MaxRecordBytes: 4 << 10, MaxCellBytes: 1 << 10, MaxRows: 1000}
	f.Fuzz(func(t *testing.T, data []byte) {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		before := ms.TotalAlloc
		sum, _, err := CheckCSV(strings.NewReader(string(data)), Options{Today: today, Limits: lim}, func(x skillcert.Finding) error {
			if x.Rule == "" || x.Message == "" || x.English == "" || x.Severity < skillcert.SeverityInfo || x.Severity > skillcert.SeverityError {
				t.Fatalf("incomplete finding %+v", x)
			}
			if len(x.Value) > 4*maxQuote+3 || len(x.Message) > 2000 || len(x.English) > 2000 {
				t.Fatalf("a long finding %+v", x)
			}
			return nil
		})
		if sum.Rows != sum.Clean+sum.WithFindings {
			t.Fatalf("rows not accounted for: %+v (%v)", sum, err)
		}
		var re *ReadError
		if errors.As(err, &re) && (re.Row <= 0 || len(err.Error()) > 1000) {
			t.Fatalf("a read error without its row, or long: %v", err)
		}
		runtime.ReadMemStats(&ms)
		if a := ms.TotalAlloc - before; a > uint64(64*len(data))+8<<20 {
			t.Fatalf("%d bytes allocated for %d bytes of input", a, len(data))
		}
	})
}

// FuzzCSVRows: the row reader alone yields rows in increasing order, each
// within the limits, or stops at an error that names its line.
func FuzzCSVRows(f *testing.F) {
	f.Add([]byte("a,b\n\n\"c\nd\",e\n"))
	f.Add([]byte("\xef\xbb\xbfa,b\r\n1,2"))
	f.Add([]byte("\xd5\xc5\xc8\xfd,201\n\xff\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		last := 0
		for r, err := range CSVRows(strings.NewReader(string(data)), Limits{MaxRecordBytes: 256}) {
			if err != nil {
				var re *ReadError
				if errors.As(err, &re) && re.Row < last {
					t.Fatalf("error at line %d after line %d: %v", re.Row, last, err)
				}
				return
			}
			if r.Num <= last {
				t.Fatalf("row %d after %d", r.Num, last)
			}
			last = r.Num
			n := 0
			for _, c := range r.Cells {
				n += len(c)
			}
			if n > 3*256 { // GB18030 decodes to at most 3 bytes of UTF-8 per byte (0x80 is €)
				t.Fatalf("row %d holds %d bytes, over the limit", r.Num, n)
			}
		}
	})
}
