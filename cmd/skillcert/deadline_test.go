package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skillcert/skillcert/filing"
)

// TestDeadlineBinary runs skillcert deadline and version as a user would.
func TestDeadlineBinary(t *testing.T) {
	// 2026-09-30 + 5 working days: 10-01..10-07 are the National Day holiday,
	// 10-10 (Saturday) is worked (lunar-go's 2026 arrangement).
	code, out, errOut := runBin(t, nil, "deadline", "-add", "5", "-from", "2026-09-30")
	if code != 0 || strings.TrimSpace(out) != "2026-09-30 + 5 working days = 2026-10-13" {
		t.Errorf("exit %d, out %q, err %q", code, out, errOut)
	}
	// 2027 is known since lunar-go v1.4.7: 2027-02-05..13 off, 02-14 worked.
	code, out, _ = runBin(t, nil, "deadline", "-add", "1", "-from", "2027-02-04")
	if code != 0 || !strings.Contains(out, "= 2027-02-14") {
		t.Errorf("2027 Spring Festival: exit %d, out %q", code, out)
	}
	// A year nobody supplied is exit 2 and says how to supply it.
	code, _, errOut = runBin(t, nil, "deadline", "-add", "5", "-from", "2031-09-30")
	if code != 2 || !strings.Contains(errOut, "2031") || !strings.Contains(errOut, "-holidays") {
		t.Errorf("unknown year: exit %d, stderr %q", code, errOut)
	}
	// ... and supplied in the holiday-cn layout, it is used.
	file := filepath.Join(t.TempDir(), "2031.json")
	data := `{"year":2031,"days":[{"name":"国庆节","date":"2031-10-01","isOffDay":true},{"name":"国庆节","date":"2031-10-02","isOffDay":true},{"name":"国庆节","date":"2031-10-03","isOffDay":true}]}`
	if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = runBin(t, nil, "deadline", "-add", "5", "-from", "2031-09-30", "-holidays", file)
	if code != 0 || !strings.Contains(out, "= 2031-10-10") {
		t.Errorf("supplied 2031: exit %d, out %q, err %q", code, out, errOut)
	}
	// A broken file is exit 2 naming the file.
	if err := os.WriteFile(file, []byte(`{"year":2031,"days":[{"date":"2031-13-01","isOffDay":true}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut = runBin(t, nil, "deadline", "-add", "5", "-from", "2031-09-30", "-holidays", file); code != 2 || !strings.Contains(errOut, "2031.json") {
		t.Errorf("broken holiday file: exit %d, stderr %q", code, errOut)
	}
	// Every limit of a profile, as JSON Lines.
	code, out, _ = runBin(t, nil, "deadline", "-profile", "henan", "-from", "2026-09-28", "-json")
	if code != 0 {
		t.Fatalf("profile: exit %d", code)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r deadlineRow
		if err := json.Unmarshal([]byte(line), &r); err != nil || r.Schema != jsonSchema || r.Rule == "" || r.Due == "" || r.Source == "" {
			t.Errorf("bad JSON line %q: %v", line, err)
		}
	}
	code, out, _ = runBin(t, nil, "deadline", "-profile", "henan", "-activity", filingActivity(t, 3), "-from", "2026-09-28")
	if code != 0 || !strings.Contains(out, "limit.") {
		t.Errorf("-activity: exit %d, out %q", code, out)
	}
	code, out, _ = runBin(t, nil, "deadline", "-profile", "anhui", "-authority", "-from", "2026-09-28")
	if code != 0 || !strings.Contains(out, "working days") {
		t.Errorf("-authority: exit %d, out %q", code, out)
	}
	for _, args := range [][]string{{"deadline"}, {"deadline", "-profile", "henan", "-activity", "bakery", "-from", "2026-09-28"}, {"deadline", "-from", "2026-13-01", "-add", "1"}, {"deadline", "-from", "2026-01-01", "-profile", "hainan"}, {"deadline", "-from", "2026-01-01", "-add", "100000"}} {
		if code, _, _ := runBin(t, nil, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

func TestVersionBinary(t *testing.T) {
	code, out, _ := runBin(t, nil, "version")
	for _, want := range []string{"中华人民共和国职业分类大典（2022年版）", "人社鉴发〔2019〕2号 表4", "statutory calendar: 2002–2027"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("version: exit %d, output lacks %q:\n%s", code, want, out)
		}
	}
	code, out, _ = runBin(t, nil, "version", "-json")
	var v versionInfo
	if err := json.Unmarshal([]byte(out), &v); code != 0 || err != nil || v.Schema != jsonSchema || len(v.Tables) < 5 || v.CalendarYears[1] < 2027 {
		t.Errorf("version -json: exit %d, %v, %+v", code, err, v)
	}
}

func filingActivity(t *testing.T, i int) string {
	t.Helper()
	a := filing.Activities()
	if len(a) < i {
		t.Fatalf("only %d activities", len(a))
	}
	return a[i-1].String()
}
