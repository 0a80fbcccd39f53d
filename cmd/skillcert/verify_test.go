package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/institution"
	"github.com/skillcert/skillcert/nationalid"
	"github.com/skillcert/skillcert/occupation"
)

const (
	exampleRegistry = "../../examples/verify/institutions.registry"
	exampleTable    = "../../examples/verify/table.csv"
)

// exampleFindings are the findings of the example table against the example
// registry: row, column and rule, one of each kind the table shows.
var exampleFindings = []string{
	"5 职业技能等级 verify.scope.level",
	"6 评价机构 verify.name",
	"8 发证日期 verify.suspended",
	"9 发证日期 verify.cancelled",
	"10 证书编号 verify.filed",
	"11 证书编号 verify.duplicate-number",
	"12 证件号码 verify.duplicate-person",
	"13 证书编号 certificate.number.year",
	"14 发证日期 submission.date.format",
	"15 职业名称 verify.occupation.access",
	"15 职业名称 verify.scope.occupation",
	"16 工种名称 certificate.work-type.dash",
}

// verifyJSON runs verify -json and returns the findings as "row column
// rule" and the summary objects.
func verifyJSON(t *testing.T, stdin []byte, args ...string) (int, []string, []summaryJSON, string) {
	t.Helper()
	code, out, errOut := runBin(t, strings.NewReader(string(stdin)), append([]string{"verify", "-json", "-today", "2025-01-01"}, args...)...)
	var got []string
	var sums []summaryJSON
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var line map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("not JSON Lines: %s", sc.Text())
		}
		if s, ok := line["summary"]; ok {
			var sum summaryJSON
			json.Unmarshal(s, &sum)
			sums = append(sums, sum)
			continue
		}
		var f findingJSON
		json.Unmarshal(sc.Bytes(), &f)
		if f.Message == "" || f.English == "" || f.Source == "" || f.Severity == "" {
			t.Errorf("a finding without message, English, source or severity: %s", sc.Text())
		}
		got = append(got, fmt.Sprintf("%d %s %s", f.Row, f.Column, f.Rule))
	}
	return code, got, sums, errOut
}

func TestVerifyExample(t *testing.T) {
	code, out, errOut := runBin(t, nil, "verify", "-today", "2025-01-01", "-registry", exampleRegistry, exampleTable)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", code, out, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(exampleFindings)+1 {
		t.Fatalf("%d lines, want %d findings and a summary:\n%s", len(lines), len(exampleFindings), out)
	}
	for i, want := range exampleFindings {
		f := strings.SplitN(want, " ", 3)
		prefix := exampleTable + ":" + f[0] + ": " + f[1] + ": "
		if !strings.HasPrefix(lines[i], prefix) || !strings.Contains(lines[i], " "+f[2]+": ") {
			t.Errorf("line %d: %s\nwant %s… %s", i+1, lines[i], prefix, f[2])
		}
	}
	wantSum := exampleTable + ": 13 rows read, 2 clean, 11 with findings; 10 errors, 2 warnings, 0 info; 1 blank rows skipped"
	if last := lines[len(lines)-1]; last != wantSum {
		t.Errorf("summary %q\nwant    %q", last, wantSum)
	}

	code, got, sums, _ := verifyJSON(t, nil, "-registry", exampleRegistry, exampleTable)
	if code != 1 || strings.Join(got, "\n") != strings.Join(exampleFindings, "\n") {
		t.Errorf("-json: exit %d, findings\n%s\nwant\n%s", code, strings.Join(got, "\n"), strings.Join(exampleFindings, "\n"))
	}
	if len(sums) != 1 || sums[0] != (summaryJSON{Rows: 13, Clean: 2, WithFindings: 11, Errors: 10, Warnings: 2, Blank: 1, HeaderRow: 2, Complete: true}) {
		t.Errorf("-json summary %+v", sums)
	}
}

// The same table as XLSX, read by check's XLSX reader, gives the same
// findings.
func TestVerifyXLSX(t *testing.T) {
	f, err := os.Open(exampleTable)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rd := csv.NewReader(f)
	rd.FieldsPerRecord = -1
	records, err := rd.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	book := excelize.NewFile()
	for i, rec := range records {
		cells := make([]any, len(rec))
		for j, c := range rec {
			cells[j] = c
		}
		if err := book.SetSheetRow("Sheet1", fmt.Sprintf("A%d", i+1), &cells); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "table.xlsx")
	if err := book.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	code, got, sums, errOut := verifyJSON(t, nil, "-registry", exampleRegistry, path)
	if code != 1 || strings.Join(got, "\n") != strings.Join(exampleFindings, "\n") || len(sums) != 1 || sums[0].Rows != 13 {
		t.Errorf("xlsx: exit %d, %v, %+v, %s", code, got, sums, errOut)
	}
}

func TestVerifyExitCodes(t *testing.T) {
	dir := t.TempDir()
	table, err := os.ReadFile(exampleTable)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(table), "\n")
	clean := []byte(strings.Join(lines[:4], "")) // title, header, two clean rows
	reg, err := os.ReadFile(exampleRegistry)
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cleanFile := write("clean.csv", clean)
	damaged := []byte(strings.Replace(string(reg), "芜湖某汽车部件有限公司", "芜湖某汽车零件有限公司", 1))
	cut := reg[:len(reg)*2/3]
	badBytes := write("bad.csv", []byte(strings.Join(lines[:3], "")+"\xff\xfe\n"+strings.Join(lines[3:], "")))
	for _, tc := range []struct {
		name  string
		stdin []byte
		args  []string
		code  int
		out   string // in stdout
		err   string // in stderr
	}{
		{"clean", nil, []string{"-registry", exampleRegistry, cleanFile}, 0, "2 rows read, 2 clean", ""},
		{"clean stdin", clean, []string{"-registry", exampleRegistry, "-"}, 0, "-: 2 rows read, 2 clean", ""},
		{"errors on stdin", table, []string{"-registry", exampleRegistry, "-"}, 1, "-: 13 rows read, 2 clean, 11 with findings", ""},
		{"two tables", nil, []string{"-registry", exampleRegistry, cleanFile, exampleTable}, 1, "total: 15 rows read", ""},
		{"missing registry", nil, []string{"-registry", filepath.Join(dir, "nope.registry"), cleanFile}, 2, "", "does not exist; nothing was verified"},
		{"damaged registry", nil, []string{"-registry", write("damaged.registry", damaged), cleanFile}, 2, "", "cannot be read"},
		{"cut registry", nil, []string{"-registry", write("cut.registry", cut), cleanFile}, 2, "", "cannot be read"},
		{"not a registry", nil, []string{"-registry", cleanFile, cleanFile}, 2, "", "cannot be read"},
		{"no -registry", nil, []string{cleanFile}, 2, "", "-registry FILE is required"},
		{"no table", nil, []string{"-registry", exampleRegistry}, 2, "", "no table"},
		{"missing table", nil, []string{"-registry", exampleRegistry, cleanFile, filepath.Join(dir, "nope.csv")}, 2, "NOT FULLY READ", ""},
		{"unreadable line", nil, []string{"-registry", exampleRegistry, badBytes}, 2, "line 4 (byte ", ""},
		{"a limit", nil, []string{"-registry", exampleRegistry, "-max-rows", "3", cleanFile}, 2, "more than 3 rows (Limits.MaxRows)", ""},
		{"header only", []byte(strings.Join(lines[:2], "")), []string{"-registry", exampleRegistry, "-"}, 2, "no rows", ""},
		{"empty stdin", nil, []string{"-registry", exampleRegistry, "-"}, 2, "the file is empty", ""},
		{"bad -today", nil, []string{"-registry", exampleRegistry, "-today", "tomorrow", cleanFile}, 2, "", "want YYYY-MM-DD"},
		{"help", nil, []string{"-h"}, 0, "", "Exit status:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"verify", "-today", "2025-01-01"}, tc.args...)
			if tc.name == "help" {
				args = []string{"verify", "-h"}
			}
			code, out, errOut := runBin(t, strings.NewReader(string(tc.stdin)), args...)
			if code != tc.code || !strings.Contains(out, tc.out) || !strings.Contains(errOut, tc.err) {
				t.Errorf("exit %d, want %d\nstdout %.600s\nwant %q\nstderr %.600s\nwant %q", code, tc.code, out, tc.out, errOut, tc.err)
			}
			if tc.name == "help" && !strings.Contains(errOut, "-max-record-bytes") {
				t.Errorf("verify -h does not document the limits:\n%s", errOut)
			}
		})
	}
	// Not fully read in JSON: the summary says so.
	code, _, sums, _ := verifyJSON(t, nil, "-registry", exampleRegistry, badBytes)
	if code != 2 || len(sums) != 1 || sums[0].Complete {
		t.Errorf("-json unreadable: exit %d, %+v", code, sums)
	}
}

// The committed example registry is what the generator writes.
func TestExampleRegistryIsGenerated(t *testing.T) {
	p := filepath.Join(t.TempDir(), "institutions.registry")
	if out, err := exec.Command("go", "run", "github.com/skillcert/skillcert/examples/verify", p).CombinedOutput(); err != nil {
		t.Fatalf("go run ./examples/verify: %v\n%s", err, out)
	}
	got, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(exampleRegistry)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("examples/verify/institutions.registry differs from what go run ./examples/verify writes; regenerate it")
	}
}

func TestExplainSpecial(t *testing.T) {
	code, out, _ := runCLI("", "explain", "-kind", "special", "20 16015000 00001")
	for _, want := range []string{"201601500000001  (20 1601 5 000 00001)", "henan-special", "考核机构流水码", "证书流水编码", "豫人社办函〔2020〕41号 四（一）"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("explain -kind special: exit %d, lacks %q:\n%s", code, want, out)
		}
	}
	code, out, _ = runCLI("", "explain", "-json", "-kind", "special-inst", "16015001")
	var p parsed
	if code != 0 || json.Unmarshal([]byte(out), &p) != nil || p.Code != "16015001" || len(p.Parts) != 3 || p.Parts[2].Value != "001" {
		t.Errorf("explain -json special-inst: exit %d, %s", code, out)
	}
	code, out, _ = runCLI("", "explain", "-json", "-kind", "special-inst", "16015xxx")
	if code != 1 || json.Unmarshal([]byte(out), &p) != nil || p.Error == nil || p.Error.Pos != 6 {
		t.Errorf("explain placeholder: exit %d, %s", code, out)
	}
	if code, _, errOut := runCLI("", "explain", "-kind", "specal", "1"); code != 2 || !strings.Contains(errOut, "special-inst") {
		t.Errorf("explain -kind specal: exit %d, %s", code, errOut)
	}
}

func TestValidateSpecial(t *testing.T) {
	in := "201601500000001\n２０１６０１５０００００００２\n201601500000000\n19 16015000 00001\n"
	code, out, _ := runCLI(in, "validate", "-kind", "special")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 1 || len(lines) != 2 || !strings.HasPrefix(lines[0], "line 3:") || !strings.Contains(lines[0], "serial") || !strings.HasPrefix(lines[1], "line 4:") {
		t.Errorf("validate -kind special: exit %d\n%s", code, out)
	}
	if code, out, _ := runCLI("", "validate", "-kind", "special-inst", "16015000", "1601-5-001"); code != 0 || out != "" {
		t.Errorf("validate -kind special-inst good: exit %d, %s", code, out)
	}
	code, out, _ = runCLI("", "validate", "-json", "-kind", "special-inst", "16016000")
	var rec struct{ Error errorJSON }
	if code != 1 || json.Unmarshal([]byte(out), &rec) != nil || rec.Error.Pos != 5 {
		t.Errorf("validate -json special-inst: exit %d, %s", code, out)
	}
}

// residentID completes a 17-digit prefix with its GB 11643-1999 check
// character.
func residentID(prefix string) string {
	weights := [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(prefix[i]-'0') * weights[i]
	}
	return prefix + string("10X98765432"[sum%11])
}

// writeBenchFiles writes a registry of insts institutions (three scope rows
// and a branch each) and a clean table of rows certificates spread over them.
func writeBenchFiles(tb testing.TB, dir string, insts, rows int) (registry, table string) {
	registry, table = filepath.Join(dir, "bench.registry"), filepath.Join(dir, "bench.csv")
	day := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	occs := []occupation.Code{occupation.MustParse("4-12-01-01"), occupation.MustParse("6-31-01-03"), occupation.MustParse("6-18-01-01")}
	recs := make([]institution.Record, 0, insts)
	for i := 0; i < insts; i++ {
		r := institution.Record{Filing: certcode.MustParseFiling(fmt.Sprintf("S000011%06d", 2*i+1)), CreditCode: testCredit(i),
			Kind: institution.SocialOrganisation, Events: []institution.Event{
				{Kind: institution.Filed, Date: day("2021-01-01"), Until: day("2027-12-31"), Name: fmt.Sprintf("北京第%d职业技能评价中心", i)}}}
		for _, o := range occs {
			r.Events = append(r.Events, institution.Event{Kind: institution.ScopeAdded, Date: day("2021-01-01"), Scope: institution.ScopeRow{Occupation: o, Levels: institution.LevelsOf(5, 4, 3)}})
		}
		r.Events = append(r.Events, institution.Event{Kind: institution.BranchAdded, Date: day("2022-01-01"),
			Branch: certcode.MustParseFiling(fmt.Sprintf("S000011%06d", 2*i+2)), Name: fmt.Sprintf("北京第%d职业技能评价中心考核站", i)})
		recs = append(recs, r)
	}
	s, err := institution.CreateFile(registry)
	if err != nil {
		tb.Fatal(err)
	}
	if err := s.AddAll(recs); err != nil {
		tb.Fatal(err)
	}
	s.Close()
	f, err := os.Create(table)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString("姓名,证件类型,证件号码,职业名称,工种名称,职业技能等级,证书编号,发证日期,评价机构\n")
	names := []string{"汽车维修工", "电工", "车工"}
	born := day("1950-01-01")
	for i := 0; i < rows; i++ {
		inst := i % insts
		id := residentID("110105" + born.AddDate(0, 0, i%20000).Format("20060102") + fmt.Sprintf("%03d", i/20000%1000))
		fmt.Fprintf(w, "张%d,201,%s,%s,--,四级/中级工,S000011%06d244%06d,2024-05-20,北京第%d职业技能评价中心\n",
			i, id, names[i%3], 2*inst+1, i/insts+1, inst)
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return registry, table
}

// BenchmarkVerifyCLI runs the built binary on a clean table of 1,000,000
// rows against a registry of 20,000 institutions, the whole CLI path (read
// the registry file, read the CSV, build certificates, verify with content
// rules, write the summary); one op is one run. It reports the time per row
// and the process's peak resident memory, and runs `skillcert check` on the
// same table as the yardstick to compare with. Run with -benchtime=1x.
func BenchmarkVerifyCLI(b *testing.B) {
	const insts, rows = 20000, 1000000
	reg, table := writeBenchFiles(b, b.TempDir(), insts, rows)
	for _, bc := range []struct {
		name string
		args []string
	}{
		{"check", []string{"check", "-q", "-today", "2025-01-01", table}},
		{"verify", []string{"verify", "-q", "-today", "2025-01-01", "-registry", reg, table}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var rss int64
			for n := 0; n < b.N; n++ {
				cmd := exec.Command(bin, bc.args...)
				out, err := cmd.CombinedOutput()
				if err != nil || !strings.Contains(string(out), fmt.Sprintf("%d rows read, %d clean", rows, rows)) {
					b.Fatalf("%v\n%.2000s", err, out)
				}
				// Maxrss is in KiB on Linux (bytes on macOS); read by name so
				// that the test builds where syscall.Rusage differs.
				if u := reflect.ValueOf(cmd.ProcessState.SysUsage()); u.Kind() == reflect.Pointer && !u.IsNil() {
					if m := u.Elem().FieldByName("Maxrss"); m.IsValid() {
						rss = max(rss, m.Int())
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/rows, "ns/row")
			b.ReportMetric(float64(rss)/1024, "peak-RSS-MiB")
		})
	}
}

// testCredit returns a valid unified social credit code that differs for
// every i, for generated institutions.
func testCredit(i int) string {
	for _, k := range "ABCDEFGHJKLMNPQRTUWXY" {
		if c, err := nationalid.CompleteCreditCode(fmt.Sprintf("91110000M%c%06d", k, i%1000000)); err == nil {
			return c.String()
		}
	}
	panic(fmt.Sprint("no credit code for ", i))
}
