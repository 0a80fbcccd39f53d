package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
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

// bin is the skillcert binary TestMain builds, so that exit codes and
// standard streams are tested as a user meets them.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "skillcert-bin")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "skillcert")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building skillcert: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runBin runs the built binary with stdin.
func runBin(t *testing.T, stdin io.Reader, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Stdin = stdin
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	return cmd.ProcessState.ExitCode(), out.String(), errOut.String()
}

func TestValidateBinary(t *testing.T) {
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
		code  int
		out   []string // each must appear in stdout
		err   []string // each must appear in stderr
	}{
		{"BOM", "\ufeffY000144001005205000001\r\n", []string{"validate"}, 0, nil, nil},
		{"BOM, bad second", "\ufeffY000144001005205000001\nY000144001005205000000\n", []string{"validate"}, 1, []string{"line 2:"}, nil},
		{"empty", "", []string{"validate"}, 2, nil, []string{"no codes"}},
		{"blank", "\ufeff\n  \n\t\n", []string{"validate"}, 2, nil, []string{"no codes"}},
		{"filing", "S000034010001\nS000034010000\n", []string{"validate", "-kind", "filing"}, 1, []string{"line 2:"}, nil},
		{"card", "R00210001\n", []string{"validate", "-kind", "card"}, 0, nil, nil},
		{"credit", "９１３５０１００ｍ０００１００ｙ４３\n91350100M000100Y44\n", []string{"validate", "-kind", "credit"}, 1, []string{"line 2:", "character 18"}, nil},
		{"id", "11010519491231002x\n110105194912310021\n", []string{"validate", "-kind", "id"}, 1, []string{"line 2:", "want \"X\""}, nil},
		{"id json", "110105194912310021\n", []string{"validate", "-json", "-kind", "id"}, 1, []string{`"pos":18`, `"field":"check character"`}, nil},
		{"unknown kind", "", []string{"validate", "-kind", "passport", "x"}, 2, nil, []string{"-kind"}},
		{"scheme with credit", "", []string{"validate", "-kind", "credit", "-scheme", "national", "x"}, 2, nil, []string{"-scheme"}},
	} {
		code, out, errOut := runBin(t, strings.NewReader(tc.stdin), tc.args...)
		if code != tc.code {
			t.Errorf("%s: exit %d, want %d\n%s%s", tc.name, code, tc.code, out, errOut)
		}
		for _, w := range tc.out {
			if !strings.Contains(out, w) {
				t.Errorf("%s: stdout lacks %q:\n%s", tc.name, w, out)
			}
		}
		for _, w := range tc.err {
			if !strings.Contains(errOut, w) {
				t.Errorf("%s: stderr lacks %q:\n%s", tc.name, w, errOut)
			}
		}
	}
}

// TestValidateHugeLine: a 50 MB line is refused with its number, the lines
// after it are still checked, and no output line is long.
func TestValidateHugeLine(t *testing.T) {
	in := io.MultiReader(strings.NewReader("Y000144001005205000001\n"), io.LimitReader(repeatReader('9'), 50<<20),
		strings.NewReader("\nY000144001005205000000\n"+strings.Repeat("Y", 60000)+"\n"))
	code, out, errOut := runBin(t, in, "validate")
	if code != 2 || !strings.Contains(errOut, "line 2: longer than") || strings.Contains(errOut, "token too long") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if !strings.Contains(out, "line 3:") || !strings.Contains(out, "line 4:") {
		t.Errorf("the lines after the long one were not checked:\n%.500s", out)
	}
	for _, l := range strings.Split(out+errOut, "\n") {
		if len(l) > 5000 {
			t.Errorf("an output line of %d bytes", len(l))
		}
	}
}

type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}
