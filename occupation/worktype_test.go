package occupation

import (
	"errors"
	"strings"
	"testing"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/level"
)

// TestWorkTypesPerProvince: each province's printed work types are its own
// table. Henan prints 汽车维修检验工 for 汽车维修工 (003 L4585), Anhui's form
// 汽车检测工 (004 L131–134); both print 汽车机械维修工 (003 L4586, 004 L141–145).
func TestWorkTypesPerProvince(t *testing.T) {
	wt := SeedWorkTypes()
	car := MustParse("4-12-01-01")
	for _, tc := range []struct {
		province, name string
		want           bool
	}{
		{"41", "汽车维修检验工", true},
		{"34", "汽车维修检验工", false},
		{"34", "汽车检测工", true},
		{"41", "汽车检测工", false},
		{"41", "汽车机械维修工", true},
		{"34", "汽车机械维修工", true},
		{"34", "汽车美容装潢工", false},
		{"44", "汽车维修检验工", false},
		{"", "汽车检测工", false},
	} {
		w, ok := wt.ForProvince(tc.province).Find(car, tc.name)
		if ok != tc.want || (ok && w.Province != tc.province) {
			t.Errorf("province %q, %s: %+v %v; want %v", tc.province, tc.name, w, ok, tc.want)
		}
	}
	// Anhui's 汽车机械维修工 prints no levels; Henan's the five.
	if w, _ := wt.ForProvince("34").Find(car, "汽车机械维修工"); w.Levels != nil || w.Source != "皖人社秘〔2020〕65号 附件1" {
		t.Errorf("Anhui row %+v", w)
	}
	if w, _ := wt.ForProvince("41").Find(car, "汽车机械维修工"); len(w.Levels) != 5 {
		t.Errorf("Henan row %+v", w)
	}
	// Provinces without a table of their own know no occupation; the whole
	// table knows both provinces' names.
	if wt.ForProvince("44").Known(car) || wt.ForProvince("").Len() != 0 || !wt.ForProvince("34").Known(car) || wt.ForProvince("34").Known(MustParse("6-18-01-01")) {
		t.Error("ForProvince Known")
	}
	if len(wt.ForProvince("41").Of(car)) != 7 || len(wt.ForProvince("34").Of(car)) != 2 || len(wt.Of(car)) != 9 {
		t.Errorf("rows of 汽车维修工: Henan %d, Anhui %d, all %d", len(wt.ForProvince("41").Of(car)), len(wt.ForProvince("34").Of(car)), len(wt.Of(car)))
	}
	for _, w := range wt.Rows() {
		if w.Province != "41" && w.Province != "34" {
			t.Errorf("seed row without its province: %+v", w)
		}
	}
	var none *WorkTypes
	if none.ForProvince("41").Len() != 0 || none.Rows() != nil {
		t.Error("nil table")
	}
}

// TestWorkTypesNationalRows: a loaded table without a 省份 column, and the
// work types of an overlay, hold in every province.
func TestWorkTypesNationalRows(t *testing.T) {
	csv := "职业编码,职业名称,工种,级别,省份\n" +
		"4-12-01-01,汽车维修工,汽车检测工,5,安徽\n" +
		"4-12-01-01,汽车维修工,汽车维修检验工,5、4,41\n" +
		"4-12-01-01,汽车维修工,汽车电器维修工,5,\n" +
		"4-12-01-01,汽车维修工,汽车玻璃维修工,5,河南省\n"
	wt, err := ReadWorkTypes(strings.NewReader(csv), "p.csv")
	if err != nil {
		t.Fatal(err)
	}
	car := MustParse("4-12-01-01")
	anhui, henan, gd := wt.ForProvince("34"), wt.ForProvince("41"), wt.ForProvince("44")
	if _, ok := anhui.Find(car, "汽车检测工"); !ok {
		t.Error("安徽 → 34")
	}
	if _, ok := henan.Find(car, "汽车玻璃维修工"); !ok {
		t.Error("河南省 → 41")
	}
	if _, ok := anhui.Find(car, "汽车维修检验工"); ok {
		t.Error("Henan's row under Anhui")
	}
	if w, ok := gd.Find(car, "汽车电器维修工"); !ok || w.Province != "" {
		t.Error("a row without a province is national")
	}
	if _, err := ReadWorkTypes(strings.NewReader("职业编码,职业名称,工种,级别,省份\n4-12-01-01,汽车维修工,x,5,火星\n"), "bad.csv"); err == nil ||
		!strings.Contains(err.Error(), "bad.csv:2: 省份") || !errors.Is(err, skillcert.ErrUnknown) {
		t.Errorf("unknown province: %v", err)
	}
	if _, err := ReadWorkTypes(strings.NewReader("a,b,c\n"), "h.csv"); err == nil || !strings.Contains(err.Error(), "h.csv:1") {
		t.Errorf("3-column header: %v", err)
	}
	if _, err := ReadWorkTypes(nil, "nil.csv"); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("nil reader: %v", err)
	}

	// An overlay's work types are national; they do not clash with a
	// province's row of the same name.
	o, err := ReadOverlay(strings.NewReader("announcement\t人社部函〔2099〕1号\t2099-01-01\n4-12-01-01\t汽车维修工\t-\t汽车检测工、新能源汽车维修工\n"), "o.tsv")
	if err != nil {
		t.Fatal(err)
	}
	with, err := SeedWorkTypes().With(o)
	if err != nil {
		t.Fatal(err)
	}
	if w, ok := with.ForProvince("44").Find(car, "新能源汽车维修工"); !ok || w.Province != "" || w.Levels != nil {
		t.Errorf("overlay work type under Guangdong: %+v %v", w, ok)
	}
	if _, ok := with.ForProvince("41").Find(car, "汽车检测工"); !ok {
		t.Error("the overlay makes 汽车检测工 national")
	}
	d, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	if n := d.WorkTypes().Len(); n != SeedWorkTypes().Len()+2 {
		t.Errorf("Dictionary.WorkTypes: %d rows", n)
	}
	if Default().WorkTypes().Len() != SeedWorkTypes().Len() {
		t.Error("the default dictionary's work types are the seed table")
	}
}

// TestDictionaryReadWorkTypes: a work-type table may name an occupation an
// overlay adds, when read against that dictionary.
func TestDictionaryReadWorkTypes(t *testing.T) {
	o, err := ReadOverlay(strings.NewReader("announcement\t人社部函〔2099〕1号\t2099-01-01\n4-04-05-12\t生成式人工智能系统应用员\tS\n"), "o.tsv")
	if err != nil {
		t.Fatal(err)
	}
	d, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	csv := "职业编码,职业名称,工种,级别\n4-04-05-12,生成式人工智能系统应用员,--,五级/初级工\n"
	if _, err := ReadWorkTypes(strings.NewReader(csv), "a.csv"); err == nil {
		t.Error("the shipped dictionary has no 4-04-05-12")
	}
	wt, err := d.ReadWorkTypes(strings.NewReader(csv), "a.csv")
	if err != nil {
		t.Fatal(err)
	}
	if w, ok := wt.Find(MustParse("4-04-05-12"), "--"); !ok || !w.Covers(level.Five) {
		t.Errorf("%+v %v", w, ok)
	}
}

// TestCataloguePart (DECISIONS.md D20): 焊工 and 社会体育指导员 are licensed
// only in part; the other entries with an occupation restrict all of it.
func TestCataloguePart(t *testing.T) {
	welder := CatalogueEntriesFor(MustParse("6-18-02-04"))
	if len(welder) != 2 || welder[0].Body != "生态环境部" || welder[1].Body != "国防科工局" { // 003 L818–819
		t.Fatalf("焊工: %+v", welder)
	}
	for _, e := range welder {
		if e.Restricted() || e.Part == "" || e.Item != 1 {
			t.Errorf("焊工 entry %+v", e)
		}
		for ws, want := range map[string]bool{"核安全设备焊工": true, "核电焊工": true, "": false, "电焊工": false, "气焊工": false} {
			if e.NamesPart(ws) != want {
				t.Errorf("%s NamesPart(%q) = %v", e.Name, ws, !want)
			}
		}
	}
	coach, ok := CatalogueFor(MustParse("4-14-05-01"))
	if !ok || coach.Restricted() || coach.Item != 5 || !strings.Contains(coach.Part, "高危性体育项目") {
		t.Errorf("社会体育指导员 %+v", coach)
	}
	for ws, want := range map[string]bool{"高危险性体育项目": true, "游泳": true, "攀岩": true, "健身气功": false, "--": false} {
		if coach.NamesPart(ws) != want {
			t.Errorf("社会体育指导员 NamesPart(%q) = %v", ws, !want)
		}
	}
	// 游泳救生员 is 准入类 as a whole (003 L827).
	if e, ok := CatalogueFor(MustParse("4-14-05-03")); !ok || !e.Restricted() || e.Part != "" || e.NamesPart("游泳") {
		t.Errorf("游泳救生员 %+v", e)
	}
	// Licences without an occupation code restrict no occupation.
	for _, e := range Catalogue() {
		if e.Occupation == 0 && (e.Part != "" || len(CatalogueEntriesFor(e.Occupation)) != 0) {
			t.Errorf("%s: %+v", e.Name, e)
		}
	}
	if CatalogueEntriesFor(MustParse("4-08-01-02")) != nil { // 人工影响天气特种作业操作员 shares a word with 特种作业人员
		t.Error("an occupation restricted by a shared word")
	}
}
