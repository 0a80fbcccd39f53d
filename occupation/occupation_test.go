package occupation

import (
	"errors"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/skillcert/skillcert"

	"github.com/skillcert/skillcert/level"
)

func TestCounts(t *testing.T) {
	// D15: 8 major, 79 middle, 450 minor categories, 1,639 occupations.
	for lv, want := range map[Depth]int{Major: 8, Middle: 79, Minor: 450, Occupation: 1639} {
		if got := Count(lv); got != want {
			t.Errorf("%s: %d entries, want %d", lv, got, want)
		}
	}
}

func TestSampleRows(t *testing.T) {
	for _, tc := range []struct {
		code, name     string
		green, digital bool
	}{
		{"4-12-01-01", "汽车维修工", false, false},
		{"6-20-01-01", "装配钳工", false, false}, // 钳工 in 2015 (D15)
		{"6-18-01-01", "车工", false, false},
		{"4-10-01-06", "家政服务员", false, false},
		{"4-04-05-01", "计算机程序设计员", false, true},
		{"2-02-02-01", "大地测量工程技术人员", true, true},
		{"4-09-08-01", "保洁员", true, false},
		{"2", "专业技术人员", false, false},
		{"4-04-03", "广播电视传输服务人员", false, false},    // corrected: csco22 repeats 4-04-04's name
		{"4-07-99", "其他租赁和商务服务人员", false, false},   // corrected
		{"6-11-08-26", "生物质化工产品生产工", false, false}, // corrected: csco22 repeats 6-11-08-25
		{"2-09-06", "工艺美术与创意设计专业人员", false, false}, // the book's name; csco22 drops 专业
		{"4-13-04-04", "研学旅行指导师", false, false},    // the book's name; csco22 has a later wording
		{"2-01-06-06", "地球科学研究人员", false, false},   // csco22 kept: the tree's 地球研究人员 is an OCR slip
		{"4-04-05-09", "信息系统适配验证师", false, true},   // missing in csco22; marked S (corrections file)
		{"4-04-05-10", "数字孪生应用技术员", false, true},   // missing in csco22; marked S
		{"6-20-03", "金属加工机械制造人员", false, false},    // a minor that csco22 writes as 6-20-03-00
		{"4-04-05-11", "虚拟现实产品设计师", false, false},  // missing in csco22; left unmarked
		{"7-01-00-00", "军官（警官）", false, false},
		{"2-02-32-00", "制药工程技术人员", false, false},
		{"2-03-01", "土壤肥料技术人员", false, false},
		{"2-03-01-00", "土壤肥料技术人员", false, false},
	} {
		e, ok := Lookup(MustParse(tc.code))
		if !ok || e.Name != tc.name || e.Green != tc.green || e.Digital != tc.digital || e.Code.String() != tc.code {
			t.Errorf("%s = %+v, %v; want %s L=%v S=%v", tc.code, e, ok, tc.name, tc.green, tc.digital)
		}
	}
	for _, absent := range []string{"2-02-32-01", "4-05-02-02", "6-20-03-00", "9", "4-12-01-99", "1-01-00-00"} {
		if e, ok := Lookup(MustParse(absent)); ok {
			t.Errorf("%s found: %+v", absent, e)
		}
	}
}

func TestParse(t *testing.T) {
	for in, want := range map[string]string{
		"4-12-01-01": "4-12-01-01", "4120101": "4-12-01-01", "４－１２－０１－０１": "4-12-01-01",
		"4–12—01‐01": "4-12-01-01", " 4 12 01 01 ": "4-12-01-01", "4-12-01": "4-12-01", "4-12": "4-12", "4": "4",
		"2-03-01-00": "2-03-01-00", "4 - 12 - 01 - 01": "4-12-01-01",
	} {
		c, err := Parse(in)
		if err != nil || c.String() != want {
			t.Errorf("Parse(%q) = %v, %v; want %s", in, c, err, want)
		}
	}
	for _, tc := range []struct {
		in       string
		kind     error
		pos, end int
	}{
		{"", skillcert.ErrLength, 0, 0},
		{"   ", skillcert.ErrLength, 0, 0},
		{"4-1-01", skillcert.ErrSyntax, 3, 3},
		{"41201010", skillcert.ErrLength, 8, 8},
		{"4--12", skillcert.ErrSyntax, 3, 3},
		{"-4", skillcert.ErrSyntax, 1, 1},
		{"4-", skillcert.ErrSyntax, 2, 2},
		{"0-12-01-01", skillcert.ErrRange, 1, 1},
		{"4-12-01-01-01", skillcert.ErrLength, 12, 12},
		{"4-12-O1-01", skillcert.ErrSyntax, 6, 6},
		{"４－１２－Ｏ１", skillcert.ErrSyntax, 6, 6}, // characters, not bytes
		{"412010", skillcert.ErrSyntax, 1, 6},
		{"4-123-01", skillcert.ErrSyntax, 3, 5},
	} {
		_, err := Parse(tc.in)
		var e *skillcert.Error
		if !errors.As(err, &e) || !errors.Is(err, tc.kind) || e.Input != tc.in || e.Pos != tc.pos || e.End != tc.end || e.Pkg != "occupation" {
			t.Errorf("Parse(%q) = %#v; want %v at %d–%d", tc.in, err, tc.kind, tc.pos, tc.end)
		}
	}
	if _, err := Parse(strings.Repeat("４", 70000) + "x"); err == nil || !strings.Contains(err.Error(), "70001") {
		t.Errorf("long input: %v", err)
	}
	if Parse("2-03-01"); MustParse("2-03-01") == MustParse("2-03-01-00") {
		t.Error("a minor and its single occupation are the same Code")
	}
}

func TestCodeLevels(t *testing.T) {
	c := MustParse("4-12-01-01")
	if c.Up(Major).String() != "4" || c.Up(Middle).String() != "4-12" || c.Up(Minor).String() != "4-12-01" ||
		c.Parent() != MustParse("4-12-01") || c.MajorNumber() != 4 || MustParse("4").Parent() != 0 || c.Up(5) != 0 {
		t.Errorf("levels of %s wrong", c)
	}
	var z Code
	if z.IsValid() || z.String() != "" || z.Depth().String() != "Depth(0)" || Depth(9).English() != "Depth(9)" {
		t.Error("zero Code reads as valid")
	}
	b, _ := c.MarshalText()
	var back Code
	if back.UnmarshalText(b) != nil || back != c || back.UnmarshalText([]byte("x")) == nil {
		t.Error("text round trip")
	}
}

func TestLookupName(t *testing.T) {
	for in, want := range map[string]string{
		"汽车维修工": "4-12-01-01", "钳工": "6-20-01-01", "装配钳工": "6-20-01-01",
		"计算机程序设计员S": "4-04-05-01", "计算机程序设计员 (S)": "4-04-05-01", "计算机程序设计员（Ｓ）": "4-04-05-01",
		"大地测量工程技术人员L/S": "2-02-02-01", "军官(警官)": "7-01-00-00", "军官 （警官）": "7-01-00-00",
		"土壤肥料技术人员":        "2-03-01-00", // the occupation, not its minor category
		"研学旅游指导师":         "4-13-04-04", // csco22's later wording, a variant
		"专业技术人员":          "2",
		"中国共产党机关和基层组织负责人": "1-01-00", // middle and minor share it; the minor is deeper
	} {
		e, ok := LookupName(in)
		if !ok || e.Code.String() != want {
			t.Errorf("LookupName(%q) = %+v, %v; want %s", in, e, ok, want)
		}
	}
	if e, _ := LookupName("专业技术人员"); !e.IsCategory() {
		t.Error("专业技术人员 is a category name (003 L4569–4571)")
	}
	for _, bad := range []string{"", "L", "汽车维修", "Car mechanic"} {
		if e, ok := LookupName(bad); ok {
			t.Errorf("LookupName(%q) = %+v", bad, e)
		}
	}
}

func TestChainChildren(t *testing.T) {
	ch := Chain(MustParse("4-12-01-01"))
	var names []string
	for _, e := range ch {
		names = append(names, e.Name)
	}
	if strings.Join(names, "/") != "社会生产服务和生活服务人员/修理及制作服务人员/汽车摩托车修理技术服务人员/汽车维修工" {
		t.Errorf("chain %v", names)
	}
	if Chain(MustParse("9-99-99-99")) != nil || Children(MustParse("4-12-01-01")) != nil {
		t.Error("chain of an unknown code or children of an occupation")
	}
	if n := len(Children(MustParse("7"))); n != 4 {
		t.Errorf("major 7 has %d middle categories, want 4", n)
	}
	total := 0
	for e := range All() {
		if e.Code.Depth() == Major {
			total += len(Children(e.Code))
		}
	}
	if total != 79 {
		t.Errorf("majors have %d children, want 79", total)
	}
}

func TestCategoryQuestions(t *testing.T) {
	if !IsProfessional(MustParse("2-02-10-03")) || IsProfessional(MustParse("4-04-05-01")) || IsProfessional(0) {
		t.Error("IsProfessional")
	}
	for c, want := range map[string]bool{"3-02-03-01": true, "6-20-01-01": true, "2-02-10-03": false, "7-01-00-00": false, "1": false} {
		if IsSkillMajor(MustParse(c)) != want {
			t.Errorf("IsSkillMajor(%s) != %v", c, want)
		}
	}
}

func TestPropertyTable(t *testing.T) {
	var all []Entry
	for e := range All() {
		all = append(all, e)
	}
	props := gopter.NewProperties(gopter.DefaultTestParametersWithSeed(20261123))
	props.Property("every code formats and parses back", prop.ForAll(func(i int) bool {
		e := all[i%len(all)]
		c, err := Parse(e.Code.String())
		return err == nil && c == e.Code
	}, gen.IntRange(0, 1<<20)))
	props.Property("every parent chain ends at a major category in the table", prop.ForAll(func(i int) bool {
		e := all[i%len(all)]
		ch := Chain(e.Code)
		return len(ch) == int(e.Code.Depth()) && ch[0].Code.Depth() == Major && ch[len(ch)-1] == e
	}, gen.IntRange(0, 1<<20)))
	props.Property("name look-up of every occupation finds it", prop.ForAll(func(i int) bool {
		e := all[i%len(all)]
		if e.IsCategory() {
			return true
		}
		got, ok := LookupName(e.Name)
		return ok && got == e
	}, gen.IntRange(0, 1<<20)))
	props.TestingRun(t)
	// And exhaustively, since the table is small.
	for _, e := range all {
		if got, ok := LookupName(e.Name); !e.IsCategory() && (!ok || got != e) {
			t.Errorf("LookupName(%s) = %v", e.Name, got)
		}
	}
}

func TestAllocs(t *testing.T) {
	c := MustParse("4-12-01-01")
	if n := testing.AllocsPerRun(100, func() { Lookup(c) }); n != 0 {
		t.Errorf("Lookup allocates %v", n)
	}
	if n := testing.AllocsPerRun(100, func() { LookupName("计算机程序设计员S") }); n > 1 {
		t.Errorf("LookupName allocates %v", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = Parse("４－１２－０１－０１") }); n != 0 {
		t.Errorf("Parse allocates %v", n)
	}
}

func BenchmarkLookup(b *testing.B) {
	c := MustParse("6-20-01-01")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, ok := Lookup(c); !ok {
			b.Fatal()
		}
	}
}

func BenchmarkLookupName(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, ok := LookupName("计算机程序设计员S"); !ok {
			b.Fatal()
		}
	}
}

func TestSeedWorkTypes(t *testing.T) {
	wt := SeedWorkTypes()
	if wt.Len() != 17 { // 003 L4578–4593 (15 rows) and 004 L131–145 (2 rows)
		t.Errorf("%d rows", wt.Len())
	}
	// 003 L4591: 汽车美容装潢工 covers 5, 4 only.
	w, ok := wt.Find(MustParse("4-12-01-01"), "汽车美容装潢工")
	if !ok || !w.Covers(level.Four) || w.Covers(level.Three) || w.Source != "豫职鉴〔2021〕1号 三（五）" {
		t.Errorf("汽车美容装潢工: %+v", w)
	}
	// 003 L4584: 家政服务员 without a work type at level 2; "--" is the empty work type (D19).
	if w, ok := wt.Find(MustParse("4-10-01-06"), "--"); !ok || !w.Covers(level.Two) {
		t.Errorf("家政服务员 --: %+v %v", w, ok)
	}
	if _, ok := wt.Find(MustParse("4-12-01-01"), "汽车驾驶员"); ok {
		t.Error("unknown work type found")
	}
	if wt.Known(MustParse("4-04-05-01")) || !wt.Known(MustParse("6-20-01-01")) || len(wt.Of(MustParse("6-18-01-01"))) != 3 {
		t.Error("Known/Of")
	}
	if w, _ := wt.Find(MustParse("4-12-01-01"), "汽车检测工"); w.Levels != nil || w.Covers(level.Five) {
		t.Error("004's 汽车检测工 prints no levels")
	}
}

func TestReadWorkTypes(t *testing.T) {
	good := "职业编码,职业名称,工种,级别\n4-12-01-01,汽车维修工,汽车维修检验工,5、4、3、2、1\n6-20-01-01,钳工,--,\"5,4,3\"\n4120101,汽车维修工,汽车美容装潢工,五级/初级工 四级\n"
	wt, err := ReadWorkTypes(strings.NewReader(good), "wt.csv")
	if err != nil {
		t.Fatal(err)
	}
	if w, ok := wt.Find(MustParse("6-20-01-01"), ""); !ok || len(w.Levels) != 3 || w.Source != "wt.csv:3" {
		t.Errorf("钳工 row: %+v", w)
	}
	if w, _ := wt.Find(MustParse("4-12-01-01"), "汽车美容装潢工"); len(w.Levels) != 2 {
		t.Errorf("levels %v", w.Levels)
	}
	bad := "职业编码,职业名称,工种,级别\n4-12-01-99,汽车维修工,x,5\n4-12-01-01,车工,x,5\n4-12-01-01,汽车维修工,x,六级\n4-12-01,汽车摩托车修理技术服务人员,x,5\n"
	_, err = ReadWorkTypes(strings.NewReader(bad), "bad.csv")
	for _, want := range []string{"bad.csv:2: 职业编码", "bad.csv:3: 职业名称", "bad.csv:4: 级别", "bad.csv:5: 职业编码"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v lacks %q", err, want)
		}
	}
	if _, err := ReadWorkTypes(strings.NewReader("a,b\n1,2,3\n"), "ragged.csv"); err == nil {
		t.Error("ragged CSV accepted")
	}
}

func TestCatalogue(t *testing.T) {
	cat := Catalogue()
	items := map[int]bool{}
	for _, e := range cat {
		items[e.Item] = true
		if e.Source == "" || e.Body == "" || e.Class == 0 {
			t.Errorf("incomplete entry %+v", e)
		}
		if e.Occupation != 0 {
			o, ok := Lookup(e.Occupation)
			if !ok || o.IsCategory() {
				t.Errorf("%s: occupation %s not in the dictionary", e.Name, e.Occupation)
			} else if o.Name != e.Name && e.Judgement == "" && e.AlsoNamed == "" {
				t.Errorf("%s matched to %s %s without a judgement", e.Name, e.Occupation, o.Name)
			}
		}
	}
	if len(cat) != 22 || len(items) != 13 {
		t.Errorf("%d entries in %d items, want 22 in 13 (D16)", len(cat), len(items))
	}
	// D16: 消防员 is 水平评价类 to become 准入类; 民航乘务员 准入类; 机场运行指挥员 to become 准入类.
	for code, want := range map[string][2]any{
		"3-02-03-01": {EvaluationClass, true}, "4-02-04-01": {AccessClass, false}, "4-02-04-03": {EvaluationClass, true},
		"5-03-01-01": {AccessClass, false}, "4-07-05-01": {AccessClass, false},
	} {
		e, ok := CatalogueFor(MustParse(code))
		if !ok || e.Class != want[0] || e.ToAccess != want[1] || !e.Restricted() {
			t.Errorf("%s: %+v", code, e)
		}
	}
	if _, ok := CatalogueFor(MustParse("4-12-01-01")); ok {
		t.Error("汽车维修工 is not in the catalogue")
	}
	if _, ok := CatalogueFor(0); ok {
		t.Error("zero Code in the catalogue")
	}
	for _, n := range []string{"特种作业人员", "核安全设备焊接人员", "消防和应急救援人员"} {
		if _, ok := CatalogueByName(n); !ok {
			t.Errorf("CatalogueByName(%s)", n)
		}
	}
	if AccessClass.String() != "准入类" || EvaluationClass.String() != "水平评价类" || Class(0).String() != "Class(0)" {
		t.Error("class names")
	}
}
