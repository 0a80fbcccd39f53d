package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckBinary runs the built skillcert binary, as a user or a script
// does, for every exit status of check and for check - (standard input).
func TestCheckBinary(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "skillcert")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	run := func(stdin []byte, args ...string) (int, string, string) {
		cmd := exec.Command(bin, args...)
		cmd.Stdin = bytes.NewReader(stdin)
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		var ee *exec.ExitError
		switch {
		case errors.As(err, &ee):
			return ee.ExitCode(), out.String(), errOut.String()
		case err != nil:
			t.Fatal(err)
		}
		return 0, out.String(), errOut.String()
	}
	clean := filepath.Join(dir, "clean.csv")
	if code, _, e := run(nil, "gen-table", "-rows", "30", "-defects", "0", "-o", clean); code != 0 {
		t.Fatal(e)
	}
	cleanBytes := must(os.ReadFile(clean))
	sample := must(os.ReadFile("testdata/sample.csv"))
	header := "姓名,证件类型,证件号码,所在单位,职业名称,工种名称,职业技能等级,证书编号,发证日期,评价机构,发证机构,考生所在地市\n"
	lines := strings.SplitAfter(string(cleanBytes), "\n")
	badByte := strings.Join(lines[:5], "") + "\xff\xfe\n" + strings.Join(lines[5:], "")
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tc := range []struct {
		name  string
		stdin []byte
		args  []string
		code  int
		out   string
	}{
		{"clean file", nil, []string{"check", clean}, 0, "30 rows read, 30 clean"},
		{"clean stdin", cleanBytes, []string{"check", "-"}, 0, "-: 30 rows read, 30 clean"},
		{"errors", nil, []string{"check", "-today", "2026-11-23", "testdata/sample.csv"}, 1, "error submission.cert.duplicate"},
		{"errors on stdin", sample, []string{"check", "-today", "2026-11-23", "-"}, 1, "-: 200 rows read"},
		{"missing file", nil, []string{"check", filepath.Join(dir, "nope.csv")}, 2, "NOT FULLY READ"},
		{"missing beside a clean file", nil, []string{"check", clean, filepath.Join(dir, "nope.csv")}, 2, "30 clean"},
		{"an unreadable line", nil, []string{"check", write("bad.csv", []byte(badByte))}, 2, "line 6 (byte "},
		{"an unreadable line on stdin", []byte(badByte), []string{"check", "-json", "-"}, 2, `"complete":false`},
		{"a 50 MB line", nil, []string{"check", write("long.csv", []byte(header+strings.Repeat("x", 50<<20)+"\n"))}, 2, "line 2 (byte 162): a record longer than 1048576 bytes"},
		{"a 50 MB line, limit raised", nil, []string{"check", "-max-record-bytes", "100000000", "-max-cell-bytes", "100000000", filepath.Join(dir, "long.csv")}, 1, "error submission.cell.empty"},
		{"a limit", nil, []string{"check", "-max-rows", "5", clean}, 2, "more than 5 rows (Limits.MaxRows)"},
		{"empty stdin", nil, []string{"check", "-"}, 2, "the file is empty"},
		{"usage", nil, []string{"check"}, 2, ""},
		{"bad flag", nil, []string{"check", "-today", "yesterday", clean}, 2, ""},
		{"help", nil, []string{"check", "-h"}, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := run(tc.stdin, tc.args...)
			if code != tc.code || !strings.Contains(out, tc.out) {
				t.Errorf("exit %d, want %d; output %.500q, want %q; stderr %.300q", code, tc.code, out, tc.out, errOut)
			}
			for _, line := range strings.Split(out+errOut, "\n") {
				if len(line) > 4000 {
					t.Errorf("an output line of %d bytes", len(line))
				}
			}
			if tc.name == "help" && (!strings.Contains(errOut, "Exit status:") || !strings.Contains(errOut, "-max-record-bytes")) {
				t.Errorf("check -h does not document the exit status and limits:\n%s", errOut)
			}
		})
	}
}
