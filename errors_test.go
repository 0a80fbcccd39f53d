package skillcert_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/skillcert/skillcert"
)

var errPlaceholder = errors.New("template placeholder")

func TestErrorMessage(t *testing.T) {
	e := &skillcert.Error{
		Pkg: "certcode", What: "certificate number", Input: "Y000144100520500000１",
		Field: "area", Pos: 8, End: 9, Got: "10",
		Want: "an area code of 广东省", WantZH: "广东省的地区代码",
		Source: "广东省职业技能等级证书编码规则实施方案（企业2021版）",
		Kind:   skillcert.ErrUnknown, Cause: errPlaceholder,
	}
	for _, tc := range []struct{ got, want string }{
		{e.Error(), `certcode: certificate number "Y000144100520500000１": area "10" at characters 8–9: unknown value (template placeholder); want an area code of 广东省 (广东省职业技能等级证书编码规则实施方案（企业2021版）)`},
		{e.Chinese(), `证书编号“Y000144100520500000１”第8–9位地区代码“10”：未知的值；应为广东省的地区代码（广东省职业技能等级证书编码规则实施方案（企业2021版））`},
	} {
		if tc.got != tc.want {
			t.Errorf("got  %s\nwant %s", tc.got, tc.want)
		}
	}
	if !errors.Is(e, skillcert.ErrUnknown) || !errors.Is(e, errPlaceholder) || errors.Is(e, skillcert.ErrSyntax) {
		t.Error("errors.Is does not follow Kind and Cause")
	}
	var as *skillcert.Error
	if !errors.As(error(e), &as) || as.Field != "area" {
		t.Error("errors.As to *skillcert.Error failed")
	}
}

// A message never grows with its input: a 5 MB input is quoted by a short
// prefix and its length in characters.
func TestErrorBounded(t *testing.T) {
	huge := strings.Repeat("９", 5<<20)
	e := &skillcert.Error{Pkg: "certcode", What: "certificate number", Input: huge, Got: huge, Field: "serial", Pos: 1, End: 5 << 20, Kind: skillcert.ErrLength}
	for _, msg := range []string{e.Error(), e.Chinese()} {
		if n := utf8.RuneCountInString(msg); n > 300 {
			t.Errorf("message is %d characters long: %.200s", n, msg)
		}
		if !strings.Contains(msg, "…") {
			t.Errorf("a cut quote is not marked: %.200s", msg)
		}
	}
	if !strings.Contains(e.Error(), "(5242880 characters)") {
		t.Errorf("length in characters missing: %.200s", e.Error())
	}
	if e.Input != huge {
		t.Error("the input was altered")
	}
}

func TestQuote(t *testing.T) {
	for in, want := range map[string]string{
		"":                       `""`,
		"Y000144001005205000001": `"Y000144001005205000001"`,
		strings.Repeat("a", 40):  `"` + strings.Repeat("a", 40) + `"`,
		strings.Repeat("码", 41):  `"` + strings.Repeat("码", 40) + `…" (41 characters)`,
		"\xff":                   `"\xff"`,
	} {
		if got := skillcert.Quote(in); got != want {
			t.Errorf("Quote(%.20q) = %s, want %s", in, got, want)
		}
	}
}

func TestSeverity(t *testing.T) {
	for _, s := range []skillcert.Severity{skillcert.SeverityInfo, skillcert.SeverityWarning, skillcert.SeverityError} {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back skillcert.Severity
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("%v: round trip gave %v, %v", s, back, err)
		}
	}
	if got := skillcert.Severity(7).String(); got != "Severity(7)" {
		t.Errorf("Severity(7).String() = %q", got)
	}
	if _, err := skillcert.Severity(0).MarshalText(); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("marshalling the zero Severity: %v", err)
	}
	if _, err := skillcert.ParseSeverity("fatal"); !errors.Is(err, skillcert.ErrUnknown) {
		t.Errorf("ParseSeverity(fatal): %v", err)
	}
	fs := []skillcert.Finding{{Severity: skillcert.SeverityWarning}}
	if skillcert.HasErrors(fs) {
		t.Error("a warning counted as an error")
	}
	if !skillcert.HasErrors(append(fs, skillcert.Finding{Severity: skillcert.SeverityError})) {
		t.Error("an error not counted")
	}
}

func TestFindingString(t *testing.T) {
	f := skillcert.Finding{Rule: "cert.number", Severity: skillcert.SeverityError, Row: 7, Column: "证书编号", English: "bad number", Source: "人社鉴发〔2019〕2号 附件1"}
	if got, want := f.String(), "error cert.number row 7 证书编号: bad number (人社鉴发〔2019〕2号 附件1)"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// An error about a whole file has no input to quote, and says so without an
// empty quote.
func TestErrorWithoutInput(t *testing.T) {
	e := &skillcert.Error{Pkg: "xlsx", What: "file", Kind: skillcert.ErrSyntax, Cause: errPlaceholder, Want: "an XLSX workbook"}
	if got, want := e.Error(), "xlsx: file: invalid syntax (template placeholder); want an XLSX workbook"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if got, want := e.Chinese(), "文件：格式不对；应为 an XLSX workbook"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
