package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"math/rand"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/skillcert/skillcert"
	"github.com/xuri/excelize/v2"
)

// trim drops trailing empty cells, as Row.Cells does.
func trim(c []string) []string {
	for len(c) > 0 && c[len(c)-1] == "" {
		c = c[:len(c)-1]
	}
	if len(c) == 0 {
		return nil
	}
	return c
}

// excelizeRows reads a sheet with excelize, by row number, raw values.
func excelizeRows(t *testing.T, data []byte, sheet string) map[int][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if sheet == "" {
		sheet = f.GetSheetList()[0]
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	out := map[int][]string{}
	for n := 1; rows.Next(); n++ {
		c, err := rows.Columns()
		if err != nil {
			t.Fatal(err)
		}
		if c = trim(c); c != nil {
			out[n] = c
		}
	}
	return out
}

// agree checks that this reader and excelize read the same cells.
func agree(t *testing.T, data []byte) {
	t.Helper()
	rows, err := readAll(t, data, "", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[int][]string{}
	for _, r := range rows {
		if r.Cells != nil {
			got[r.Num] = r.Cells
		}
	}
	if diff := cmp.Diff(excelizeRows(t, data, ""), got); diff != "" {
		t.Errorf("excelize (-) and this reader (+) disagree:\n%s", diff)
	}
}

func TestSampleAgreesWithExcelize(t *testing.T) {
	data, err := os.ReadFile("../../testdata/sample.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := readAll(t, data, "", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 100 || rows[0].Cells[0] != "姓名" {
		t.Fatalf("read %d rows, first %q", len(rows), rows[0].Cells)
	}
	agree(t, data)
}

// TestExcelizeWorkbookAgrees writes a workbook with excelize's ordinary
// (shared-string) writer, with numbers, booleans, formulas, rich text,
// escapes and gaps, and reads it both ways.
func TestExcelizeWorkbookAgrees(t *testing.T) {
	f := excelize.NewFile()
	s := "Sheet1"
	set := func(cell string, v any) {
		if err := f.SetCellValue(s, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	set("A1", "姓名")
	set("B1", "证件号码")
	set("D1", "备注")
	set("A2", "张三")
	set("B2", "44010619900101001X")
	set("C2", 3.25)
	set("D2", true)
	set("A3", "a & b < c > d \"e\" 'f'")
	set("B3", "  leading and trailing  ")
	set("C3", "line1\nline2")
	set("D3", "_x0041_ literally")
	set("A7", 12345678901234)
	set("F9", "far")
	f.SetCellFormula(s, "C4", "C2*2")
	f.SetCellRichText(s, "A4", []excelize.RichTextRun{{Text: "粗"}, {Text: "体", Font: &excelize.Font{Bold: true}}})
	st, _ := f.NewStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Color: []string{"FFFF00"}, Pattern: 1}})
	f.SetCellStyle(s, "A12", "H12", st) // styled, empty
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	agree(t, buf.Bytes())
	rows, _ := readAll(t, buf.Bytes(), "", Limits{})
	last := rows[len(rows)-1]
	if last.Num != 12 || len(last.Cells) != 0 {
		t.Errorf("styled empty row = %d %q; want 12 with no cells", last.Num, last.Cells)
	}
}

func TestCells(t *testing.T) {
	for _, tc := range []struct {
		name, rows string
		sst        string
		want       []Row
	}{
		{"shared and inline", `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>李四</t></is></c></row>`,
			sst("张三"), []Row{{1, []string{"张三", "李四"}}}},
		{"gaps keep their index", `<row r="2"><c r="C2"><v>7</v></c><c r="E2" t="str"><v>x</v></c></row>`,
			sstEmpty, []Row{{2, []string{"", "", "7", "", "x"}}}},
		{"missing r attributes count on", `<row><c><v>1</v></c><c/><c><v>3</v></c></row><row><c t="b"><v>1</v></c></row><row r="9"/><row><c r="B10"><v>x</v></c></row>`,
			sstEmpty, []Row{{1, []string{"1", "", "3"}}, {2, []string{"1"}}, {9, nil}, {10, []string{"", "x"}}}},
		{"styled empty cells and rows", `<row r="1" s="2" customFormat="1"><c r="A1" s="3"/><c r="B1" s="3"/></row><row r="2"><c r="A2" s="1"><v>5</v></c><c r="B2" s="3"/></row>`,
			sstEmpty, []Row{{1, nil}, {2, []string{"5"}}}},
		{"entities, CDATA, comments, CR LF", `<row r="1"><c t="inlineStr"><is><t>&amp;&lt;&gt;&quot;&apos;&#20013;&#x56FD;</t></is></c><c t="inlineStr"><is><t><![CDATA[<b>&amp;]]></t></is></c><c><v>1<!-- x -->2</v></c><c t="inlineStr"><is><t>a` + "\r\n" + `b` + "\r" + `c</t></is></c></row>`,
			sstEmpty, []Row{{1, []string{`&<>"'中国`, "<b>&amp;", "12", "a\nb\nc"}}}},
		{"rich text without phonetic runs", `<row r="1"><c t="inlineStr"><is><r><rPr><b/></rPr><t>职业</t></r><r><t xml:space="preserve"> 技能 </t></r><rPh sb="0" eb="1"><t>ZHI</t></rPh></is></c></row>`,
			sstEmpty, []Row{{1, []string{"职业 技能 "}}}},
		{"escapes _xHHHH_", `<row r="1"><c t="s"><v>0</v></c><c t="inlineStr"><is><t>a_x000B_b</t></is></c><c t="str"><v>_x0041_</v></c></row>`,
			sst("_x005F_x0041_"), []Row{{1, []string{"_x0041_", "a\vb", "_x0041_"}}}},
		{"formula's cached value", `<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C1"><f>1/0</f></c></row>`,
			sstEmpty, []Row{{1, []string{"2", "ab"}}}},
		{"prefixed elements", `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c></x:row>`,
			sstEmpty, []Row{{1, []string{"前缀"}}}},
		{"tag with > in a value and spaces", `<row r="1" note="a>b" ><c r = "A1"  t='n' ><v >4</v ></c></row >`,
			sstEmpty, []Row{{1, []string{"4"}}}},
		{"empty styled cell at XFD", `<row r="1"><c r="A1"><v>1</v></c><c r="XFD1" s="4"/></row>`,
			sstEmpty, []Row{{1, []string{"1"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows, err := readAll(t, book(t, sheetOf(tc.rows), tc.sst), "", Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, rows); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSheets(t *testing.T) {
	data := book(t, sheetOf(`<row r="1"><c><v>1</v></c></row>`), sstEmpty)
	b, err := Open(bytes.NewReader(data), int64(len(data)), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if got := b.Sheets(); !cmp.Equal(got, []string{"证书信息表", "说明"}) {
		t.Errorf("Sheets() = %q", got)
	}
	rows, err := readAll(t, data, "说明", Limits{})
	if err != nil || len(rows) != 1 || rows[0].Cells[0] != "填表说明" {
		t.Errorf("second sheet: %v %v", rows, err)
	}
	_, err = readAll(t, data, "Sheet9", Limits{})
	wantErr(t, err, skillcert.ErrUnknown, `sheet "Sheet9"`, `"证书信息表"`)
	var nilBook *Book
	for _, err := range nilBook.Rows("") {
		wantErr(t, err, skillcert.ErrArgument)
	}
	if nilBook.Sheets() != nil {
		t.Error("nil Book has sheets")
	}
	if _, err := Open(nil, 0, Limits{}); err == nil {
		t.Error("Open(nil) succeeded")
	}
}

// TestStopEarly checks that a consumer may stop the sequence.
func TestStopEarly(t *testing.T) {
	data := book(t, sheetOf(strings.Repeat(`<row><c><v>1</v></c></row>`, 100)), sstEmpty)
	b, _ := Open(bytes.NewReader(data), int64(len(data)), Limits{})
	n := 0
	for range b.Rows("") {
		if n++; n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("%d rows", n)
	}
}

// TestStopEarlyNoLeak checks that the goroutine that decompresses the sheet
// ends when the consumer stops early, when a row is an error, and when the
// sheet is read to its end, whether it was waiting for a free buffer or not.
func TestStopEarlyNoLeak(t *testing.T) {
	big := book(t, sheetOf(strings.Repeat(`<row><c t="s"><v>0</v></c><c><v>123456</v></c></row>`, 100_000)), sst("甲"))
	bad := book(t, sheetOf(strings.Repeat(`<row><c><v>1</v></c></row>`, 50_000)+`<row><c><v>1</c></row>`+strings.Repeat(`<row/>`, 100_000)), sstEmpty)
	before := runtime.NumGoroutine()
	for _, tc := range []struct {
		name string
		data []byte
		stop int // rows after which to stop; 0 reads to the end
	}{
		{"after 3 rows", big, 3},
		{"after the first row", big, 1},
		{"in the middle", big, 60_000},
		{"to the end", big, 0},
		{"at an error", bad, 0},
	} {
		b, err := Open(bytes.NewReader(tc.data), int64(len(tc.data)), Limits{})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, err := range b.Rows("") {
			if n++; n == tc.stop || err != nil {
				if err == nil {
					time.Sleep(10 * time.Millisecond) // let the goroutine fill the ring and wait
				}
				break
			}
		}
		if tc.stop > 0 && n != tc.stop {
			t.Errorf("%s: %d rows", tc.name, n)
		}
		deadline := time.Now().Add(5 * time.Second)
		for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		if g := runtime.NumGoroutine(); g > before {
			buf := make([]byte, 1<<16)
			t.Fatalf("%s: %d goroutines, %d before:\n%s", tc.name, g, before, buf[:runtime.Stack(buf, true)])
		}
	}
}

func TestMalformedSheet(t *testing.T) {
	for _, tc := range []struct {
		name, xml string
		kind      error
		frags     []string
	}{
		{"mismatched end tag", sheetOf(`<row r="1"><c r="A1"><v>1</c></row>`), skillcert.ErrSyntax, []string{"</c> closes <v>", `row "1"`}},
		{"unknown entity", sheetOf(`<row r="1"><c t="inlineStr"><is><t>&nbsp;</t></is></c></row>`), skillcert.ErrSyntax, []string{"&nbsp;"}},
		{"bad character reference", sheetOf(`<row r="1"><c><v>&#0;</v></c></row>`), skillcert.ErrSyntax, []string{"&#0;"}},
		{"unquoted attribute", sheetOf(`<row r=1><c><v>1</v></c></row>`), skillcert.ErrSyntax, nil},
		{"DTD", `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>`, skillcert.ErrSyntax, []string{"document type"}},
		{"rows out of order", sheetOf(`<row r="5"/><row r="3"/>`), skillcert.ErrSyntax, []string{"row 3 after row 5", `row "3"`}},
		{"cells out of order", sheetOf(`<row r="1"><c r="C1"><v>1</v></c><c r="B1"><v>2</v></c></row>`), skillcert.ErrSyntax, []string{"B1 after C1"}},
		{"duplicate cell", sheetOf(`<row r="1"><c r="B1"><v>1</v></c><c r="B1"><v>2</v></c></row>`), skillcert.ErrSyntax, []string{"B1 after B1"}},
		{"cell in another row", sheetOf(`<row r="1"><c r="A2"><v>1</v></c></row>`), skillcert.ErrSyntax, []string{"cell A2 in row 1"}},
		{"row beyond the sheet", sheetOf(`<row r="1048577"/>`), skillcert.ErrSyntax, []string{"1048577"}},
		{"cell beyond XFD", sheetOf(`<row r="1"><c r="XFE1"><v>1</v></c></row>`), skillcert.ErrSyntax, []string{"XFD"}},
		{"unknown cell type", sheetOf(`<row r="1"><c t="zz"><v>1</v></c></row>`), skillcert.ErrSyntax, []string{`t="zz"`}},
		{"element inside v", sheetOf(`<row r="1"><c><v>1<b/></v></c></row>`), skillcert.ErrSyntax, []string{"<b> inside <v>"}},
		{"invalid UTF-8", sheetOf("<row r=\"1\"><c t=\"inlineStr\"><is><t>\xff\xfe</t></is></c></row>"), skillcert.ErrSyntax, []string{"not UTF-8"}},
		{"second root", sheetOf(``) + `<worksheet/>`, skillcert.ErrSyntax, []string{"second root"}},
		{"not a worksheet", `<chartsheet/>`, skillcert.ErrSyntax, []string{"<chartsheet>"}},
		{"empty part", ``, skillcert.ErrSyntax, []string{"no XML element"}},
		{"UTF-16", "\xff\xfe<\x00w\x00", skillcert.ErrSyntax, []string{"UTF-16"}},
		{"other encoding", `<?xml version="1.0" encoding="GB2312"?><worksheet/>`, skillcert.ErrSyntax, []string{"GB2312"}},
		{"shared string index not a number", sheetOf(`<row r="1"><c t="s"><v>x</v></c></row>`), skillcert.ErrSyntax, []string{"not a number"}},
		{"shared string out of range", sheetOf(`<row r="4"><c r="B4" t="s"><v>3</v></c></row>`), skillcert.ErrSyntax, []string{"B4 refers to shared string 3; the workbook has 1", `row "4"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := readAll(t, book(t, tc.xml, sst("一")), "", Limits{})
			wantErr(t, err, tc.kind, append(tc.frags, `part "xl/worksheets/sheet1.xml"`)...)
		})
	}
}

// TestTruncatedSheet cuts the sheet XML at every byte: every cut is an
// error naming the part, and the rows read before it are the first rows.
func TestTruncatedSheet(t *testing.T) {
	full := sheetOf(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>a&amp;b</t></is></c></row><row r="2"><c r="A2"><v>12</v></c><!-- c --><c r="C2" t="inlineStr"><is><r><t>x</t></r></is></c></row>`)
	want, err := readAll(t, book(t, full, sst("甲")), "", Limits{})
	if err != nil || len(want) != 2 {
		t.Fatal(want, err)
	}
	for cut := range len(full) {
		rows, err := readAll(t, book(t, full[:cut], sst("甲")), "", Limits{})
		if err == nil {
			t.Fatalf("cut at %d of %d: no error, rows %v", cut, len(full), rows)
		}
		wantErr(t, err, skillcert.ErrSyntax, `part "xl/worksheets/sheet1.xml"`)
		if len(rows) > 0 && !cmp.Equal(rows, want[:len(rows)]) {
			t.Errorf("cut at %d: rows %v; want a prefix of %v", cut, rows, want)
		}
	}
}

// TestTruncatedZip cuts a workbook at many points.
func TestTruncatedZip(t *testing.T) {
	data := book(t, sheetOf(strings.Repeat(`<row><c t="s"><v>0</v></c><c><v>1</v></c></row>`, 200)), sst("甲"))
	for cut := 0; cut < len(data); cut += 1 + len(data)/97 {
		_, err := readAll(t, data[:cut], "", Limits{})
		wantErr(t, err, skillcert.ErrSyntax)
	}
}

// TestDamagedPart flips bytes inside the compressed sheet, with the zip
// directory intact.
func TestDamagedPart(t *testing.T) {
	data := book(t, sheetOf(strings.Repeat(`<row><c t="s"><v>0</v></c><c><v>123456</v></c></row>`, 2000)), sst("甲"))
	zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	var off int64
	for _, f := range zr.File {
		if f.Name == "xl/worksheets/sheet1.xml" {
			off, _ = f.DataOffset()
			off += int64(f.CompressedSize64) / 2
		}
	}
	for _, flip := range []int64{0, 1, 7, 100} {
		bad := bytes.Clone(data)
		bad[off+flip] ^= 0xFF
		bad[off+flip+1] ^= 0x55
		_, err := readAll(t, bad, "", Limits{})
		wantErr(t, err, skillcert.ErrSyntax, `part "xl/worksheets/sheet1.xml"`)
	}
}

func TestSharedStringsDamaged(t *testing.T) {
	rows := sheetOf(`<row r="1"><c t="s"><v>0</v></c></row>`)
	for _, tc := range []struct {
		name, sst string
		frags     []string
	}{
		{"missing", "-", []string{`part "xl/sharedStrings.xml"`, "missing"}},
		{"truncated", sst("甲", "乙")[:120], []string{`part "xl/sharedStrings.xml"`, "truncated"}},
		{"malformed", `<sst><si><t>甲</si></sst>`, []string{`part "xl/sharedStrings.xml"`, "</si> closes <t>"}},
		{"not sst", `<foo/>`, []string{`part "xl/sharedStrings.xml"`, "<foo>"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := readAll(t, book(t, rows, tc.sst), "", Limits{})
			wantErr(t, err, skillcert.ErrSyntax, tc.frags...)
		})
	}
}

func TestNotAWorkbook(t *testing.T) {
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...)
	ods := func() []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.Create("mimetype")
		w.Write([]byte("application/vnd.oasis.opendocument.spreadsheet"))
		w, _ = zw.Create("content.xml")
		w.Write([]byte("<x/>"))
		zw.Close()
		return buf.Bytes()
	}()
	for _, tc := range []struct {
		name string
		data []byte
		frag string
	}{
		{"encrypted or xls", ole, "password-protected"},
		{"ods", ods, "OpenDocument"},
		{"csv", []byte("姓名,证件号码\n"), "not a zip"},
		{"empty", nil, "not a zip"},
		{"no workbook", book(t, sheetOf(""), sstEmpty, part{"xl/workbook.xml", "-"}), `"xl/workbook.xml"`},
		{"xlsb", book(t, sheetOf(""), sstEmpty, part{"xl/workbook.bin", "x"}), ".xlsb"},
		{"docx", book(t, sheetOf(""), sstEmpty, part{"word/document.xml", "<x/>"}), "Word"},
		{"damaged workbook part", book(t, sheetOf(""), sstEmpty, part{"xl/workbook.xml", "<workbook><sheets><sheet"}), `"xl/workbook.xml"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := readAll(t, tc.data, "", Limits{})
			wantErr(t, err, skillcert.ErrSyntax, tc.frag)
		})
	}
	// A sheet whose part is missing is an error when it is read.
	_, err := readAll(t, book(t, sheetOf(""), sstEmpty, part{"xl/worksheets/sheet1.xml", "-"}), "", Limits{})
	wantErr(t, err, skillcert.ErrSyntax, `"xl/worksheets/sheet1.xml"`, "missing")
}

func TestLimits(t *testing.T) {
	long := strings.Repeat("长", 101)
	for _, tc := range []struct {
		name, rows string
		lim        Limits
		frags      []string
	}{
		{"rows", strings.Repeat(`<row><c><v>1</v></c></row>`, 11), Limits{MaxRows: 10}, []string{"-max-rows", `row "11"`}},
		{"columns", `<row r="3"><c r="A3"><v>1</v></c><c r="XFD3"><v>1</v></c></row>`, Limits{}, []string{"XFD3", "-max-columns", `row "3"`}},
		{"columns, shared", `<row r="3"><c r="IW3" t="s"><v>0</v></c></row>`, Limits{}, []string{"IW3", "-max-columns"}},
		{"cell characters", `<row r="1"><c r="B1" t="inlineStr"><is><t>` + long + `</t></is></c></row>`, Limits{MaxCell: 100}, []string{"B1", "more than 100 characters", "-max-cell-bytes"}},
		{"cell characters, raw", `<row r="1"><c r="B1"><v>` + strings.Repeat("9", 100_000) + `</v></c></row>`, Limits{MaxCell: 100}, []string{"B1", "-max-cell-bytes"}},
		{"bytes", strings.Repeat(`<row><c><v>1</v></c></row>`, 10_000), Limits{MaxBytes: 64 << 10}, []string{"-max-xlsx-bytes"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := readAll(t, book(t, sheetOf(tc.rows), sst("甲")), "", tc.lim)
			wantErr(t, err, skillcert.ErrLimit, tc.frags...)
		})
	}
	// A cell of exactly MaxCell characters is fine.
	rows, err := readAll(t, book(t, sheetOf(`<row><c t="inlineStr"><is><t>`+long[3:]+`</t></is></c></row>`), sstEmpty), "", Limits{MaxCell: 100})
	if err != nil || len(rows[0].Cells[0]) != 300 {
		t.Errorf("100 characters: %v", err)
	}
}

// TestLoneRowAtTheBottom: a row styled at the last row of the sheet costs
// one row, not a million.
func TestLoneRowAtTheBottom(t *testing.T) {
	data := book(t, sheetOf(`<row r="1"><c t="inlineStr"><is><t>姓名</t></is></c></row><row r="2"><c><v>1</v></c></row><row r="1048576" s="3" customFormat="1"><c r="A1048576" s="3"/></row>`), sstEmpty)
	rows, err := readAll(t, data, "", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	want := []Row{{1, []string{"姓名"}}, {2, []string{"1"}}, {1048576, nil}}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Error(diff)
	}
}

// bomb returns a zip holding one part of prefix, n MiB of the byte fill and
// suffix, deflated, built from one compressed MiB repeated so that it costs
// nothing to make. declared is the size written in the zip's headers, 0 for
// the true size.
func bomb(t *testing.T, name, prefix string, fill byte, n int, suffix string, declared uint64) []byte {
	chunk := bytes.Repeat([]byte{fill}, 1<<20)
	var c bytes.Buffer
	fw, _ := flate.NewWriter(&c, flate.BestCompression)
	fw.Write([]byte(prefix))
	fw.Write(chunk)
	fw.Flush()
	first := len(c.Bytes())
	fw.Write(chunk)
	fw.Flush()
	again := bytes.Clone(c.Bytes()[first:]) // one more MiB, given a MiB of fill before it
	head := bytes.Clone(c.Bytes()[:first])
	c.Reset()
	fw.Write([]byte(suffix))
	fw.Close()
	tail := c.Bytes()
	var stream bytes.Buffer
	stream.Write(head)
	for range n - 1 {
		stream.Write(again)
	}
	stream.Write(tail)

	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range []part{{"[Content_Types].xml", ctTypes}, {"_rels/.rels", rootRels}, {"xl/workbook.xml", workbookXML}, {"xl/_rels/workbook.xml.rels", workbookRels}, {"xl/worksheets/sheet2.xml", sheet2}, {"xl/sharedStrings.xml", sstEmpty}} {
		if p.name == name {
			continue
		}
		w, _ := zw.Create(p.name)
		w.Write([]byte(p.data))
	}
	if name != "xl/worksheets/sheet1.xml" {
		w, _ := zw.Create("xl/worksheets/sheet1.xml")
		w.Write([]byte(sheetOf(`<row><c t="s"><v>0</v></c></row>`)))
	}
	if declared == 0 {
		declared = uint64(len(prefix) + n<<20 + len(suffix))
	}
	w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate,
		CRC32: crc32.ChecksumIEEE(nil), CompressedSize64: uint64(stream.Len()), UncompressedSize64: declared})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(stream.Bytes())
	zw.Close()
	return buf.Bytes()
}

// TestZipBomb: 2 GiB of spaces or empty rows compressed into a few MB are
// refused within the byte limit, quickly and with little memory, whether
// the zip declares their size or lies about it.
func TestZipBomb(t *testing.T) {
	const gib2 = 2048
	for _, tc := range []struct {
		name     string
		data     []byte
		lim      Limits
		kind     error
		frags    []string
		maxAlloc uint64
	}{
		{"spaces, declared", bomb(t, "xl/worksheets/sheet1.xml", sheetHead, ' ', gib2, sheetTail, 2<<30), Limits{MaxBytes: 1 << 30}, skillcert.ErrLimit, []string{"declares 2147", "-max-xlsx-bytes"}, 1 << 20},
		// archive/zip itself refuses a part longer than its header says.
		{"spaces, size hidden", bomb(t, "xl/worksheets/sheet1.xml", sheetHead, ' ', gib2, sheetTail, 1000), Limits{}, skillcert.ErrSyntax, []string{"more than its header declares"}, 4 << 20},
		{"shared strings", bomb(t, "xl/sharedStrings.xml", `<sst><si><t>`, 'a', gib2, `</t></si></sst>`, 0), Limits{}, skillcert.ErrLimit, []string{"-max-cell-bytes"}, 4 << 20},
		{"one cell", bomb(t, "xl/worksheets/sheet1.xml", sheetHead+`<row><c t="inlineStr"><is><t>`, 'a', gib2, `</t></is></c></row>`+sheetTail, 0), Limits{}, skillcert.ErrLimit, []string{"-max-cell-bytes"}, 4 << 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if len(tc.data) > 8<<20 {
				t.Fatalf("the bomb takes %d bytes", len(tc.data))
			}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			_, err := readAll(t, tc.data, "", tc.lim)
			took := time.Since(start)
			runtime.ReadMemStats(&after)
			wantErr(t, err, tc.kind, tc.frags...)
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > tc.maxAlloc+2<<20 {
				t.Errorf("allocated %d bytes; want at most %d", alloc, tc.maxAlloc+2<<20)
			}
			t.Logf("%d-byte file refused in %v: %v", len(tc.data), took, err)
		})
	}
	// Empty rows: the row limit stops them.
	rows := strings.Repeat(`<row/>`, 1<<20/6)
	data := bomb(t, "xl/worksheets/sheet1.xml", sheetHead+rows, ' ', 4, rows+sheetTail, 0)
	_, err := readAll(t, data, "", Limits{MaxRows: 100_000})
	wantErr(t, err, skillcert.ErrLimit, "-max-rows")
}

func TestErrorsInChinese(t *testing.T) {
	_, err := readAll(t, book(t, sheetOf(`<row r="7"><c><v>1</c></row>`), sstEmpty), "", Limits{})
	se, ok := err.(*skillcert.Error)
	if !ok {
		t.Fatalf("%T", err)
	}
	if zh := se.Chinese(); !strings.Contains(zh, "xl/worksheets/sheet1.xml") || !strings.Contains(zh, "7") {
		t.Errorf("Chinese() = %q", zh)
	}
	_ = fmt.Sprint
}

// TestByteCounter checks the counter behind MaxBytes directly: archive/zip
// already refuses a part longer than its header says, so the counter is
// the second line, for every part together.
func TestByteCounter(t *testing.T) {
	b := &Book{lim: Limits{MaxBytes: 100}.orDefault()}
	r := &partReader{rc: io.NopCloser(strings.NewReader(strings.Repeat("x", 150))), b: b, part: "xl/worksheets/sheet1.xml"}
	_, err := io.ReadAll(r)
	wantErr(t, err, skillcert.ErrLimit, "-max-xlsx-bytes", "at most 100 decompressed bytes")
}

// failAfter returns n bytes of the letter x, then err.
type failAfter struct {
	n   int
	err error
}

func (r *failAfter) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, r.err
	}
	m := min(len(p), r.n, 1000) // short reads, as a decompressor makes
	for i := range m {
		p[i] = 'x'
	}
	r.n -= m
	return m, nil
}

// TestInflaterOrder: the bytes before an error all come, in order, then the
// error, which stays; for parts smaller and larger than the ring.
func TestInflaterOrder(t *testing.T) {
	boom := fmt.Errorf("boom")
	for _, n := range []int{0, 1, 4095, minChunk, inflateChunk - 1, inflateChunk, 5*inflateChunk + 17} {
		for _, declared := range []uint64{0, uint64(n), 1 << 30} {
			in := newInflater(&failAfter{n: n, err: boom}, declared)
			got, err := io.ReadAll(in)
			if err != boom || len(got) != n || bytes.Count(got, []byte{'x'}) != n {
				t.Errorf("%d bytes, declared %d: read %d, %v", n, declared, len(got), err)
			}
			if m, err := in.Read(make([]byte, 10)); m != 0 || err != boom {
				t.Errorf("%d bytes: Read after the error = %d, %v", n, m, err)
			}
			in.Close()
			in.Close()
		}
	}
}

// TestValidTextAgrees checks validText against a rune-by-rune reading of
// the rule on random texts rich in the bytes that matter, classify against
// a byte-by-byte one, and indexX against a plain search.
func TestValidTextAgrees(t *testing.T) {
	slow := func(b []byte) bool {
		for i := 0; i < len(b); {
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n == 1 || !xmlChar(r) {
				return false
			}
			i += n
		}
		return true
	}
	slowX := func(v []byte) int {
		for i := 0; i+7 <= len(v); i++ {
			if v[i] == '_' && v[i+1] == 'x' && v[i+6] == '_' && hex4(v[i+2:i+6]) >= 0 {
				return i
			}
		}
		return -1
	}
	alphabet := []byte{'a', '_', 'x', '0', 'F', '\t', '\n', '\r', '&', ' ', '!', '%', '\'', 0, 0x1F, 0x7F, 0x80, 0xBF, 0xBE, 0xEF, 0xED, 0xA0, 0xE4, 0xB8, 0xAD, 0xF0, 0x9F, 0xC0, 0xFF}
	rng := rand.New(rand.NewSource(1))
	escapes := []byte("_x0Fag")
	for n := range 200_000 {
		a := alphabet
		if n%2 == 1 {
			a = escapes
		}
		b := make([]byte, rng.Intn(40))
		for i := range b {
			b[i] = a[rng.Intn(len(a))]
		}
		if got, want := validText(b), slow(b); got != want {
			t.Fatalf("validText(%q) = %v; want %v", b, got, want)
		}
		var want uint8
		for _, c := range b {
			want |= textByte[c]
		}
		if got, ok := classify(b); got != want || ok != (want&textStop == 0) {
			t.Fatalf("classify(%q) = %b, %v; want %b", b, got, ok, want)
		}
		if got, want := indexX(b), slowX(b); got != want {
			t.Fatalf("indexX(%q) = %d; want %d", b, got, want)
		}
	}
	for _, s := range []string{"中文", "\uFFFD", "\uFFFE", "a\uFFFF", "\U0001F600", "\xed\xa0\x80"} {
		if got, want := validText([]byte(s)), slow([]byte(s)); got != want {
			t.Errorf("validText(%q) = %v; want %v", s, got, want)
		}
	}
}

// TestCellsReused: the strings of Row.Cells stay as they were read after
// the rows that follow, though the slices that held them are reused.
func TestCellsReused(t *testing.T) {
	var rows strings.Builder
	for i := 1; i <= 3000; i++ { // many batches of rows (batchRows, batchRing)
		fmt.Fprintf(&rows, `<row r="%d"><c t="inlineStr"><is><t>名%d</t></is></c><c t="s"><v>%d</v></c><c><v>%d</v></c></row>`, i, i, i%2, i*7)
	}
	data := book(t, sheetOf(rows.String()), sst("甲", "乙"))
	b, err := Open(bytes.NewReader(data), int64(len(data)), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var kept [][3]string
	for r, err := range b.Rows("") {
		if err != nil {
			t.Fatal(err)
		}
		kept = append(kept, [3]string{r.Cells[0], r.Cells[1], r.Cells[2]})
	}
	if len(kept) != 3000 {
		t.Errorf("%d rows", len(kept))
	}
	for i, k := range kept {
		n := i + 1
		want := [3]string{fmt.Sprintf("名%d", n), []string{"甲", "乙"}[n%2], fmt.Sprint(n * 7)}
		if k != want {
			t.Errorf("row %d kept %q; want %q", n, k, want)
		}
	}
}

// TestFastPathAgrees reads sheets with the fast path for common cells and
// without it: the same rows, or the same error, whatever the cells look
// like and wherever the buffer cuts them.
func TestFastPathAgrees(t *testing.T) {
	cells := []string{
		`<c r="A%[1]d" t="inlineStr"><is><t>张三</t></is></c>`,
		`<c r="B%[1]d" s="1" t="s"><v>1</v></c>`,
		`<c r="C%[1]d"><v>45317</v></c>`,
		`<c r="D%[1]d" s="3"/>`,
		`<c r="E%[1]d"></c>`,
		`<c r="F%[1]d" t="inlineStr"><is><t xml:space="preserve"> 空格 </t></is></c>`,
		`<c r="G%[1]d" t="str"><v>a&amp;b</v></c>`,
		`<c r="H%[1]d" t="inlineStr"><is><t>_x0041_与_x005F_x0042_</t></is></c>`,
		`<c r='I%[1]d' t='n'><v>1.5E-3</v></c>`,
		`<c r="J%[1]d" t="inlineStr" ><is><r><t>富</t></r><r><t>文本</t></r></is></c>`,
		`<c r="K%[1]d" t="inlineStr"><is><t>tab	and
line</t></is></c>`,
		`<c r="L%[1]d" t="b" cm="1"><v>1</v></c>`,
		`<c t="inlineStr" r="M%[1]d"><is><t>r after t</t></is></c>`,
		`<c   r="N%[1]d"  ><v>7</v></c>`,
		`<c r="O%[1]d" t="e"><f>1/0</f><v>#DIV/0!</v></c>`,
		` <c r="P%[1]d"><v> 8 </v></c>
`,
		`<c r="Q%[1]d" t="n"><is><t>` + "\xff" + `</t></is></c>`,
	}
	bad := []string{
		`<c r="A%[1]d" t="inlineStr"><is><t>` + "\x01" + `</t></is></c>`,
		`<c r="A%[1]d" t="inlineStr"><is><t>` + "\xff" + `</t></is></c>`,
		`<c r="A%[1]d" t="inlineStr"><is><t>` + "\uFFFE" + `</t></is></c>`,
		`<c r="A%[1]d" t="zz"><v>1</v></c>`,
		`<c r="A%[1]d" t="s"><v>9</v></c>`,
		`<c r="A%[1]d" t="s"><v>x</v></c>`,
		`<c r="A%[1]d" t="s"><v>` + "\xe4\xb8" + `</v></c>`,
		`<c r="A0"><v>1</v></c>`,
		`<c r="B%[1]d"><v>1</v></c><c r="A%[1]d"><v>1</v></c>`,
		`<c r="A%[1]d" t="inlineStr"><is><t>` + strings.Repeat("长", 101) + `</t></is></c>`,
		`<c r="IW%[1]d"><v>1</v></c>`,
		`<c r="A%[1]d"><v>1</v></x>`,
		`<c r="A%[1]d" x="<"><v>1</v></c>`,
	}
	lim := Limits{MaxCell: 100}
	both := func(name string, data []byte, wantErr bool) {
		t.Helper()
		fast, fastErr := readAll(t, data, "", lim)
		if (fastErr != nil) != wantErr {
			t.Errorf("%s: error %v; want one: %v", name, fastErr, wantErr)
		}
		fastCells = false
		slow, slowErr := readAll(t, data, "", lim)
		fastCells = true
		if !cmp.Equal(fast, slow) || fmt.Sprint(fastErr) != fmt.Sprint(slowErr) {
			t.Errorf("%s: fast path: %d rows, %v; general path: %d rows, %v", name, len(fast), fastErr, len(slow), slowErr)
		}
		if len(fast) == 0 && fastErr == nil {
			t.Errorf("%s: no rows", name)
		}
	}
	// Many rows, so that the 64 KiB buffer cuts cells everywhere.
	var rows strings.Builder
	for n := 1; n <= 3000; n++ {
		fmt.Fprintf(&rows, `<row r="%d">`+cells[n%len(cells)]+`</row>`, n)
	}
	both("one cell a row", book(t, sheetOf(rows.String()), sst("甲", "乙")), false)
	rows.Reset()
	for n := 1; n <= 1000; n++ {
		fmt.Fprintf(&rows, `<row r="%d">`, n)
		for _, c := range cells {
			fmt.Fprintf(&rows, c, n)
		}
		rows.WriteString(`</row>`)
	}
	both("every cell a row", book(t, sheetOf(rows.String()), sst("甲", "乙")), false)
	for i, c := range bad {
		for _, n := range []int{1, 700} {
			var rows strings.Builder
			for k := 1; k < n; k++ {
				fmt.Fprintf(&rows, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>填充的文字</t></is></c></row>`, k, k)
			}
			fmt.Fprintf(&rows, `<row r="%d">`+c+`</row>`, n)
			both(fmt.Sprintf("bad %d at row %d", i, n), book(t, sheetOf(rows.String()), sst("甲", "乙")), true)
		}
	}
}

// panicAt reads n bytes, then panics, as a caller's faulty io.ReaderAt may.
type panicAt struct{ n int }

func (r *panicAt) Read(p []byte) (int, error) {
	if r.n == 0 {
		panic("faulty reader")
	}
	m := min(len(p), r.n)
	r.n -= m
	return m, nil
}

// TestInflaterPanic: a panic of the underlying reader reaches the goroutine
// that reads, after the bytes before it, as it would without the inflater.
func TestInflaterPanic(t *testing.T) {
	for _, n := range []int{0, 10, 3 * inflateChunk} {
		in := newInflater(&panicAt{n: n}, 0)
		got := 0
		func() {
			defer func() {
				if v := recover(); v != "faulty reader" {
					t.Errorf("%d bytes: recovered %v", n, v)
				}
			}()
			buf := make([]byte, 1000)
			for {
				m, _ := in.Read(buf)
				got += m
			}
		}()
		if got != n {
			t.Errorf("read %d bytes before the panic; want %d", got, n)
		}
		in.Close()
	}
}

// panicReaderAt panics when asked for bytes between from and to.
type panicReaderAt struct {
	r        *bytes.Reader
	from, to int64
}

func (p panicReaderAt) ReadAt(b []byte, off int64) (int, error) {
	if off+int64(len(b)) > p.from && off < p.to {
		panic("faulty reader")
	}
	return p.r.ReadAt(b, off)
}

// TestReaderPanic: a panic of the caller's io.ReaderAt while Rows reads
// the sheet reaches the caller's goroutine, after the rows before it, and
// leaves no goroutine behind.
func TestReaderPanic(t *testing.T) {
	data := book(t, sheetOf(strings.Repeat(`<row><c t="s"><v>0</v></c><c><v>123456</v></c></row>`, 100_000)), sst("甲"))
	zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	var from, to int64
	for _, f := range zr.File {
		if f.Name == "xl/worksheets/sheet1.xml" {
			off, _ := f.DataOffset()
			from, to = off+int64(f.CompressedSize64)/2, off+int64(f.CompressedSize64)
		}
	}
	before := runtime.NumGoroutine()
	b, err := Open(panicReaderAt{bytes.NewReader(data), from, to}, int64(len(data)), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	func() {
		defer func() {
			if v := recover(); v != "faulty reader" {
				t.Errorf("recovered %v", v)
			}
		}()
		for r, err := range b.Rows("") {
			if err != nil {
				t.Fatalf("row %d: %v", r.Num, err)
			}
			if n++; r.Num != n {
				t.Fatalf("row %d after %d rows", r.Num, n-1)
			}
		}
	}()
	if n == 0 || n >= 100_000 {
		t.Errorf("%d rows before the panic", n)
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if g := runtime.NumGoroutine(); g > before {
		t.Errorf("%d goroutines, %d before", g, before)
	}
}
