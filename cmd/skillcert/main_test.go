package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func runCLI(stdin string, args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestExplain(t *testing.T) {
	code, out, _ := runCLI("", "explain", "Y 0001 44 001005 20 5 000001")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"Y000144001005205000001", "guangdong", "省本级", "国有企业", "五级/初级工", "二（四）（2）", "广东省职业技能等级证书编码规则实施方案（企业2021版） 二（七）"} {
		if !strings.Contains(out, want) {
			t.Errorf("explain output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runCLI("", "explain", "-json", "-kind", "filing", "S000034010001")
	var p parsed
	if code != 0 || json.Unmarshal([]byte(out), &p) != nil || p.Rule != "anhui" || len(p.Parts) != 5 {
		t.Errorf("explain -json filing: exit %d, %s", code, out)
	}
	if code, out, _ = runCLI("", "explain", "-kind", "card", "R00210001"); code != 0 || !strings.Contains(out, "人力资源社会保障部") {
		t.Errorf("explain card: exit %d, %s", code, out)
	}
	if code, out, _ = runCLI("", "explain", "Y000123XXXXXX195000001"); code != 1 || !strings.Contains(out, "placeholder") {
		t.Errorf("explain bad: exit %d, %s", code, out)
	}
	if code, _, errOut := runCLI("", "explain", "-kind", "x", "Y"); code != 2 || !strings.Contains(errOut, "-kind") {
		t.Errorf("explain -kind x: exit %d, %s", code, errOut)
	}
}

func TestValidate(t *testing.T) {
	in := "Y000144001005205000001\n\nS000034150001205000001\nY000144001005205000000\n"
	code, out, _ := runCLI(in, "validate")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 1 || len(lines) != 2 || !strings.HasPrefix(lines[0], "line 3:") || !strings.HasPrefix(lines[1], "line 4:") {
		t.Errorf("validate stdin: exit %d\n%s", code, out)
	}
	if code, out, _ := runCLI("", "validate", "Y000144001005205000001", "S000034010001205000001"); code != 0 || out != "" {
		t.Errorf("validate good: exit %d, %q", code, out)
	}
	code, out, _ = runCLI("", "validate", "-json", "Y000144101005205000001")
	var rec struct {
		Input string
		Error errorJSON
	}
	if code != 1 || json.Unmarshal([]byte(out), &rec) != nil || rec.Error.Field != "area" || rec.Error.Pos != 8 {
		t.Errorf("validate -json: exit %d, %s", code, out)
	}
	if code, _, _ := runCLI("", "validate", "-scheme", "national", "Y000144101005205000001"); code != 0 {
		t.Errorf("validate -scheme national: exit %d", code)
	}
	if code, _, _ := runCLI("", "validate", "-scheme", "liaoning", "Y"); code != 2 {
		t.Errorf("validate -scheme liaoning: exit %d", code)
	}
}

func TestUsage(t *testing.T) {
	if code, _, errOut := runCLI(""); code != 2 || !strings.Contains(errOut, "usage") {
		t.Errorf("no args: %d %s", code, errOut)
	}
	if code, _, _ := runCLI("", "frobnicate"); code != 2 {
		t.Errorf("unknown command: %d", code)
	}
	if code, out, _ := runCLI("", "help"); code != 0 || !strings.Contains(out, "validate") {
		t.Errorf("help: %d %s", code, out)
	}
}
