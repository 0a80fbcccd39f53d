package submission

import (
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/skillcert/skillcert"
)

func gb(t testing.TB, s string) string {
	t.Helper()
	out, err := simplifiedchinese.GB18030.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// row2 is goodRow with another person and the next serial.
var row2 = strings.Replace(strings.Replace(strings.Replace(goodRow, "张三", "李四", 1), "11010519491231002X", "110105198001010016", 1), "244000001", "244000002", 1)

// TestHostileCSV reads files people really have, and damaged ones, generated
// here: each is either read whole, with the rows and findings it holds, or
// refused with the line (and byte) where reading stopped.
func TestHostileCSV(t *testing.T) {
	many := anhuiHeader
	for i := 0; i < 2000; i++ { // past the 64 KiB the encoding is decided from
		many += goodRow
	}
	lastLine := 2002
	for _, tc := range []struct {
		name     string
		data     string
		enc      Encoding
		err      error  // errors.Is
		msg      string // in the error
		row      int    // ReadError.Row
		rules    string
		rows     int
		blank    int
		headerAt int
	}{
		{name: "UTF-8", data: anhuiHeader + goodRow, enc: UTF8, rows: 1, headerAt: 1},
		{name: "BOM", data: "\ufeff" + anhuiHeader + goodRow, enc: UTF8BOM, rows: 1, headerAt: 1},
		{name: "GB18030", data: gb(t, anhuiHeader+goodRow), enc: GB18030, rows: 1, headerAt: 1},
		{name: "CRLF", data: strings.ReplaceAll(anhuiHeader+goodRow+row2, "\n", "\r\n"), enc: UTF8, rows: 2, headerAt: 1},
		{name: "invalid UTF-8 byte mid-file", data: anhuiHeader + goodRow + "\xff" + row2 + goodRow, enc: UTF8,
			err: skillcert.ErrSyntax, row: 3, msg: "line 3 (byte 399): bytes \"\\xff李四,\" are valid in neither UTF-8"},
		{name: "invalid byte after the first 64 KiB", data: many + "王\xff五\n", enc: UTF8, err: skillcert.ErrSyntax, row: lastLine, msg: "valid in neither UTF-8 (the encoding of the file's start) nor GB18030: the file is damaged here"},
		{name: "GB18030 after UTF-8", data: many + gb(t, row2), enc: UTF8, err: skillcert.ErrSyntax, row: lastLine, msg: "are not UTF-8, the encoding of the file's start, but GB18030: the file mixes encodings"},
		{name: "UTF-8 after GB18030", data: gb(t, anhuiHeader+goodRow) + "\xe6\x9d\x8e\xe5\x9b\x9b\xff\n", enc: GB18030, err: skillcert.ErrSyntax, row: 3},
		{name: "cut at the end inside a character", data: anhuiHeader + goodRow + "李", enc: UTF8, err: skillcert.ErrSyntax, row: 3}, // a complete character: no error
		{name: "cut inside a character", data: anhuiHeader + goodRow + "\xe6\x9d", enc: UTF8, err: skillcert.ErrSyntax, row: 3},
		{name: "blank lines and ,,,, rows", data: anhuiHeader + "\n" + goodRow + ",,,,,,,,,,,\n  , ,\n\r\n" + row2 + "\n\n", enc: UTF8, rows: 2, blank: 6, headerAt: 1},
		{name: "Anhui layout: title and 填报单位 above the header", data: "职业技能等级认定合格人员证书信息表,,,,\n填报单位（章）：安徽新华职业技能评价中心,,,\n" + anhuiHeader + goodRow + row2,
			enc: UTF8, rows: 2, headerAt: 3},
		{name: "line break in a code cell", data: anhuiHeader + strings.Replace(goodRow, "S000034010001244000001", "\"S00003401000124\n4000001\"", 1) + row2,
			enc: UTF8, rows: 2, headerAt: 1, rules: "2:submission.cell.newline"},
		{name: "line break in a name is fine", data: anhuiHeader + strings.Replace(goodRow, "合肥某汽车服务有限公司", "\"合肥某汽车\n服务有限公司\"", 1) + row2,
			enc: UTF8, rows: 2, headerAt: 1},
		{name: "ragged rows", data: anhuiHeader + goodRow + "王五,201\n" + strings.TrimSuffix(row2, "\n") + ",extra\n",
			enc: UTF8, rows: 3, headerAt: 1, rules: "3:submission.cell.empty 3:submission.cell.empty 3:submission.cell.empty 3:submission.cell.empty 3:submission.cell.empty 4:submission.row.ragged"},
		{name: "empty file", data: "", err: ErrEmpty},
		{name: "only blank lines", data: "\n\n,,,\n", enc: UTF8, err: ErrEmpty},
		{name: "header only", data: anhuiHeader, enc: UTF8, err: ErrNoRows},
		{name: "bare quote", data: anhuiHeader + "张\"三,201\n", enc: UTF8, err: skillcert.ErrSyntax, row: 2, msg: "line 2"},
		{name: "unclosed quote", data: anhuiHeader + goodRow + "\"张三,201\n", enc: UTF8, err: skillcert.ErrSyntax, row: 3},
		{name: "no header in the first 10 rows", data: strings.Repeat("说明,,\n", 10) + anhuiHeader + goodRow, enc: UTF8, msg: "lacks the required column"},
		{name: "a 2 MB line", data: anhuiHeader + goodRow + strings.Repeat("x", 2<<20) + "\n", enc: UTF8, err: skillcert.ErrLimit, row: 3, msg: "line 3 (byte 399)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			src := NewCSV(strings.NewReader(tc.data), Limits{})
			sum, err := NewChecker(Options{Today: today}).CheckRows(src.Rows(), func(f skillcert.Finding) error {
				got = append(got, itoa(f.Row)+":"+f.Rule)
				return nil
			})
			if tc.name == "cut at the end inside a character" {
				// "李" alone is a complete last line: a row with findings, read whole.
				if err != nil {
					t.Fatalf("err %v", err)
				}
				return
			}
			if tc.err != nil || tc.msg != "" {
				if err == nil || tc.err != nil && !errors.Is(err, tc.err) || !strings.Contains(err.Error(), tc.msg) {
					t.Fatalf("err %v, want %v containing %q", err, tc.err, tc.msg)
				}
				var re *ReadError
				if tc.row > 0 && (!errors.As(err, &re) || re.Row != tc.row) {
					t.Errorf("stopped at row %+v, want %d", re, tc.row)
				}
				if len(err.Error()) > 400 {
					t.Errorf("a long error: %d bytes", len(err.Error()))
				}
			} else if err != nil {
				t.Fatalf("err %v", err)
			}
			if tc.enc != 0 && src.Encoding() != tc.enc {
				t.Errorf("encoding %v, want %v", src.Encoding(), tc.enc)
			}
			if tc.err == nil && tc.msg == "" {
				if strings.Join(got, " ") != tc.rules || sum.Rows != tc.rows || sum.Blank != tc.blank || sum.HeaderRow != tc.headerAt {
					t.Errorf("findings %q, summary %+v; want %q, %d rows, %d blank, header at %d", got, sum, tc.rules, tc.rows, tc.blank, tc.headerAt)
				}
			}
			if sum.Rows != sum.Clean+sum.WithFindings {
				t.Errorf("rows not accounted for: %+v", sum)
			}
		})
	}
}

// TestEveryRowBeforeABadLine: the rows before an unreadable line are all
// checked, and the row numbers after blank lines are the file's own.
func TestEveryRowBeforeABadLine(t *testing.T) {
	data := "标题\n\n" + anhuiHeader + goodRow + "\n" + strings.Replace(row2, "四级/中级工", "三级", 1) + "\xc0\xc0\n" + goodRow
	var got []string
	sum, _, err := CheckCSV(strings.NewReader(data), Options{Today: today}, func(f skillcert.Finding) error {
		got = append(got, itoa(f.Row)+":"+f.Rule)
		return nil
	})
	var re *ReadError
	if !errors.As(err, &re) || re.Row != 7 || sum.Rows != 2 || strings.Join(got, " ") != "6:submission.level.mismatch" {
		t.Errorf("err %v, summary %+v, findings %v", err, sum, got)
	}
}

// endless is an io.Reader of n bytes of 'x' and no line break.
type endless struct{ n int }

func (e *endless) Read(p []byte) (int, error) {
	if e.n <= 0 {
		return 0, io.EOF
	}
	k := min(len(p), e.n)
	for i := range p[:k] {
		p[i] = 'x'
	}
	e.n -= k
	return k, nil
}

// TestHugeLineFlatMemory: a 50 MB line is refused with its line number,
// having read little more than the limit.
func TestHugeLineFlatMemory(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	body := &endless{n: 50 << 20}
	r := io.MultiReader(strings.NewReader(anhuiHeader+goodRow), body)
	_, _, err := CheckCSV(r, Options{Today: today}, func(skillcert.Finding) error { return nil })
	runtime.ReadMemStats(&after)
	var re *ReadError
	if !errors.As(err, &re) || re.Row != 3 || !errors.Is(err, skillcert.ErrLimit) {
		t.Fatalf("err %v", err)
	}
	if read := 50<<20 - body.n; read > 2<<20 {
		t.Errorf("read %d bytes of the line before refusing it", read)
	}
	if a := after.TotalAlloc - before.TotalAlloc; a > 16<<20 {
		t.Errorf("allocated %d bytes for a refused line", a)
	}
}

// TestLimits: each limit stops the check with ErrLimit and the row.
func TestLimits(t *testing.T) {
	for _, tc := range []struct {
		name string
		lim  Limits
		data string
		row  int
	}{
		{"rows", Limits{MaxRows: 2}, anhuiHeader + goodRow + row2, 3},
		{"cell", Limits{MaxCellBytes: 10}, anhuiHeader + goodRow, 1},
		{"columns", Limits{MaxColumns: 5}, anhuiHeader + goodRow, 1},
		{"record", Limits{MaxRecordBytes: 100}, anhuiHeader + goodRow, 1},
	} {
		_, _, err := CheckCSV(strings.NewReader(tc.data), Options{Today: today, Limits: tc.lim}, func(skillcert.Finding) error { return nil })
		var re *ReadError
		if !errors.Is(err, skillcert.ErrLimit) || !errors.As(err, &re) || re.Row != tc.row {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
	// The header within HeaderRows.
	data := "a\nb\nc\n" + anhuiHeader + goodRow
	if _, _, err := CheckCSV(strings.NewReader(data), Options{Today: today, Limits: Limits{HeaderRows: 3}}, func(skillcert.Finding) error { return nil }); err == nil {
		t.Error("header found below HeaderRows")
	}
	if _, _, err := CheckCSV(strings.NewReader(data), Options{Today: today, Limits: Limits{HeaderRows: 4}}, func(skillcert.Finding) error { return nil }); err != nil {
		t.Error(err)
	}
}

// TestMisuse: nil arguments and a second use are errors, not panics.
func TestMisuse(t *testing.T) {
	c := NewChecker(Options{})
	if _, err := c.CheckRows(nil, func(skillcert.Finding) error { return nil }); !errors.Is(err, skillcert.ErrArgument) {
		t.Error(err)
	}
	c = NewChecker(Options{})
	rows := CSVRows(strings.NewReader(anhuiHeader+goodRow), Limits{})
	if _, err := c.CheckRows(rows, nil); !errors.Is(err, skillcert.ErrArgument) {
		t.Error(err)
	}
	if _, err := c.CheckRows(rows, func(skillcert.Finding) error { return nil }); err != nil {
		t.Error(err)
	}
	if _, err := c.CheckRows(rows, func(skillcert.Finding) error { return nil }); !errors.Is(err, skillcert.ErrArgument) {
		t.Error("a second use", err)
	}
	var nilc *Checker
	if _, err := nilc.CheckRows(rows, func(skillcert.Finding) error { return nil }); !errors.Is(err, skillcert.ErrArgument) {
		t.Error(err)
	}
	if nilc.Row(Row{}) != nil || nilc.Finish() != nil || nilc.Header(Row{}) == nil {
		t.Error("nil Checker")
	}
	for r, err := range CSVRows(nil, Limits{}) {
		if !errors.Is(err, skillcert.ErrArgument) {
			t.Error(r, err)
		}
	}
	if s := Encoding(9).String(); s != "Encoding(9)" {
		t.Error(s)
	}
	stop := errors.New("stop")
	_, err := NewChecker(Options{Today: today}).CheckRows(CSVRows(strings.NewReader(anhuiHeader+strings.Replace(goodRow, "四级/中级工", "三级", 1)), Limits{}),
		func(skillcert.Finding) error { return stop })
	if err != stop {
		t.Error(err)
	}
}

func TestFieldString(t *testing.T) {
	if got := Field(99).String(); got != "Field(99)" {
		t.Errorf("Field(99).String() = %q", got)
	}
	if Name.String() == "" {
		t.Error("Name has no Chinese name")
	}
}
