// Package region is the province table and the four provincial area tables of
// the certificate coding rules, exactly as the documents print them, and
// overlays for the area codes a province publishes later.
//
//	p, _ := region.LookupProvince("44")          // {44 广东省 广东 Guangdong 人社鉴发〔2019〕2号 表4}
//	p, _ = region.LookupProvince("４４")          // pasted full-width digits and spaces read too
//	a, _ := region.LookupArea("34", "24")        // 六安市: Anhui's own code, not GB/T 2260
//	a, _ = region.AreaByName("50", "两江新区")     // {39 两江新区 …}
//
// The province table is 表4 of the national rule 人社鉴发〔2019〕2号: the 34
// provincial-level divisions plus 66 新疆生产建设兵团. Henan's copy of it
// (豫职鉴〔2020〕2号) prints "14 陕西省", a typo for 山西省; this package keeps
// 14 = 山西省.
//
// The area tables are positions 8–9 of the Guangdong (44), Henan (41), Anhui
// (34) and Chongqing (50) rules, with their gaps and old codes as printed:
// Guangdong has no 10 or 11; Anhui's 六安 24, 宣城 25, 池州 29 and 亳州 30 are
// not today's GB/T 2260 codes. Every row's Source cites the table it was read
// from; Sources lists the documents with their dates. The tables are
// generated from the documents by region/internal/gen (go generate ./region).
//
// # Overlays
//
// A province may publish new area codes after its rule. A caller loads such a
// publication as an overlay and builds Tables from the shipped tables and the
// overlays; the shipped tables never change, so Tables values are safe to
// share. An overlay file is UTF-8 text, one record a line, fields separated
// by tabs, # comments and blank lines ignored; the first record names the
// document and its date, each further record is an area:
//
//	document	皖人社秘〔2024〕1号	2024-01-02
//	area	34	31	新区市
//
// A code the province's table has under another name, a name another code
// has, or a malformed code is an error naming the line.
package region

import (
	"strings"
	"sync"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/internal/fold"
)

// Area is one row of a table: a province, or an area inside one.
type Area struct {
	Code    string // two digits, as printed
	Name    string // the name as printed: "广东省", "广州市", "省本级", "两江新区"
	Short   string // the usual short form ("广东", "广州"), or "" where the name has none
	English string // English name; provinces only ("" for areas)
	Source  string // the document and table the row is read from, such as "人社鉴发〔2019〕2号 表4", or an overlay's document
}

// Sources lists the documents the shipped tables are read from: the
// province table first, then the four area tables. The slice is a fresh copy.
func Sources() []skillcert.Source { return append([]skillcert.Source(nil), sources...) }

// table is a code table with its look-up indexes.
type table struct {
	rows   []Area
	byCode [100]int8 // row index + 1, by the code's value; 0 for none
	byName map[string]int8
}

func newTable(rows []Area) *table {
	t := &table{rows: rows, byName: make(map[string]int8, 2*len(rows))}
	for i, r := range rows {
		n, _ := twoDigits(r.Code)
		t.byCode[n] = int8(i + 1)
		t.byName[r.Name] = int8(i + 1)
		if r.Short != "" {
			t.byName[r.Short] = int8(i + 1)
		}
	}
	return t
}

func (t *table) code(code string) (Area, bool) {
	n, ok := twoDigits(code)
	if !ok || t.byCode[n] == 0 {
		return Area{}, false
	}
	return t.rows[t.byCode[n]-1], true
}

func (t *table) name(name string) (Area, bool) {
	i := t.byName[strings.TrimFunc(name, fold.IsSpace)]
	if i == 0 {
		return Area{}, false
	}
	return t.rows[i-1], true
}

// twoDigits reads a two-digit code as people paste it: ASCII or full-width
// digits, with spaces around them. Nothing else is read.
func twoDigits(s string) (int, bool) {
	v, n := 0, 0
	trailing := false
	for _, r := range s {
		if fold.IsSpace(r) {
			trailing = n > 0
			continue
		}
		r = fold.Rune(r)
		if r < '0' || r > '9' || n == 2 || trailing {
			return 0, false
		}
		v = v*10 + int(r-'0')
		n++
	}
	return v, n == 2
}

// Tables is a province table and its area tables, as shipped or with
// overlays. A Tables value is immutable and safe for concurrent use; the
// package-level functions use Default(), and so do a nil *Tables and the zero
// Tables.
type Tables struct {
	provinces *table
	areas     map[string]*table
	overlays  []*Overlay
}

// orDefault makes a nil *Tables, and the zero Tables, the shipped tables, so
// that a caller who passes none gets the default rather than a panic.
func (t *Tables) orDefault() *Tables {
	if t == nil || t.provinces == nil {
		return Default()
	}
	return t
}

// Default returns the shipped tables.
func Default() *Tables { return defaultTables() }

var defaultTables = sync.OnceValue(func() *Tables {
	return &Tables{
		provinces: newTable(provinces),
		areas: map[string]*table{
			"44": newTable(guangdongAreas),
			"41": newTable(henanAreas),
			"34": newTable(anhuiAreas),
			"50": newTable(chongqingAreas),
		},
	}
})

// provinceKey returns the two ASCII digits of a pasted province code, or "".
func provinceKey(province string) string {
	n, ok := twoDigits(province)
	if !ok {
		return ""
	}
	return keys[n]
}

// keys are the two-digit strings "00" … "99", so that a pasted code finds its
// map key without allocating.
var keys = func() (k [100]string) {
	for i := range k {
		k[i] = string([]byte{byte('0' + i/10), byte('0' + i%10)})
	}
	return
}()

// Provinces returns the provinces in code order. The slice is a fresh copy
// the caller may keep or change.
func (t *Tables) Provinces() []Area {
	t = t.orDefault()
	return append([]Area(nil), t.provinces.rows...)
}

// LookupProvince returns the province with the two-digit code, and whether
// there is one. The code may be pasted with full-width digits and spaces
// around it ("４４", " 44 "). It does not allocate.
func (t *Tables) LookupProvince(code string) (Area, bool) {
	t = t.orDefault()
	return t.provinces.code(code)
}

// ProvinceByName returns the province with the given full name ("安徽省") or
// short form ("安徽"), and whether there is one. Spaces around the name are
// ignored. It does not allocate.
func (t *Tables) ProvinceByName(name string) (Area, bool) {
	t = t.orDefault()
	return t.provinces.name(name)
}

// HasAreas reports whether the province's coding rule has an area table of its
// own in positions 8–9: 44 广东, 41 河南, 34 安徽 and 50 重庆 as shipped, and
// any province an overlay gave one.
func (t *Tables) HasAreas(province string) bool {
	t = t.orDefault()
	return t.areas[provinceKey(province)] != nil
}

// Areas returns the area table of the province in code order, or nil for a
// province without one. The slice is a fresh copy.
func (t *Tables) Areas(province string) []Area {
	t = t.orDefault()
	a := t.areas[provinceKey(province)]
	if a == nil {
		return nil
	}
	return append([]Area(nil), a.rows...)
}

// LookupArea returns the area with the two-digit code in the province's area
// table, and whether there is one; false for a province without an area table.
// Both codes may be pasted with full-width digits and spaces around them. It
// does not allocate.
func (t *Tables) LookupArea(province, code string) (Area, bool) {
	t = t.orDefault()
	a := t.areas[provinceKey(province)]
	if a == nil {
		return Area{}, false
	}
	return a.code(code)
}

// AreaByName returns the area of the province with the given full name
// ("广州市", "两江新区", "省直") or short form ("广州"), and whether there is
// one. It does not allocate.
func (t *Tables) AreaByName(province, name string) (Area, bool) {
	t = t.orDefault()
	a := t.areas[provinceKey(province)]
	if a == nil {
		return Area{}, false
	}
	return a.name(name)
}

// Overlays returns the overlays the tables were built with, in order.
func (t *Tables) Overlays() []*Overlay {
	t = t.orDefault()
	return append([]*Overlay(nil), t.overlays...)
}

// Provinces returns the 35 provinces of the shipped table in code order. The
// slice is a fresh copy the caller may keep or change.
func Provinces() []Area { return Default().Provinces() }

// LookupProvince returns the shipped table's province with the two-digit
// code: Default().LookupProvince(code). It does not allocate.
func LookupProvince(code string) (Area, bool) { return Default().LookupProvince(code) }

// ProvinceByName returns the shipped table's province with the given full
// name ("安徽省") or short form ("安徽"). It does not allocate.
func ProvinceByName(name string) (Area, bool) { return Default().ProvinceByName(name) }

// HasAreas reports whether the province's coding rule has an area table of its
// own in positions 8–9: 44 广东, 41 河南, 34 安徽 and 50 重庆.
func HasAreas(province string) bool { return Default().HasAreas(province) }

// Areas returns the shipped area table of province 44, 41, 34 or 50 in code
// order, or nil for any other province. The slice is a fresh copy.
func Areas(province string) []Area { return Default().Areas(province) }

// LookupArea returns the area with the two-digit code in the province's
// shipped area table: Default().LookupArea(province, code). It does not
// allocate.
func LookupArea(province, code string) (Area, bool) { return Default().LookupArea(province, code) }

// AreaByName returns the area of the province with the given full name
// ("广州市", "两江新区", "省直") or short form ("广州") in the shipped table.
// It does not allocate.
func AreaByName(province, name string) (Area, bool) { return Default().AreaByName(province, name) }
