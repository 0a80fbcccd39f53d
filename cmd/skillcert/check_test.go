package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The samples were made by gen-table (see TestSamplesAreGenerated) with a
// known list of defects, sample.expect; the report must list exactly those.
func TestSamples(t *testing.T) {
	want := readExpect(t, "testdata/sample.expect")
	for _, name := range []string{"sample.csv", "sample-gb18030.csv", "sample.xlsx"} {
		code, out, _ := runCLI("", "check", "-json", "-today", "2026-11-23", filepath.Join("testdata", name))
		if code != 1 {
			t.Errorf("%s: exit %d, want 1 (the sample has errors)", name, code)
		}
		var got []string
		var summary struct {
			Summary summaryJSON
		}
		sc := bufio.NewScanner(strings.NewReader(out))
		for sc.Scan() {
			var f findingJSON
			if err := json.Unmarshal(sc.Bytes(), &f); err != nil {
				t.Fatalf("%s: not JSON Lines: %s", name, sc.Text())
			}
			if f.Rule != "" {
				got = append(got, fmt.Sprintf("%d %s", f.Row, f.Rule))
				continue
			}
			json.Unmarshal(sc.Bytes(), &summary)
		}
		sort.Strings(got)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: findings differ from sample.expect:\n got %v\nwant %v", name, got, want)
		}
		s := summary.Summary
		if s.Rows != 200 || s.Rows != s.Clean+s.WithFindings || !s.Complete || s.HeaderRow != 1 {
			t.Errorf("%s: summary %+v", name, s)
		}
	}
}

func readExpect(t *testing.T, path string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	sort.Strings(lines)
	return lines
}

// TestSamplesAreGenerated regenerates the CSV samples and compares them byte
// for byte, so that the committed files are what gen-table makes.
func TestSamplesAreGenerated(t *testing.T) {
	dir := t.TempDir()
	for name, enc := range map[string]string{"sample.csv": "utf8", "sample-gb18030.csv": "gb18030"} {
		out := filepath.Join(dir, name)
		if code, _, errOut := runCLI("", "gen-table", "-rows", "200", "-defects", "0.12", "-seed", "2", "-encoding", enc,
			"-o", out, "-expect", filepath.Join(dir, "expect")); code != 0 {
			t.Fatalf("gen-table: %s", errOut)
		}
		a, _ := os.ReadFile(out)
		b, _ := os.ReadFile(filepath.Join("testdata", name))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs from what gen-table writes", name)
		}
		if e, _ := os.ReadFile(filepath.Join(dir, "expect")); !bytes.Equal(e, must(os.ReadFile("testdata/sample.expect"))) {
			t.Error("sample.expect differs from what gen-table writes")
		}
	}
	out := filepath.Join(dir, "s.xlsx")
	if code, _, errOut := runCLI("", "gen-table", "-rows", "200", "-defects", "0.12", "-seed", "2", "-o", out); code != 0 {
		t.Fatalf("gen-table xlsx: %s", errOut)
	}
	if code, o, _ := runCLI("", "check", "-today", "2026-11-23", out); code != 1 || !strings.Contains(o, "200 rows read") {
		t.Errorf("a fresh XLSX: %d %s", code, o)
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

func TestCheckText(t *testing.T) {
	code, out, _ := runCLI("", "check", "-today", "2026-11-23", "testdata/sample.csv", "testdata/sample.xlsx")
	if code != 1 {
		t.Errorf("exit %d", code)
	}
	for _, want := range []string{
		"testdata/sample.csv:", ": 证书编号: error submission.cert.duplicate: ", " / the certificate number repeats row ",
		"testdata/sample.csv: 200 rows read, ", "total: 400 rows read, ", "(人社鉴发〔2019〕2号 附件1 二（七）)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// A clean table exits 0.
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean.csv")
	if c, _, e := runCLI("", "gen-table", "-rows", "50", "-defects", "0", "-o", clean); c != 0 {
		t.Fatal(e)
	}
	if code, out, _ := runCLI("", "check", clean); code != 0 || !strings.Contains(out, "50 rows read, 50 clean, 0 with findings; 0 errors, 0 warnings, 0 info; 0 blank rows skipped") {
		t.Errorf("a clean table: %d %s", code, out)
	}
}

func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	header := "姓名,证件类型,证件号码,所在单位,职业名称,工种名称,职业技能等级,证书编号,发证日期,评价机构,发证机构,考生所在地市\n"
	xlsx := must(os.ReadFile("testdata/sample.xlsx"))
	files := map[string][]byte{
		"empty.csv":       nil,
		"header-only.csv": []byte(header),
		"utf16.csv":       append([]byte{0xFF, 0xFE}, 'a', 0),
		"truncated.xlsx":  xlsx[:len(xlsx)/2],
		"not-a-table.csv": []byte("hello,world\n1,2\n"),
		"bigcell.csv":     []byte(header + strings.Repeat("张", 10<<20/3) + ",201\n"),
		"bigcert.csv":     []byte(header + "张三,201,11010519491231002X,x,车工,普通车床,四级,S" + strings.Repeat("0", 10<<20) + ",2024-01-01,x,x,x\n"),
		"longcert.csv":    []byte(header + "张三,201,11010519491231002X,x,车工,普通车床,四级,S" + strings.Repeat("0", 30<<10) + ",2024-01-01,x,x,x\n"),
		"ragged.csv":      []byte(header + "张三,201,11010519491231002X\n"),
		"empty.xlsx":      nil,
	}
	want := map[string]struct {
		code int
		out  string
	}{
		"empty.csv":       {2, "error: submission: the file is empty"},
		"header-only.csv": {2, "error: submission: the table has a header but no rows"},
		"utf16.csv":       {2, "error: submission: the file is not a text table"},
		"truncated.xlsx":  {2, "error: xlsx: file: invalid syntax (damaged or truncated zip archive"},
		"not-a-table.csv": {2, "error: submission: row 1: the header lacks the required column(s)"},
		"bigcell.csv":     {2, "error: submission: line 2 (byte 162): a record longer than 1048576 bytes"},
		"bigcert.csv":     {2, "error: submission: line 2 (byte 162): a record longer than"},
		"longcert.csv":    {1, "error submission.cert.invalid"},
		"ragged.csv":      {1, "error submission.cell.empty"},
		"empty.xlsx":      {2, "error: xlsx: file: invalid syntax (not a zip archive)"},
	}
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, _ := runCLI("", "check", path)
		if code != want[name].code || !strings.Contains(out, want[name].out) {
			t.Errorf("%s: exit %d, output %.300q; want %d, %q", name, code, out, want[name].code, want[name].out)
		}
		if want[name].code == 2 && !strings.Contains(out, "NOT FULLY READ") {
			t.Errorf("%s: not said to be not fully read: %.300q", name, out)
		}
		for _, line := range strings.Split(out, "\n") {
			if len(line) > 4000 {
				t.Errorf("%s: a line of %d bytes: a cell is quoted whole", name, len(line))
			}
		}
	}
	if code, out, _ := runCLI("", "check", filepath.Join(dir, "missing.csv")); code != 2 || !strings.Contains(out, "NOT FULLY READ") {
		t.Errorf("a missing file: %d %s", code, out)
	}
	if code, _, _ := runCLI("", "check"); code != 2 {
		t.Error("no file: usage")
	}
	if code, _, _ := runCLI("", "gen-table", "-o", "x.txt"); code != 2 {
		t.Error("gen-table to .txt")
	}
}

func TestProgressBar(t *testing.T) {
	var out bytes.Buffer
	p := &progress{w: &out, on: true}
	r := p.reader(bytes.NewReader(make([]byte, 3<<20)), "big.csv", 3<<20)
	buf := make([]byte, 1<<20)
	for {
		if _, err := r.Read(buf); err != nil {
			break
		}
	}
	p.done()
	if !strings.Contains(out.String(), "big.csv [") || !strings.HasSuffix(out.String(), "\r\033[K") {
		t.Errorf("progress output %q", out.String())
	}
	out.Reset()
	small := &progress{w: &out, on: true}
	small.reader(bytes.NewReader(nil), "small.csv", 100)
	small.done()
	if out.Len() != 0 {
		t.Error("a bar for a small file")
	}
}
