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
			Summary struct{ Rows, Clean, WithFindings, Errors, Warnings, Infos int }
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
		if s.Rows != 200 || s.Rows != s.Clean+s.WithFindings {
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
		"testdata/sample.csv:", ": 证书编号: error cert.duplicate: ", " / the certificate number repeats row ",
		"testdata/sample.csv: 200 rows read, ", "total: 400 rows read, ",
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
	if code, out, _ := runCLI("", "check", clean); code != 0 || !strings.Contains(out, "50 rows read, 50 clean, 0 with findings") {
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
		"ragged.csv":      []byte(header + "张三,201,11010519491231002X\n"),
		"empty.xlsx":      nil,
	}
	want := map[string]string{
		"empty.csv":       "error: submission: the file is empty",
		"header-only.csv": "error: submission: the table has a header but no rows",
		"utf16.csv":       "error: submission: the file is not a text table",
		"truncated.xlsx":  "error: not a readable XLSX file",
		"not-a-table.csv": "error: submission: the header lacks the required column(s)",
		"bigcell.csv":     "error row.ragged",
		"ragged.csv":      "error row.ragged",
		"bigcert.csv":     "error cert.invalid",
		"empty.xlsx":      "error: not a readable XLSX file",
	}
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, _ := runCLI("", "check", path)
		if code != 1 || !strings.Contains(out, want[name]) {
			t.Errorf("%s: exit %d, output %.300q; want %q", name, code, out, want[name])
		}
		if len(out) > 10000 {
			t.Errorf("%s: %d bytes of output: a cell is quoted whole", name, len(out))
		}
	}
	if code, _, _ := runCLI("", "check", filepath.Join(dir, "missing.csv")); code != 1 {
		t.Error("a missing file")
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
