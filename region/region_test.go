package region

import (
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
)

func TestRowCounts(t *testing.T) {
	// 35 provinces (003 L2544–2557); Guangdong 22 (002 L881–935),
	// Henan 29 (003 L4236–4245), Anhui 17 (004 L267–305), Chongqing 42 (000 L671–768).
	if n := len(Provinces()); n != 35 {
		t.Errorf("provinces: %d rows, want 35", n)
	}
	for p, want := range map[string]int{"44": 22, "41": 29, "34": 17, "50": 42} {
		if n := len(Areas(p)); n != want {
			t.Errorf("areas of %s: %d rows, want %d", p, n, want)
		}
		if !HasAreas(p) {
			t.Errorf("HasAreas(%s) = false", p)
		}
	}
	for _, p := range []string{"11", "14", "66", "99", "", "4"} {
		if Areas(p) != nil || HasAreas(p) {
			t.Errorf("province %q has an area table", p)
		}
	}
}

func TestSpotChecks(t *testing.T) {
	// Source is the table's public citation; the seed line is in the comment.
	for _, tc := range []struct{ province, code, name, source string }{
		{"", "14", "山西省", "人社鉴发〔2019〕2号 表4"},                   // 003 L2546 — not Henan's "14 陕西省" (003 L4216, D2)
		{"", "61", "陕西省", "人社鉴发〔2019〕2号 表4"},                   // 003 L2554
		{"", "66", "新疆生产建设兵团", "人社鉴发〔2019〕2号 表4"},              // 003 L2556
		{"", "82", "澳门特别行政区", "人社鉴发〔2019〕2号 表4"},               // 003 L2557
		{"44", "00", "省本级", "广东省职业技能等级证书编码规则实施方案（企业2021版） 表5"}, // 002 L881–882
		{"44", "12", "肇庆市", "广东省职业技能等级证书编码规则实施方案（企业2021版） 表5"}, // 002 L897–898
		{"44", "53", "云浮市", "广东省职业技能等级证书编码规则实施方案（企业2021版） 表5"}, // 002 L920–921
		{"41", "12", "三门峡市", "豫职鉴〔2020〕2号 表5"},                 // 003 L4240 — Henan example 5, 003 L4294
		{"41", "28", "新蔡县", "豫职鉴〔2020〕2号 表5"},                  // 003 L4245
		{"34", "24", "六安市", "皖人社秘〔2020〕65号 附件3"},               // 004 L271–272 — not GB/T 2260's 15 (D3)
		{"34", "25", "宣城市", "皖人社秘〔2020〕65号 附件3"},               // 004 L278–279
		{"34", "29", "池州市", "皖人社秘〔2020〕65号 附件3"},               // 004 L285–286
		{"34", "30", "亳州市", "皖人社秘〔2020〕65号 附件3"},               // 004 L292–293
		{"34", "00", "省直", "皖人社秘〔2020〕65号 附件3"},                // 004 L299–300
		{"50", "39", "两江新区", "渝人社发〔2020〕42号 附件6 表2"},           // 000 L731–732
		{"50", "41", "重庆高新区", "渝人社发〔2020〕42号 附件6 表2"},          // 000 L749–750
	} {
		var a Area
		var ok bool
		if tc.province == "" {
			a, ok = LookupProvince(tc.code)
		} else {
			a, ok = LookupArea(tc.province, tc.code)
		}
		if !ok || a.Name != tc.name || a.Source != tc.source {
			t.Errorf("%s/%s = %+v, %v; want %s from %s", tc.province, tc.code, a, ok, tc.name, tc.source)
		}
	}
}

func TestGapsAndOldCodes(t *testing.T) {
	// D3: gaps as printed.
	for _, tc := range []struct{ province, code string }{
		{"44", "10"}, {"44", "11"}, {"44", "21"}, {"44", "50"}, // Guangdong has no 10, 11
		{"34", "09"}, {"34", "14"}, {"34", "15"}, {"34", "16"}, {"34", "17"}, {"34", "18"}, // Anhui: GB/T codes absent
		{"41", "29"}, {"50", "42"},
		{"", "10"}, {"", "00"}, {"", "60"}, {"", "99"},
		{"44", "1"}, {"44", "001"}, {"44", "a1"}, {"", ""},
	} {
		var ok bool
		if tc.province == "" {
			_, ok = LookupProvince(tc.code)
		} else {
			_, ok = LookupArea(tc.province, tc.code)
		}
		if ok {
			t.Errorf("%q/%q found; the document has no such row", tc.province, tc.code)
		}
	}
	if _, ok := LookupArea("11", "00"); ok {
		t.Error("Beijing has no area table")
	}
}

func TestNames(t *testing.T) {
	for _, tc := range []struct{ province, name, code string }{
		{"", "安徽省", "34"}, {"", "安徽", "34"}, {"", "广西", "45"}, {"", "广西壮族自治区", "45"},
		{"", "内蒙古", "15"}, {"", "香港", "81"}, {"", "新疆生产建设兵团", "66"}, {"", "新疆", "65"},
		{"44", "广州市", "01"}, {"44", "广州", "01"}, {"44", "省本级", "00"},
		{"50", "两江新区", "39"}, {"50", "渝北", "11"}, {"50", "忠县", "30"},
		{"41", "滑县", "22"}, {"41", "济源", "18"}, {"34", "六安", "24"},
	} {
		var a Area
		var ok bool
		if tc.province == "" {
			a, ok = ProvinceByName(tc.name)
		} else {
			a, ok = AreaByName(tc.province, tc.name)
		}
		if !ok || a.Code != tc.code {
			t.Errorf("%q/%q = %+v, %v; want code %s", tc.province, tc.name, a, ok, tc.code)
		}
	}
	for _, bad := range []string{"滑", "忠", "两江", "", "广东省广州市"} {
		if a, ok := AreaByName("41", bad); ok {
			t.Errorf("AreaByName(41, %q) = %+v", bad, a)
		}
	}
	if a, _ := LookupProvince("61"); a.English != "Shaanxi" {
		t.Errorf("61 English = %q", a.English)
	}
	for _, p := range Provinces() {
		if p.English == "" {
			t.Errorf("%s has no English name", p.Name)
		}
	}
}

func TestCopies(t *testing.T) {
	p := Provinces()
	p[0].Name = "changed"
	a := Areas("44")
	a[0].Name = "changed"
	if Provinces()[0].Name != "北京市" || Areas("44")[0].Name != "省本级" {
		t.Error("callers can change the tables")
	}
}

func TestPropertyEveryRowFound(t *testing.T) {
	type ref struct{ province string }
	all := []ref{{""}, {"44"}, {"41"}, {"34"}, {"50"}}
	props := gopter.NewProperties(gopter.DefaultTestParametersWithSeed(20261123))
	props.Property("every row is found by its code, its name and its short form", prop.ForAll(
		func(ti, ri int) bool {
			p := all[ti%len(all)].province
			rows := Provinces()
			byCode := LookupProvince
			byName := ProvinceByName
			if p != "" {
				rows = Areas(p)
				byCode = func(c string) (Area, bool) { return LookupArea(p, c) }
				byName = func(n string) (Area, bool) { return AreaByName(p, n) }
			}
			r := rows[ri%len(rows)]
			a, ok1 := byCode(r.Code)
			b, ok2 := byName(r.Name)
			ok3 := true
			if r.Short != "" {
				c, ok := byName(r.Short)
				ok3 = ok && c == r
			}
			return ok1 && ok2 && ok3 && a == r && b == r
		},
		gen.IntRange(0, 4), gen.IntRange(0, 1000),
	))
	props.TestingRun(t)
}

func TestLookupAllocs(t *testing.T) {
	n := testing.AllocsPerRun(100, func() {
		LookupProvince("44")
		LookupArea("34", "24")
		ProvinceByName("安徽")
		AreaByName("50", "两江新区")
	})
	if n != 0 {
		t.Errorf("look-ups allocate %v times", n)
	}
}

func BenchmarkLookupArea(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, ok := LookupArea("34", "24"); !ok {
			b.Fatal("not found")
		}
	}
}
