package special_test

import (
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/special"
)

// The notice's own words and examples, each beside the seed line it comes
// from (../shared/seeds/003_a71c6090dc5bb9da.txt).
func TestDocumentExamples(t *testing.T) {
	// L4846: "机构编码由8位阿拉伯数字组成。前四位为地区编码，与职业技能鉴定机构编码相同，
	//         第五位为固定数字5（代表专项职业能力），后三位数字为本地区考核机构流水码。"
	// L4848: "如郑州市：市鉴定中心机构编码为16015000（该编码"
	// L4850: "可对本辖区内其他考核机构进行管理），考核机构编码为16015xxx。"
	centre, err := special.ParseInstitution("16015000")
	if err != nil {
		t.Fatalf("L4848 16015000: %v", err)
	}
	if centre.Area() != 1601 || centre.Sequence() != 0 || !centre.IsCentre() || centre.String() != "16015000" {
		t.Errorf("L4848 16015000: area %d sequence %d centre %v string %q", centre.Area(), centre.Sequence(), centre.IsCentre(), centre)
	}
	// 16015xxx is a template: the x is a placeholder, said so at its place.
	_, err = special.ParseInstitution("16015xxx")
	checkError(t, "L4850 16015xxx", err, "16015xxx", "character", 6, 6, "x", skillcert.ErrSyntax)
	if !errors.Is(err, special.ErrPlaceholder) {
		t.Errorf("L4850 16015xxx: %v is not ErrPlaceholder", err)
	}
	// Every filling of the template is an institution managed by the centre.
	for _, s := range []string{"16015001", "16015123", "16015999"} {
		in, err := special.ParseInstitution(s)
		if err != nil || in.IsCentre() || in.Centre() != centre || in.Area() != 1601 {
			t.Errorf("L4850 %s: %v, centre %v, Centre() %v", s, err, in.IsCentre(), in.Centre())
		}
	}
	// L4846: the fifth digit is the fixed 5.
	_, err = special.ParseInstitution("16010000")
	checkError(t, "L4846 fifth digit", err, "16010000", "category", 5, 5, "0", skillcert.ErrSyntax)
	// L4846: eight digits.
	_, err = special.ParseInstitution("1601500")
	checkError(t, "L4846 seven digits", err, "1601500", "length", 0, 0, "7", skillcert.ErrLength)

	// L4868: "证书编码由15位阿拉伯数字组成，前两位数字代表年份（取公元纪年后两位），第三到十位为
	//         考核机构代码，最后五位为证书流水编码（00001-99999 顺排）。"
	for _, tc := range []struct {
		s            string
		year, serial int
	}{
		{"20" + "16015000" + "00001", 2020, 1},
		{"21" + "16015001" + "99999", 2021, 99999},
		{"99" + "99995999" + "12345", 2099, 12345},
	} {
		n, err := special.Parse(tc.s)
		if err != nil {
			t.Errorf("L4868 %s: %v", tc.s, err)
			continue
		}
		if n.Year() != tc.year || n.Serial() != tc.serial || n.Institution().String() != tc.s[2:10] || n.String() != tc.s {
			t.Errorf("L4868 %s: year %d serial %d institution %v string %v", tc.s, n.Year(), n.Serial(), n.Institution(), n)
		}
	}
	_, err = special.Parse("201601500000000")
	checkError(t, "L4868 serial 00000", err, "201601500000000", "serial", 11, 15, "00000", skillcert.ErrRange)
	_, err = special.Parse("2016015000000001")
	checkError(t, "L4868 sixteen digits", err, "2016015000000001", "length", 16, 16, "16", skillcert.ErrLength)
	// L4889: the notice is dated "2020年3月12日"; a year before 2020 cannot be
	// in a number it defines.
	_, err = special.Parse("191601500000001")
	checkError(t, "L4889 year 19", err, "191601500000001", "year", 1, 2, "19", skillcert.ErrRange)
}

// checkError checks that err is a *skillcert.Error of package special with
// the given field, character positions, text found and kind.
func checkError(t *testing.T, name string, err error, input, field string, pos, end int, got string, kind error) {
	t.Helper()
	var e *skillcert.Error
	if !errors.As(err, &e) {
		t.Errorf("%s: got %v, want a *skillcert.Error", name, err)
		return
	}
	if e.Pkg != "special" || e.Input != input || e.Field != field || e.Pos != pos || e.End != end || e.Got != got || !errors.Is(err, kind) {
		t.Errorf("%s: got Pkg %q Input %q Field %q Pos %d End %d Got %q (%v)\nwant Field %q Pos %d End %d Got %q kind %v",
			name, e.Pkg, e.Input, e.Field, e.Pos, e.End, e.Got, err, field, pos, end, got, kind)
	}
	if e.Source == "" || !strings.HasPrefix(e.Source, "豫人社办函〔2020〕41号") {
		t.Errorf("%s: source %q", name, e.Source)
	}
}

// Each input has exactly one defect; the error names it, where it stands in
// the input as given (characters, not bytes), and its kind.
func TestOneDefect(t *testing.T) {
	type want struct {
		field    string
		pos, end int
		got      string
		kind     error
	}
	for _, tc := range []struct {
		in   string
		inst bool
		want want
	}{
		// Lengths.
		{"", false, want{"length", 0, 0, "0", skillcert.ErrLength}},
		{"20160150000000", false, want{"length", 0, 0, "14", skillcert.ErrLength}},
		{"20160150000000012", false, want{"length", 16, 17, "17", skillcert.ErrLength}},
		{"20 16015000 00001 23", false, want{"length", 19, 20, "17", skillcert.ErrLength}},
		{"160150000", true, want{"length", 9, 9, "9", skillcert.ErrLength}},
		{"   ", true, want{"length", 0, 0, "0", skillcert.ErrLength}},
		// Characters: positions count characters of the input.
		{"2016015000O0001", false, want{"character", 11, 11, "O", skillcert.ErrSyntax}},
		{"２０１６０１５０００Ａ０００１", false, want{"character", 11, 11, "Ａ", skillcert.ErrSyntax}},
		{"20　16015000　0000.", false, want{"character", 17, 17, ".", skillcert.ErrSyntax}},
		{"-201601500000001", false, want{"character", 1, 1, "-", skillcert.ErrSyntax}},
		{"201601500000001-", false, want{"character", 16, 16, "-", skillcert.ErrSyntax}},
		{"20160150000000１—  ", false, want{"character", 16, 16, "—", skillcert.ErrSyntax}},
		{"1601 5 00x", true, want{"character", 10, 10, "x", skillcert.ErrSyntax}},
		{"1601\xff5000", true, want{"character", 5, 5, "\xff", skillcert.ErrSyntax}},
		{"16015000\x00", true, want{"character", 9, 9, "\x00", skillcert.ErrSyntax}},
		{"16015٠00", true, want{"character", 6, 6, "٠", skillcert.ErrSyntax}},
		// The first bad character is named before the length.
		{"2016015000O", false, want{"character", 11, 11, "O", skillcert.ErrSyntax}},
		// Year: before the notice.
		{"001601500000001", false, want{"year", 1, 2, "00", skillcert.ErrRange}},
		{"1-9 16015000 00001", false, want{"year", 1, 3, "1-9", skillcert.ErrRange}},
		{"１９１６０１５０００００００１", false, want{"year", 1, 2, "１９", skillcert.ErrRange}},
		// The fixed 5.
		{"201601400000001", false, want{"category", 7, 7, "4", skillcert.ErrSyntax}},
		{"20-1601-6-000-00001", false, want{"category", 9, 9, "6", skillcert.ErrSyntax}},
		{"16019000", true, want{"category", 5, 5, "9", skillcert.ErrSyntax}},
		{"１６０１０ ０００", true, want{"category", 5, 5, "０", skillcert.ErrSyntax}},
		// Serial 00000.
		{"20 16015000 00000", false, want{"serial", 13, 17, "00000", skillcert.ErrRange}},
		{"2016015000 000 00", false, want{"serial", 12, 17, "000 00", skillcert.ErrRange}},
	} {
		var err error
		if tc.inst {
			_, err = special.ParseInstitution(tc.in)
		} else {
			_, err = special.Parse(tc.in)
		}
		checkError(t, strings.ToValidUTF8(tc.in, "?"), err, tc.in, tc.want.field, tc.want.pos, tc.want.end, tc.want.got, tc.want.kind)
		if e := (*skillcert.Error)(nil); errors.As(err, &e) {
			what := "special certificate"
			if tc.inst {
				what = "special institution code"
			}
			if e.What != what {
				t.Errorf("%q: What %q, want %q", tc.in, e.What, what)
			}
		}
	}
}

// Pasted forms parse to the same value as the canonical digits.
func TestPastedForms(t *testing.T) {
	want := special.MustParse("211601500100042")
	for _, s := range []string{
		"211601500100042",
		" 211601500100042\t",
		"21 16015001 00042",
		"21-16015001-00042",
		"21 – 1601 5 001 – 00042",
		"２１１６０１５００１０００４２",
		"\u300021\u00a016015001\u202f00042\u3000",
		"2116-0150-0100-042",
	} {
		got, err := special.Parse(s)
		if err != nil || got != want {
			t.Errorf("Parse(%q) = %v, %v; want %v", s, got, err, want)
		}
	}
	in := special.MustParseInstitution("16015001")
	for _, s := range []string{"16015001", "1601 5 001", "1601-5-001", "１６０１５００１", " 16015001 "} {
		got, err := special.ParseInstitution(s)
		if err != nil || got != in {
			t.Errorf("ParseInstitution(%q) = %v, %v; want %v", s, got, err, in)
		}
	}
	if want.Institution() != in {
		t.Errorf("Institution() = %v, want %v", want.Institution(), in)
	}
}

func TestErrorMessages(t *testing.T) {
	_, err := special.Parse("20 16015000 00000")
	var e *skillcert.Error
	if !errors.As(err, &e) {
		t.Fatal(err)
	}
	for _, tc := range []struct{ got, want string }{
		{e.Error(), `special: special certificate "20 16015000 00000": serial "00000" at characters 13–17: out of range; want a serial 00001–99999 (豫人社办函〔2020〕41号 四（一）)`},
		{e.Chinese(), `专项职业能力证书编号“20 16015000 00000”第13–17位流水号“00000”：超出允许的范围；应为证书流水编码00001–99999（豫人社办函〔2020〕41号 四（一））`},
	} {
		if tc.got != tc.want {
			t.Errorf("got  %s\nwant %s", tc.got, tc.want)
		}
	}
	_, err = special.ParseInstitution("16015xxx")
	if !errors.As(err, &e) || e.Chinese() != `专项职业能力考核机构代码“16015xxx”第6位字符“x”：格式不对；应为实际的数字（文件示例中的x是占位符）（豫人社办函〔2020〕41号 二（四））` {
		t.Errorf("Chinese: %v", e.Chinese())
	}
	// A huge input is quoted briefly, and its positions stay exact.
	huge := strings.Repeat("０", 100000) + "x"
	_, err = special.Parse(huge)
	if !errors.As(err, &e) || e.Pos != 100001 || len(err.Error()) > 400 || e.Input != huge {
		t.Errorf("huge input: Pos %d, message %d bytes", e.Pos, len(err.Error()))
	}
	_, err = special.Parse(strings.Repeat("1", 100000))
	if !errors.As(err, &e) || e.Pos != 16 || e.End != 100000 || e.Got != "100000" {
		t.Errorf("huge input: Pos %d End %d Got %q", e.Pos, e.End, e.Got)
	}
}

func TestBuilders(t *testing.T) {
	in, err := special.NewInstitution(1601, 0)
	if err != nil || in != special.MustParseInstitution("16015000") {
		t.Fatalf("NewInstitution(1601, 0) = %v, %v", in, err)
	}
	in, err = special.NewInstitution(7, 42)
	if err != nil || in.String() != "00075042" || in.Area() != 7 || in.Sequence() != 42 {
		t.Fatalf("NewInstitution(7, 42) = %v, %v", in, err)
	}
	n, err := in.Number(2020, 1)
	if err != nil || n.String() != "200007504200001" || n.Year() != 2020 || n.Serial() != 1 || n.Institution() != in {
		t.Fatalf("Number(2020, 1) = %v, %v", n, err)
	}
	n, err = in.Number(2099, special.MaxSerial)
	if err != nil || n.String() != "990007504299999" {
		t.Fatalf("Number(2099, 99999) = %v, %v", n, err)
	}
	for _, tc := range []struct {
		area, seq int
		field     string
	}{{-1, 0, "area"}, {10000, 0, "area"}, {0, -1, "sequence"}, {0, 1000, "sequence"}} {
		_, err := special.NewInstitution(tc.area, tc.seq)
		var e *skillcert.Error
		if !errors.As(err, &e) || e.Field != tc.field || !errors.Is(err, skillcert.ErrRange) || e.What != "special institution code" {
			t.Errorf("NewInstitution(%d, %d): %v", tc.area, tc.seq, err)
		}
	}
	for _, tc := range []struct {
		year, serial int
		field        string
	}{{2019, 1, "year"}, {2100, 1, "year"}, {19, 1, "year"}, {2020, 0, "serial"}, {2020, 100000, "serial"}, {2020, -5, "serial"}} {
		_, err := in.Number(tc.year, tc.serial)
		var e *skillcert.Error
		if !errors.As(err, &e) || e.Field != tc.field || !errors.Is(err, skillcert.ErrRange) || e.What != "special certificate" {
			t.Errorf("Number(%d, %d): %v", tc.year, tc.serial, err)
		}
	}
	if _, err := (special.Institution{}).Number(2020, 1); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("zero Institution: Number = %v, want ErrArgument", err)
	}
}

func TestCheckYear(t *testing.T) {
	n := special.MustParse("251601500000001")
	if err := n.CheckYear(2025); err != nil {
		t.Errorf("CheckYear(2025) = %v", err)
	}
	checkError(t, "CheckYear(2024)", n.CheckYear(2024), "251601500000001", "year", 1, 2, "25", skillcert.ErrRange)
	if err := (special.Number{}).CheckYear(2024); err != nil {
		t.Errorf("zero Number: CheckYear = %v", err)
	}
}

func TestZeroValues(t *testing.T) {
	var n special.Number
	var in special.Institution
	if n.IsValid() || n.String() != "" || n.Year() != 0 || n.Serial() != 0 || n.Institution().IsValid() || n.Parts() != nil {
		t.Error("zero Number is not empty")
	}
	if in.IsValid() || in.String() != "" || in.Area() != 0 || in.Sequence() != 0 || in.IsCentre() || in.Centre().IsValid() || in.Parts() != nil {
		t.Error("zero Institution is not empty")
	}
	if b, err := n.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero Number MarshalText = %q, %v", b, err)
	}
	if v, err := in.Value(); err != nil || v != nil {
		t.Errorf("zero Institution Value = %v, %v", v, err)
	}
}

func TestCompare(t *testing.T) {
	ns := []special.Number{
		special.MustParse("211601500100002"),
		special.MustParse("201601500100003"),
		{},
		special.MustParse("211601500000001"),
		special.MustParse("211601500100001"),
	}
	slices.SortFunc(ns, special.Number.Compare)
	var got []string
	for _, n := range ns {
		got = append(got, n.String())
	}
	want := []string{"", "201601500100003", "211601500000001", "211601500100001", "211601500100002"}
	if !slices.Equal(got, want) {
		t.Errorf("sorted %q, want %q", got, want)
	}
	a, b := special.MustParseInstitution("16015000"), special.MustParseInstitution("01025999")
	if a.Compare(b) != 1 || b.Compare(a) != -1 || a.Compare(a) != 0 || (special.Institution{}).Compare(b) != -1 {
		t.Error("Institution.Compare out of order")
	}
}

func TestText(t *testing.T) {
	type rec struct {
		N  special.Number      `json:"n"`
		In special.Institution `json:"in"`
		Z  special.Number      `json:"z"`
	}
	r := rec{N: special.MustParse("201601500000001"), In: special.MustParseInstitution("16015000")}
	b, err := json.Marshal(r)
	if err != nil || string(b) != `{"n":"201601500000001","in":"16015000","z":""}` {
		t.Fatalf("json: %s, %v", b, err)
	}
	var back rec
	if err := json.Unmarshal([]byte(`{"n":"20 16015000 00001","in":"１６０１５０００","z":""}`), &back); err != nil || back != r {
		t.Fatalf("json back: %+v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"n":"201601500000000"}`), &back); !errors.Is(err, skillcert.ErrRange) {
		t.Errorf("json bad serial: %v", err)
	}
	if got, _ := r.N.AppendText([]byte("no ")); string(got) != "no 201601500000001" {
		t.Errorf("AppendText = %q", got)
	}
	if got, _ := r.In.AppendText([]byte("机构 ")); string(got) != "机构 16015000" {
		t.Errorf("AppendText = %q", got)
	}
}

func TestSQL(t *testing.T) {
	var _ sql.Scanner = (*special.Number)(nil)
	var _ driver.Valuer = special.Number{}
	var _ sql.Scanner = (*special.Institution)(nil)
	var _ driver.Valuer = special.Institution{}
	n := special.MustParse("201601500000001")
	v, err := n.Value()
	if err != nil || v != "201601500000001" {
		t.Fatalf("Value = %v, %v", v, err)
	}
	var back special.Number
	for _, src := range []any{"201601500000001", []byte("20-16015000-00001")} {
		if err := back.Scan(src); err != nil || back != n {
			t.Errorf("Scan(%v) = %v, %v", src, back, err)
		}
	}
	if err := back.Scan(nil); err != nil || back.IsValid() {
		t.Errorf("Scan(nil) = %v, %v", back, err)
	}
	if err := back.Scan(int64(201601500000001)); err == nil {
		t.Error("Scan(int64) did not fail")
	}
	var in special.Institution
	if err := in.Scan("16015000"); err != nil || in != n.Institution() {
		t.Errorf("Institution.Scan = %v, %v", in, err)
	}
	if v, _ := in.Value(); v != "16015000" {
		t.Errorf("Institution.Value = %v", v)
	}
}

func TestParts(t *testing.T) {
	n := special.MustParse("211601500000042")
	got := n.Parts()
	want := []special.Part{
		{"1–2", "21", "年份", "issue year", "2021年", "2021", "豫人社办函〔2020〕41号 四（一）"},
		{"3–6", "1601", "地区编码", "area", "与职业技能鉴定机构编码相同（编码表未公布）", "the area code of Henan's 职业技能鉴定机构 codes (no table is published)", "豫人社办函〔2020〕41号 二（四）"},
		{"7", "5", "固定数字5", "category", "专项职业能力", "专项职业能力 (special vocational ability)", "豫人社办函〔2020〕41号 二（四）"},
		{"8–10", "000", "考核机构流水码", "sequence", "第0家考核机构（000：示例中为市鉴定中心本身）", "institution 0 of its area (000: the city's 鉴定中心 itself in the notice's example)", "豫人社办函〔2020〕41号 二（四）"},
		{"11–15", "00042", "证书流水编码", "serial", "第42号证书", "certificate number 42", "豫人社办函〔2020〕41号 四（一）"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("Parts:\n got %q\nwant %q", got, want)
	}
	// The parts' values put together are the number; their positions cover it.
	var b strings.Builder
	for _, p := range got {
		b.WriteString(p.Value)
	}
	if b.String() != n.String() {
		t.Errorf("parts join to %q", b.String())
	}
	ip := special.MustParseInstitution("16015007").Parts()
	if len(ip) != 3 || ip[0].Pos != "1–4" || ip[1].Pos != "5" || ip[2].Pos != "6–8" || ip[2].Meaning != "第7家考核机构" {
		t.Errorf("Institution.Parts = %q", ip)
	}
	// Explain chooses by the number of code characters.
	if p, err := special.Explain("1601 5 007"); err != nil || !slices.Equal(p, ip) {
		t.Errorf("Explain(institution) = %q, %v", p, err)
	}
	if p, err := special.Explain("21 16015000 00042"); err != nil || !slices.Equal(p, want) {
		t.Errorf("Explain(number) = %q, %v", p, err)
	}
	if p, err := special.Explain("1601 5 00x"); p != nil || !errors.Is(err, special.ErrPlaceholder) {
		t.Errorf("Explain(bad institution) = %q, %v", p, err)
	}
	var e *skillcert.Error
	if _, err := special.Explain("2116015000"); !errors.As(err, &e) || e.What != "special certificate" || e.Field != "length" {
		t.Errorf("Explain(10 digits) = %v", err)
	}
}

func TestValidUntil(t *testing.T) {
	cst := time.FixedZone("CST", 8*3600)
	// L4715: "专项职业能力证书由我部制定统一式样和编号办法（附件3），自颁发之日起有效期为5年。"
	for _, tc := range []struct{ issued, until string }{
		{"2021-03-15", "2026-03-15"},
		{"2020-12-31", "2025-12-31"},
		{"2020-01-01", "2025-01-01"},
		{"2024-02-29", "2029-02-28"}, // no 29 February in 2029: the month's last day
		{"2028-02-29", "2033-02-28"},
		{"2023-02-28", "2028-02-28"},
	} {
		issued, _ := time.ParseInLocation(time.DateOnly, tc.issued, cst)
		got := special.ValidUntil(issued.Add(15 * time.Hour))
		if got.Format(time.DateOnly) != tc.until || got.Location() != cst || got.Hour() != 0 {
			t.Errorf("ValidUntil(%s) = %v, want %s", tc.issued, got, tc.until)
		}
		until, _ := time.ParseInLocation(time.DateOnly, tc.until, cst)
		for _, c := range []struct {
			on   time.Time
			want bool
		}{
			{issued.Add(-time.Second), false},
			{issued, true},
			{issued.Add(23 * time.Hour), true},
			{until.Add(23*time.Hour + 59*time.Minute), true},
			{until.AddDate(0, 0, 1), false},
			{until.In(time.UTC), true}, // 16:00 the day before in UTC: still that day in issued's zone
		} {
			if got := special.ValidOn(issued, c.on); got != c.want {
				t.Errorf("ValidOn(%s, %v) = %v, want %v", tc.issued, c.on, got, c.want)
			}
		}
	}
	if !special.ValidUntil(time.Time{}).IsZero() || special.ValidOn(time.Time{}, time.Now()) {
		t.Error("zero issue time")
	}
}

func TestMustParsePanics(t *testing.T) {
	for name, f := range map[string]func(){
		"MustParse":            func() { special.MustParse("201601500000000") },
		"MustParseInstitution": func() { special.MustParseInstitution("1601500") },
	} {
		func() {
			defer func() {
				if r := recover(); r == nil {
					t.Errorf("%s did not panic", name)
				} else if _, ok := r.(*skillcert.Error); !ok {
					t.Errorf("%s panicked with %T", name, r)
				}
			}()
			f()
		}()
	}
	if special.Validate("201601500000001") != nil || special.ValidateInstitution("16015000") != nil {
		t.Error("Validate of valid input failed")
	}
	if special.Validate("2016015000") == nil || special.ValidateInstitution("160150") == nil {
		t.Error("Validate of invalid input passed")
	}
}

func TestAllocs(t *testing.T) {
	inputs := []string{"201601500000001", "20 16015000 00001", "２０１６０１５０００００００１"}
	for _, s := range inputs {
		if n := testing.AllocsPerRun(100, func() { _, _ = special.Parse(s) }); n != 0 {
			t.Errorf("Parse(%q): %v allocations", s, n)
		}
	}
	for _, s := range []string{"16015000", "1601-5-000"} {
		if n := testing.AllocsPerRun(100, func() { _, _ = special.ParseInstitution(s) }); n != 0 {
			t.Errorf("ParseInstitution(%q): %v allocations", s, n)
		}
	}
	num, in := special.MustParse(inputs[0]), special.MustParseInstitution("16015000")
	buf := make([]byte, 0, 32)
	if n := testing.AllocsPerRun(100, func() {
		_, _ = num.AppendText(buf[:0])
		_, _ = in.AppendText(buf[:0])
		_ = num.Year() + num.Serial() + num.Institution().Area() + in.Sequence()
		_, _ = in.Number(2021, 7)
		_ = num.Compare(num)
	}); n != 0 {
		t.Errorf("accessors: %v allocations", n)
	}
}
