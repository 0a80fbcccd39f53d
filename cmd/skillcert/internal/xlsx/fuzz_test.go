package xlsx

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
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
	lim := Limits{MaxBytes: 1 << 20, MaxRows: 1000, MaxCols: 20, MaxCell: 50}
	ss := sst("甲", "乙")
	f.Fuzz(func(t *testing.T, sheet []byte) {
		data := book(t, string(sheet), ss)
		b, err := Open(bytes.NewReader(data), int64(len(data)), lim)
		if err != nil {
			t.Fatal(err) // only the sheet varies: the workbook opens
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
