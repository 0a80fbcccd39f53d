package certificate

import (
	"slices"
	"testing"
)

func TestFieldNames(t *testing.T) {
	for _, tc := range []struct {
		f              Field
		zh, en, goName string
	}{
		// 003 L2829–2846: the sample's labels, 姓名 Name … 证书编号 Certificate No.
		{FieldName, "姓名", "Name", "Name"},
		{FieldIDType, "证件类型", "ID Type", "IDType"},
		{FieldIDNumber, "证件号码", "ID No.", "IDNumber"},
		{FieldOccupation, "职业名称", "Occupation", "Occupation"},
		{FieldWorkType, "工种/职业方向", "Job", "WorkType"},
		{FieldLevel, "职业技能等级", "Skill Level", "Level"},
		{FieldNumber, "证书编号", "Certificate No.", "Number"},
		{FieldIssued, "发证日期", "Issued date", "Issued"},
		{FieldPhoto, "持证人照片", "photo", ""},
		{0, "Field(0)", "", ""},
		{99, "Field(99)", "", ""},
	} {
		if tc.f.String() != tc.zh || tc.f.English() != tc.en || tc.f.GoName() != tc.goName {
			t.Errorf("%d: got %q %q %q", tc.f, tc.f.String(), tc.f.English(), tc.f.GoName())
		}
	}
}

func TestStyles(t *testing.T) {
	n := National2021.Required()
	// 003 L2747–2749 lists fifteen items, two more may be added.
	if len(n) != 15 || !slices.Equal(National2021.Optional(), []Field{FieldProvinceURL, FieldPrintSerial}) {
		t.Errorf("national 2021: %v / %v", n, National2021.Optional())
	}
	// 002 L1024: ten items, no query addresses, no title.
	g := Guangdong.Required()
	if len(g) != 10 || Guangdong.Has(FieldQueryURL) || Guangdong.Has(FieldTitle) || !Guangdong.Has(FieldQRCode) {
		t.Errorf("guangdong: %v", g)
	}
	for _, s := range []Style{National2019, Anhui} {
		if s.NoWorkType() != NoWorkType2019 || s.WorkTypeLabel() != "工种名称" || s.Has(FieldPrintSerial) {
			t.Errorf("%v: %q %q", s, s.NoWorkType(), s.WorkTypeLabel())
		}
	}
	if National2021.NoWorkType() != NoWorkType || National2021.Source() != "人社鉴发〔2021〕1号 二（一）" {
		t.Errorf("national 2021: %q %q", National2021.NoWorkType(), National2021.Source())
	}
	n[0] = FieldPhoto
	if National2021.Required()[0] != FieldTitle {
		t.Error("Required returns the package's own slice")
	}
	var bad Style = 9
	if bad.String() != "Style(9)" || bad.Required() != nil || bad.Has(FieldName) || bad.Source() != "" || Style(0).String() != "Style(0)" {
		t.Errorf("unknown style: %q %v", bad.String(), bad.Required())
	}
	for _, s := range Styles() {
		for _, f := range s.Required() {
			if f == 0 || f >= fieldEnd {
				t.Errorf("%v lists %v", s, f)
			}
		}
	}
}

func TestLookupIDType(t *testing.T) {
	for _, tc := range []struct {
		in, code string
		ok       bool
	}{
		{"201", "201", true},
		{" 居民身份证 ", "201", true},
		{"身份证", "201", true},
		{"中国护照", "227", true},
		{"《中华人民共和国外国人工作许可证》（A类）", "239", true},
		{"中华人民共和国外国人工作许可证（C类）", "241", true},
		{"中华人民共和国外国人工作许可证", "", false},
		{"202", "", false},
		{"", "", false},
	} {
		got, ok := LookupIDType(tc.in)
		if ok != tc.ok || got.Code != tc.code {
			t.Errorf("LookupIDType(%q) = %v, %v", tc.in, got, ok)
		}
	}
	if l := IDTypes(); len(l) != 12 || l[0].Name != "居民身份证" || !l[0].Resident() || l[1].Resident() {
		t.Errorf("IDTypes: %v", l)
	}
}

func TestDisplayForm(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"一级/高级技师", true}, {"一级 / 高级技师", true}, {" 一级／高级技师 ", true},
		{"一级/高级技", false}, {"一级/高级技师师", false}, {"高级技师/一级", false}, {"", false},
	} {
		if got := displayForm(tc.s, "一级/高级技师"); got != tc.want {
			t.Errorf("displayForm(%q) = %v", tc.s, got)
		}
	}
}

func TestHTTPURL(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"http://ah.osta.org.cn", true}, {"HTTPS://ha.osta.org.cn/query?id=1", true}, {"http://127.0.0.1:8080/", true},
		{"ah.osta.org.cn", false}, {"http://", false}, {"http://localhost", false}, {"http://a b.cn", false},
		{"ftp://a.cn", false}, {"http://a.cn:/", false}, {"http://.cn", false}, {"http://a.cn/x y", false},
	} {
		if got := httpURL(tc.s); got != tc.want {
			t.Errorf("httpURL(%q) = %v", tc.s, got)
		}
	}
}

func BenchmarkCheck(b *testing.B) {
	c := clean()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Check(c, Options{Today: today})
	}
}

func BenchmarkCheckFindings(b *testing.B) {
	c := clean()
	c.WorkType, c.Level = "——", "中级工"
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Check(c, Options{Today: today})
	}
}
