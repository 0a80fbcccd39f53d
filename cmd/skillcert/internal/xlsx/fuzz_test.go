package xlsx

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// FuzzRows reads arbitrary bytes as the sheet XML of a workbook (with the
// shared strings 甲 and 乙): never a panic, every row number increasing and
// within the sheet, every cell within the limits.
//
//	go test -fuzz FuzzRows ./internal/xlsx
func FuzzRows(f *testing.F) {
	f.Add([]byte(sheetOf(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>a&amp;b</t></is></c></row>`)))
	f.Add([]byte(sheetOf(`<row><c><v>1</v></c><c/><c t="s"><v>1</v></c></row><row r="1048576" s="2"/>`)))
	f.Add([]byte(sheetOf(`<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:r><x:t>职业</x:t></x:r><x:rPh><x:t>z</x:t></x:rPh></x:is></x:c></x:row>`)))
	f.Add([]byte(sheetOf(`<row r="3"><c r="A3" s="1" t="s"><v>1</v></c><c r="B3" t="inlineStr"><is><t xml:space="preserve"> a </t></is></c><c r="C3" s="2"/><c r="D3"></c><c r='E3' t='str'><v>x&gt;</v></c><c r="F3" t="inlineStr"><is><t>` + "a\r\nb" + `</t></is></c></row>`)))
	f.Add([]byte(sheetOf(`<row r="1"><c r="A1"  t="n" ><v>1</v></c>` + "\n  " + `<c r="B1" t="s"><v> 0 </v></c><c r="Z1" t="inlineStr"><is><t>甲</t></is></c><c r="C1"><v>2</v></c></row>`)))
	lim := Limits{MaxBytes: 1 << 20, MaxRows: 1000, MaxCols: 20, MaxCell: 50}
	ss := sst("甲", "乙")
	f.Fuzz(func(t *testing.T, sheet []byte) {
		data := book(t, string(sheet), ss)
		b, err := Open(bytes.NewReader(data), int64(len(data)), lim)
		if err != nil {
			t.Fatal(err) // only the sheet varies: the workbook opens
		}
		// The fast path and the general path read the same rows and fail
		// with the same error.
		fast, fastErr := readAll(t, data, "", lim)
		fastCells = false
		slow, slowErr := readAll(t, data, "", lim)
		fastCells = true
		if !cmp.Equal(fast, slow) || fmt.Sprint(fastErr) != fmt.Sprint(slowErr) {
			t.Fatalf("fast path: %q, %v\ngeneral path: %q, %v", fast, fastErr, slow, slowErr)
		}
		prev, n := 0, 0
		for r, err := range b.Rows("") {
			if err != nil {
				if len(err.Error()) > 2000 {
					t.Fatalf("message of %d bytes", len(err.Error()))
				}
				break
			}
			n++
			if r.Num <= prev || r.Num > maxSheetRow || n > lim.MaxRows {
				t.Fatalf("row %d after %d (%d rows)", r.Num, prev, n)
			}
			prev = r.Num
			if len(r.Cells) > lim.MaxCols || len(r.Cells) > 0 && r.Cells[len(r.Cells)-1] == "" {
				t.Fatalf("row %d: %d cells, %q", r.Num, len(r.Cells), r.Cells)
			}
			for _, c := range r.Cells {
				if utf8.RuneCountInString(c) > lim.MaxCell || !utf8.ValidString(c) || strings.ContainsRune(c, 0) {
					t.Fatalf("row %d: cell %q", r.Num, c)
				}
			}
		}
	})
}
