package level

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/skillcert/skillcert"
)

// TestParseDocumentForms reads every way the seeds write a level (found by
// sweeping the five seed files for grades, titles and the 国家职业资格 forms,
// with their spaces and brackets as printed), with its file and line.
func TestParseDocumentForms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Level
		src  string
	}{
		{"一级/高级技师", One, "000 L775"},
		{"二级/技师", Two, "000 L775"},
		{"三级/高级工", Three, "000 L775"},
		{"四级/中级工", Four, "000 L775"},
		{"五级/初级工", Five, "000 L775; 003 L2761"},
		{"一级 / 高级技师", One, "003 L2576"},
		{"二级 / 技师", Two, "003 L2577"},
		{"三级 / 高级工", Three, "003 L2578"},
		{"四级 / 中级工", Four, "003 L2579"},
		{"五级 / 初级工", Five, "003 L2580"},
		{"三级 / 高级", Three, "003 L4264 (Henan)"},
		{"四级 / 中级", Four, "003 L4265 (Henan)"},
		{"五级 / 初级", Five, "003 L4266 (Henan)"},
		{"一级 / 高级技师", One, "003 L4262 (Henan)"},
		{"初级", Five, "003 L4266 (Henan title)"},
		{"中级", Four, "003 L4265 (Henan title)"},
		{"高级", Three, "003 L4264; 004 L434"},
		{"初级工（五级）", Five, "002 L1016"},
		{"中级工（四级）", Four, "002 L1016"},
		{"高级工（三级）", Three, "002 L1016"},
		{"技师（二级）", Two, "002 L1016"},
		{"高级技师（一级）", One, "002 L1016"},
		{"初级工(五级)", Five, "001 L31"},
		{"中级工(四级)", Four, "001 L31"},
		{"高级工(三级)", Three, "001 L31"},
		{"技师(二级)", Two, "001 L31"},
		{"高级技师(一级)", One, "001 L31"},
		{"五级（初级工）", Five, "003 L725"},
		{"四级（中级工）", Four, "003 L725"},
		{"三级（高级工）", Three, "003 L725"},
		{"二级（技师）", Two, "003 L725"},
		{"一级（高级技师）", One, "003 L725"},
		{"5级/初级工", Five, "002 L85"},
		{"4级/中级工", Four, "002 L85"},
		{"3级/高级工", Three, "002 L85"},
		{"2级/技师", Two, "002 L85"},
		{"1级/高级技师", One, "002 L85"},
		{"5级", Five, "002 L99, L147"},
		{"4级", Four, "002 L147"},
		{"3级", Three, "002 L147, L155"},
		{"2级", Two, "002 L155"},
		{"1级", One, "002 L155"},
		{"五级", Five, "002 L999"},
		{"四级", Four, "002 L211"},
		{"三级", Three, "002 L113"},
		{"一级", One, "002 L113"},
		{"5", Five, "003 L4578"},
		{"4", Four, "003 L4579"},
		{"3", Three, "003 L4581"},
		{"2", Two, "003 L4584"},
		{"1", One, "003 L4579"},
		{"高级技师", One, "004 L436"},
		{"技师", Two, "004 L435"},
		{"初级工", Five, "002 L1016"},
		{"二级国家职业资格/技师", Two, "003 L3770"},
		{"国家职业资格三级/高级工", Three, "003 L3770"},
		{"国家职业资格四级 / 中级工", Four, "003 L3772"},
		{"三级职业资格 / 高级工", Three, "003 L3834"},
		{"二级职业资格 / 技师", Two, "003 L3834"},
		{"一级职业资格 / 高级技师", One, "003 L3834"},
		{"本职业二级/技师", 0, "002 L542: not a level form; 本职业 is prose around it"},
		// Pasted forms.
		{"５级", Five, "full width"},
		{"五级／初级工", Five, "full-width slash"},
		{"　四级　", Four, "ideographic spaces"},
		{" 5 ", Five, "surrounding spaces"},
		{"初级工/五级", Five, "title first"},
		{"国家职业资格二级", Two, "old wording without the title"},
		{"二级国家职业资格", Two, "old wording, grade first, without the title"},
	} {
		got, err := Parse(tc.in)
		if tc.want == 0 {
			if err == nil {
				t.Errorf("Parse(%q) [%s] = %v; want an error", tc.in, tc.src, got)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("Parse(%q) [%s] = %v, %v; want %v", tc.in, tc.src, got, err, tc.want)
		}
	}
	// Ranges such as "国家职业资格五、四、三级/初、中、高级工" (003 L3770) name
	// several levels; Parse reads one level and refuses them.
	for _, r := range []string{"国家职业资格五、四、三级/初、中、高级工", "五、四/初、中级工", "5、4、3"} {
		if _, err := Parse(r); !errors.Is(err, skillcert.ErrSyntax) {
			t.Errorf("Parse(%q) = %v; want a syntax error", r, err)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		in       string
		kind     error
		pos, end int
		got      string
	}{
		{"", skillcert.ErrLength, 0, 0, ""},
		{"  ", skillcert.ErrLength, 0, 0, ""},
		{"六级", skillcert.ErrSyntax, 0, 0, ""},
		{"0", skillcert.ErrSyntax, 0, 0, ""},
		{"五级/技师", skillcert.ErrRange, 4, 5, "技师"},
		{"五级 / 技师", skillcert.ErrRange, 6, 7, "技师"},
		{"五级/5级", skillcert.ErrSyntax, 4, 5, "5级"},
		{"初级工(初级)", skillcert.ErrSyntax, 5, 6, "初级"},
		{"五级/", skillcert.ErrSyntax, 3, 3, ""},
		{"六级/初级工", skillcert.ErrSyntax, 1, 2, "六级"},
		{"特级技师", skillcert.ErrSyntax, 0, 0, ""},
		{strings.Repeat("五", 40), skillcert.ErrLength, 0, 0, ""},
		{strings.Repeat(" ", 1<<20) + "六", skillcert.ErrSyntax, 0, 0, ""},
		{"Five", skillcert.ErrSyntax, 0, 0, ""},
	} {
		_, err := Parse(tc.in)
		var e *skillcert.Error
		if !errors.As(err, &e) || !errors.Is(err, tc.kind) {
			t.Fatalf("Parse(%q) = %v, want *skillcert.Error wrapping %v", tc.in, err, tc.kind)
		}
		if e.Input != tc.in || e.Pos != tc.pos || e.End != tc.end || e.Got != tc.got || e.Pkg != "level" {
			t.Errorf("Parse(%q) = %#v; want %d–%d %q", tc.in, e, tc.pos, tc.end, tc.got)
		}
		if len(err.Error()) > 400 || e.Chinese() == "" {
			t.Errorf("Parse(%q): message %q", tc.in, err)
		}
	}
}

func TestNames(t *testing.T) {
	// 003 L2575–2580 (national) and L4262–4266 (Henan).
	want := map[Level][4]string{
		One:   {"一级/高级技师", "一级", "高级技师", "高级技师"},
		Two:   {"二级/技师", "二级", "技师", "技师"},
		Three: {"三级/高级工", "三级", "高级工", "高级"},
		Four:  {"四级/中级工", "四级", "中级工", "中级"},
		Five:  {"五级/初级工", "五级", "初级工", "初级"},
	}
	for l, w := range want {
		got := [4]string{l.String(), l.Grade(), l.Title(), l.HenanTitle()}
		if got != w {
			t.Errorf("%d: %q, want %q", l, got, w)
		}
		if l.Digit() != '0'+byte(l) || l.English() == "" {
			t.Errorf("%d: digit %q english %q", l, l.Digit(), l.English())
		}
	}
	for _, bad := range []Level{0, 6, 255} {
		if bad.IsValid() || bad.String() != "Level("+strconv.Itoa(int(bad))+")" || bad.Digit() != 0 {
			t.Errorf("Level(%d) reads as valid", bad)
		}
	}
	if got := All(); len(got) != 5 || got[0] != Five || got[4] != One {
		t.Errorf("All() = %v", got)
	}
}

func TestText(t *testing.T) {
	for _, l := range All() {
		b, err := l.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Level
		if err := back.UnmarshalText(b); err != nil || back != l {
			t.Errorf("round trip of %v: %v, %v", l, back, err)
		}
	}
	var z Level = Three
	if err := z.UnmarshalText(nil); err != nil || z != 0 {
		t.Errorf("empty text: %v, %v", z, err)
	}
	if err := z.UnmarshalText([]byte("七级")); err == nil {
		t.Error("七级 accepted")
	}
}

func TestModesAndExaminers(t *testing.T) {
	// 002 L85: 定级评价 5–3, 晋级评价 5–1; 002 L113: 考评员 5–3, 高级考评员 5–1.
	for _, l := range All() {
		if got, want := Grading.Covers(l), l >= Three; got != want {
			t.Errorf("Grading.Covers(%v) = %v", l, got)
		}
		if !Promotion.Covers(l) || !SeniorAssessor.Covers(l) {
			t.Errorf("Promotion or SeniorAssessor does not cover %v", l)
		}
		if got, want := Assessor.Covers(l), l >= Three; got != want {
			t.Errorf("Assessor.Covers(%v) = %v", l, got)
		}
	}
	if Grading.Covers(0) || Mode(0).Covers(Five) || Examiner(9).Covers(Five) {
		t.Error("invalid values cover something")
	}
	for _, s := range []string{"定级评价", "定级"} {
		if m, err := ParseMode(s); err != nil || m != Grading {
			t.Errorf("ParseMode(%q) = %v, %v", s, m, err)
		}
	}
	if m, err := ParseMode("晋级"); err != nil || m != Promotion {
		t.Errorf("ParseMode(晋级) = %v, %v", m, err)
	}
	if _, err := ParseMode("评价"); err == nil {
		t.Error("ParseMode(评价) accepted")
	}
	if e, err := ParseExaminer("高级考评员"); err != nil || e != SeniorAssessor || e.Highest() != One {
		t.Errorf("ParseExaminer = %v, %v", e, err)
	}
	if _, err := ParseExaminer("督导员"); err == nil {
		t.Error("ParseExaminer(督导员) accepted")
	}
}

func TestRoutes(t *testing.T) {
	nat := NationalRoutes()
	if len(nat) != 3 || len(HenanRoutes()) != 8 {
		t.Fatalf("row counts %d, %d", len(nat), len(HenanRoutes()))
	}
	// 003 L522: 高级技师 → 副高级 after 4 years; Henan 003 L3983–3985: → 高级.
	if got := Open(nat, One, 4); len(got) != 1 || got[0].Title != "副高级" {
		t.Errorf("national 一级 4 years: %v", got)
	}
	if got := Open(nat, One, 3); len(got) != 0 {
		t.Errorf("national 一级 3 years: %v", got)
	}
	if got := Open(HenanRoutes(), One, 4); len(got) != 1 || got[0].Title != "高级" {
		t.Errorf("Henan 一级 4 years: %v", got)
	}
	// Henan starts at 中级工 (003 L3927), the national table at 高级工.
	if len(Open(nat, Four, 50)) != 0 || len(Open(HenanRoutes(), Four, 5)) != 2 {
		t.Error("中级工 routes wrong")
	}
	nat[0].Title = "changed"
	if NationalRoutes()[0].Title != "助理级" {
		t.Error("NationalRoutes shares its table with the caller")
	}
}

// writtenForms returns every form of l that Parse must read back.
func writtenForms(l Level) []string {
	cn := l.Grade()
	d := string(rune(l.Digit()))
	forms := []string{
		l.String(), cn, d, d + "级", l.Title(), l.HenanTitle(),
		cn + " / " + l.Title(), cn + "/" + l.HenanTitle(), d + "级/" + l.Title(),
		cn + "（" + l.Title() + "）", l.Title() + "（" + cn + "）", cn + "(" + l.Title() + ")",
		"国家职业资格" + cn, "国家职业资格" + cn + "/" + l.Title(), cn + "职业资格/" + l.Title(),
	}
	for _, f := range forms[:len(forms):len(forms)] {
		forms = append(forms, toFullWidth(f))
	}
	return forms
}

func toFullWidth(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r > ' ' && r < 0x7f {
			r += 0xfee0
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestPropertyEveryFormParsesBack(t *testing.T) {
	params := gopter.DefaultTestParametersWithSeed(20261123)
	props := gopter.NewProperties(params)
	props.Property("every written form of every level parses back to it", prop.ForAll(
		func(n int, form int) bool {
			l := Level(n)
			forms := writtenForms(l)
			got, err := Parse(forms[form%len(forms)])
			return err == nil && got == l
		},
		gen.IntRange(1, 5), gen.IntRange(0, 1000),
	))
	props.TestingRun(t)
}

func TestParseAllocs(t *testing.T) {
	for _, s := range []string{"五级/初级工", "五级", "5", "初级工（五级）"} {
		if n := testing.AllocsPerRun(100, func() { _, _ = Parse(s) }); n != 0 {
			t.Errorf("Parse(%q) allocates %v times", s, n)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("五级/初级工"); err != nil {
			b.Fatal(err)
		}
	}
}

func TestEnumsAndSources(t *testing.T) {
	if Mode(9).String() != "Mode(9)" || Examiner(0).String() != "Examiner(0)" || Grading.String() != "定级评价" {
		t.Error("String of an unknown mode or examiner")
	}
	if m, err := ParseMode(" 定级\u3000"); err != nil || m != Grading {
		t.Errorf("ParseMode with spaces: %v, %v", m, err)
	}
	for _, f := range []func() error{
		func() error { _, err := ParseMode("x"); return err },
		func() error { _, err := ParseExaminer("督导员"); return err },
	} {
		var e *skillcert.Error
		if err := f(); !errors.As(err, &e) || !errors.Is(err, skillcert.ErrUnknown) || e.Input == "" {
			t.Errorf("%v", err)
		}
	}
	if _, err := Level(9).MarshalText(); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("MarshalText(Level(9)) = %v", err)
	}
	if b, err := Level(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("MarshalText(0) = %q, %v", b, err)
	}
	src := Sources()
	if len(src) != 6 || src[0].Document != "人社鉴发〔2019〕2号 表5" {
		t.Errorf("Sources() = %v", src)
	}
	for _, s := range src {
		if s.Table == "" || s.Document == "" || s.Date == "" {
			t.Errorf("incomplete source %+v", s)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = Parse("　国家职业资格四级 ／ 中级工 ") }); n != 0 {
		t.Errorf("Parse of a pasted form allocates %v", n)
	}
}

func TestPropertyPastedForms(t *testing.T) {
	wide := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= '!' && r <= '~' {
				return r - '!' + '！'
			}
			return r
		}, s)
	}
	props := gopter.NewProperties(gopter.DefaultTestParametersWithSeed(20261201))
	props.Property("every written form of every level reads full width, with spaces", prop.ForAll(func(i, f int) bool {
		l := All()[i%5]
		forms := []string{l.String(), l.Grade(), l.Title(), l.HenanTitle(), string(l.Digit()) + "级",
			"国家职业资格" + l.Grade() + "/" + l.Title(), l.Title() + "（" + l.Grade() + "）", l.Grade() + " / " + l.Title()}
		s := forms[f%len(forms)]
		got, err := Parse("\u3000" + wide(s) + " ")
		return err == nil && got == l
	}, gen.IntRange(0, 4), gen.IntRange(0, 100)))
	props.TestingRun(t)
}
