// Package region is the province table and the four provincial area tables of
// the certificate coding rules, exactly as the documents print them.
//
//	p, _ := region.LookupProvince("44")          // {44 广东省 广东 Guangdong 003 L2552}
//	a, _ := region.LookupArea("34", "24")        // 六安市: Anhui's own code, not GB/T 2260
//	a, _ = region.AreaByName("50", "两江新区")     // {39 两江新区 …}
//
// The province table is the 35-row table 4 of the national rule 人社鉴发〔2019〕2号
// (003 L2544–2557): the 34 provincial-level divisions plus 66 新疆生产建设兵团
// (DECISIONS.md D2). Henan's copy of it prints "14 陕西省" (003 L4216), a typo for
// 山西省; this package keeps 14 = 山西省.
//
// The area tables are positions 8–9 of the Guangdong (44), Henan (41), Anhui
// (34) and Chongqing (50) rules, with their gaps and old codes as printed
// (DECISIONS.md D3): Guangdong has no 10 or 11; Anhui's 六安 24, 宣城 25, 池州 29
// and 亳州 30 are not today's GB/T 2260 codes. Every row carries the seed line
// it was read from; the tables are generated from the seeds by
// region/internal/gen (go generate ./region).
package region

// Area is one row of a table: a province, or an area inside one.
type Area struct {
	Code    string // two digits, as printed
	Name    string // the name as printed: "广东省", "广州市", "省本级", "两江新区"
	Short   string // the usual short form ("广东", "广州"), or "" where the name has none
	English string // English name; provinces only ("" for areas)
	Source  string // seed file and line the row was read from, e.g. "003 L2552"
}

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
	i := t.byName[name]
	if i == 0 {
		return Area{}, false
	}
	return t.rows[i-1], true
}

func twoDigits(s string) (int, bool) {
	if len(s) != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
		return 0, false
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), true
}

var (
	provinceTable = newTable(provinces)
	areaTables    = map[string]*table{
		"44": newTable(guangdongAreas),
		"41": newTable(henanAreas),
		"34": newTable(anhuiAreas),
		"50": newTable(chongqingAreas),
	}
)

// Provinces returns the 35 provinces in code order. The slice is a fresh copy
// the caller may keep or change.
func Provinces() []Area { return append([]Area(nil), provinces...) }

// LookupProvince returns the province with the two-digit code, and whether
// there is one. It does not allocate.
func LookupProvince(code string) (Area, bool) { return provinceTable.code(code) }

// ProvinceByName returns the province with the given full name ("安徽省") or
// short form ("安徽"), and whether there is one. It does not allocate.
func ProvinceByName(name string) (Area, bool) { return provinceTable.name(name) }

// HasAreas reports whether the province's coding rule has an area table of its
// own in positions 8–9: 44 广东, 41 河南, 34 安徽 and 50 重庆.
func HasAreas(province string) bool { return areaTables[province] != nil }

// Areas returns the area table of province 44, 41, 34 or 50 in code order, or
// nil for any other province. The slice is a fresh copy.
func Areas(province string) []Area {
	t := areaTables[province]
	if t == nil {
		return nil
	}
	return append([]Area(nil), t.rows...)
}

// LookupArea returns the area with the two-digit code in the province's area
// table, and whether there is one; false for a province without an area table.
// It does not allocate.
func LookupArea(province, code string) (Area, bool) {
	t := areaTables[province]
	if t == nil {
		return Area{}, false
	}
	return t.code(code)
}

// AreaByName returns the area of the province with the given full name
// ("广州市", "两江新区", "省直") or short form ("广州"), and whether there is
// one. It does not allocate.
func AreaByName(province, name string) (Area, bool) {
	t := areaTables[province]
	if t == nil {
		return Area{}, false
	}
	return t.name(name)
}
