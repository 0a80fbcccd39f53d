package region

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/skillcert/skillcert"
)

func TestPastedCodes(t *testing.T) {
	for _, tc := range []struct{ province, code, want string }{
		{"", "４４", "广东省"}, {"", " 44 ", "广东省"}, {"", "\u300044\t", "广东省"}, {"", "４4", "广东省"},
		{"３４", "２４", "六安市"}, {" 34", "24 ", "六安市"},
	} {
		var a Area
		var ok bool
		if tc.province == "" {
			a, ok = LookupProvince(tc.code)
		} else {
			a, ok = LookupArea(tc.province, tc.code)
		}
		if !ok || a.Name != tc.want {
			t.Errorf("%q/%q = %+v, %v; want %s", tc.province, tc.code, a, ok, tc.want)
		}
	}
	// Nothing else is guessed.
	for _, bad := range []string{"4 4", "4-4", "44x", "x44", "O4", "444", "4", "", "  ", "４４４"} {
		if a, ok := LookupProvince(bad); ok {
			t.Errorf("LookupProvince(%q) = %+v", bad, a)
		}
	}
	if a, ok := ProvinceByName(" 安徽 "); !ok || a.Code != "34" {
		t.Errorf("ProvinceByName with spaces: %+v", a)
	}
	if !HasAreas("４４") || Areas(" 34 ") == nil {
		t.Error("HasAreas/Areas of a pasted province code")
	}
	n := testing.AllocsPerRun(100, func() {
		LookupProvince("４４")
		LookupArea(" ３４ ", "２４")
		AreaByName("50", " 两江新区 ")
	})
	if n != 0 {
		t.Errorf("pasted look-ups allocate %v times", n)
	}
}

func TestSources(t *testing.T) {
	src := Sources()
	if len(src) != 5 || src[0].Table != "province codes" || src[0].Document != "人社鉴发〔2019〕2号 表4" || src[0].Date != "2019-04-19" {
		t.Fatalf("Sources() = %+v", src)
	}
	docs := map[string]bool{}
	for _, s := range src {
		if s.Document == "" || s.Date == "" {
			t.Errorf("source %+v", s)
		}
		docs[s.Document] = true
	}
	for _, p := range []string{"44", "41", "34", "50"} {
		for _, a := range Areas(p) {
			if !docs[a.Source] {
				t.Errorf("%s/%s cites %s, which Sources does not list", p, a.Code, a.Source)
			}
		}
	}
}

const doc = "document\t皖人社秘〔2024〕1号\t2024-01-02\n"

func TestOverlay(t *testing.T) {
	o, err := ReadOverlay(strings.NewReader("# Anhui\n"+doc+"area\t34\t31\t新区市\narea\t３４\t24\t六安市\narea\t11\t01\t东城区\n"), "ah.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if o.Len() != 3 || o.Document != "皖人社秘〔2024〕1号" {
		t.Errorf("overlay %+v", o)
	}
	tb, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	if a, ok := tb.LookupArea("34", "31"); !ok || a.Name != "新区市" || a.Source != "皖人社秘〔2024〕1号 2024-01-02" {
		t.Errorf("34/31 = %+v, %v", a, ok)
	}
	if _, ok := LookupArea("34", "31"); ok {
		t.Error("the shipped table changed")
	}
	if len(tb.Areas("34")) != 18 || !tb.HasAreas("11") || HasAreas("11") || len(tb.Overlays()) != 1 {
		t.Error("areas after the overlay")
	}
	if a, ok := tb.AreaByName("11", "东城区"); !ok || a.Code != "01" {
		t.Errorf("new table of 11: %+v", a)
	}
	if a, _ := tb.LookupProvince("34"); a.Name != "安徽省" || len(tb.Provinces()) != 35 {
		t.Error("province table")
	}
	if d, err := New(); err != nil || d != Default() {
		t.Error("New() is not the default")
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := New(o); err != nil {
				t.Error(err)
			}
			LookupArea("34", "24")
		}()
	}
	wg.Wait()
}

func TestOverlayErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"area\t34\t31\tx\n", "line 1: the first record must be the document line"},
		{"", "no document line"},
		{"document\tx\t2024-02-30\n", "line 1: date"},
		{doc + "document\ty\t2024-01-01\n", "line 2: a second document"},
		{doc + "area\t34\t24\t新六安市\n", "line 2: area 24 of 34 is 六安市 in 皖人社秘〔2020〕65号 附件3, not 新六安市"},
		{doc + "area\t34\t31\t六安市\n", "line 2: 六安市 is already area 24 of 34"},
		{doc + "area\t34\t3O\tx\n", "line 2: area code \"3O\""},
		{doc + "area\t99\t01\tx\n", "line 2: province 99 is not in"},
		{doc + "area\t3\t01\tx\n", "line 2: province \"3\""},
		{doc + "area\t34\t31\t\n", "line 2: area 31 of 34 has no name"},
		{doc + "area\t34\t31\tx\narea\t34\t31\ty\n", "line 3: area 31 of 34 is given twice (first on line 2)"},
		{doc + "zone\t34\t31\tx\n", "line 2: want area"},
		{doc + "area\t34\t31\tx\ty\n", "line 2: want area"},
		{doc + strings.Repeat("x", maxOverlayLine+1), "line 2"},
		{doc + "area\t34\t31\t\xff\n", "line 2: not UTF-8"},
	} {
		_, err := ReadOverlay(strings.NewReader(tc.src), "f.tsv")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%.50q: %v; want %q", tc.src, err, tc.want)
		}
		if err != nil && !errors.Is(err, skillcert.ErrSyntax) && !errors.Is(err, skillcert.ErrUnknown) && !errors.Is(err, skillcert.ErrLimit) {
			t.Errorf("%.50q: %v wraps no kind", tc.src, err)
		}
	}
	if _, err := ReadOverlay(nil, "x"); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("nil reader: %v", err)
	}
	if _, err := New(nil); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("nil overlay: %v", err)
	}
}

func FuzzReadOverlay(f *testing.F) {
	f.Add(doc + "area\t34\t31\t新区市\n")
	f.Add("document\tx\t2024-01-01\narea\t４４\t10\t某市\n")
	f.Fuzz(func(t *testing.T, s string) {
		o, err := ReadOverlay(strings.NewReader(s), "fuzz.tsv")
		if err != nil {
			return
		}
		if _, err := New(o); err != nil {
			t.Fatalf("ReadOverlay accepted what New refuses: %v", err)
		}
	})
}

func FuzzLookup(f *testing.F) {
	f.Add("44", "01")
	f.Add("４４", " 0１")
	f.Fuzz(func(t *testing.T, p, c string) {
		if a, ok := LookupProvince(p); ok && (len(a.Code) != 2 || a.Name == "") {
			t.Fatalf("LookupProvince(%q) = %+v", p, a)
		}
		if a, ok := LookupArea(p, c); ok && !HasAreas(p) {
			t.Fatalf("LookupArea(%q, %q) = %+v without an area table", p, c, a)
		}
	})
}

func TestPropertyPastedRows(t *testing.T) {
	wide := func(s string) string {
		return strings.Map(func(r rune) rune { return r - '0' + '０' }, s)
	}
	provs := []string{"44", "41", "34", "50"}
	props := gopter.NewProperties(gopter.DefaultTestParametersWithSeed(20261201))
	props.Property("every row is found by its code pasted full width with spaces", prop.ForAll(func(pi, ri int) bool {
		p := provs[pi%len(provs)]
		rows := Areas(p)
		r := rows[ri%len(rows)]
		a, ok := LookupArea(" "+wide(p)+"\u3000", "\t"+wide(r.Code)+" ")
		pr := Provinces()[ri%35]
		b, ok2 := LookupProvince(wide(pr.Code) + " ")
		return ok && a == r && ok2 && b == pr
	}, gen.IntRange(0, 3), gen.IntRange(0, 1000)))
	props.TestingRun(t)
}

func TestNilAndZeroTables(t *testing.T) {
	for _, tb := range []*Tables{nil, {}} {
		if a, ok := tb.LookupProvince("44"); !ok || a.Name != "广东省" {
			t.Errorf("%v: LookupProvince", tb)
		}
		if _, ok := tb.LookupArea("34", "24"); !ok || !tb.HasAreas("50") || len(tb.Areas("44")) != 22 || len(tb.Provinces()) != 35 || len(tb.Overlays()) != 0 {
			t.Errorf("%v: areas", tb)
		}
		if _, ok := tb.ProvinceByName("安徽"); !ok {
			t.Error("ProvinceByName")
		}
		if _, ok := tb.AreaByName("50", "两江新区"); !ok {
			t.Error("AreaByName")
		}
	}
}

func BenchmarkLookupProvincePasted(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, ok := LookupProvince(" ４４ "); !ok {
			b.Fatal("not found")
		}
	}
}
