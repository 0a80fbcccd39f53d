package certcode_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	. "github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
)

// decoded is everything Parse decodes, for cmp.Diff.
type decoded struct {
	Scheme                                    string
	Category                                  Category
	Institution, Province, ProvinceName, Area string
	AreaName, Site, Sequence                  string
	Unit                                      Unit
	Year                                      int
	Level                                     level.Level
	Serial                                    int
	Filing, Grouped                           string
}

func decode(c Code) decoded {
	return decoded{c.Scheme().String(), c.Category(), c.Institution(), c.Province(), c.ProvinceName(), c.Area(),
		c.AreaName(), c.Site(), c.Sequence(), c.Unit(), c.Year(), c.Level(), c.Serial(), c.Filing().String(), c.Grouped()}
}

func TestDocumentExamples(t *testing.T) {
	for _, tc := range []struct {
		src, in string
		want    decoded
	}{
		{
			// 002 L997–999: MOHRSS code 0001, Guangdong, 省本级, the 5th 国有企业, 2020, level 5, serial 000001.
			"002 L997–999", "Y 0001 44 001005 20 5 000001",
			decoded{"guangdong", Employer, "0001", "44", "广东省", "00", "省本级", "001005", "005", StateOwned,
				2020, level.Five, 1, "Y000144001005", "Y 0001 44 001005 20 5 000001"},
		},
		{
			// 003 L2588–2590 with the XXXXXX placeholder filled in: 黑龙江省, MOHRSS code 0001, 2019, level 5.
			"003 L2588–2590", "Y000123000001195000001",
			decoded{"national", Employer, "0001", "23", "黑龙江省", "", "", "000001", "", UnitUnknown,
				2019, level.Five, 1, "Y000123000001", "Y 0001 23 000001 19 5 000001"},
		},
		{
			// 003 L2602–2604, filled in: S, 0000 = filed with the province, 北京市.
			"003 L2602–2604", "S000011123456195000001",
			decoded{"national", SocialOrg, "0000", "11", "北京市", "", "", "123456", "", UnitUnknown,
				2019, level.Five, 1, "S000011123456", "S 0000 11 123456 19 5 000001"},
		},
		{
			// 003 L4274–4276, filled in: Henan, 省直, enterprise.
			"003 L4274–4276", "Y 0001 41 00 0001 19 5 000001",
			decoded{"henan", Employer, "0001", "41", "河南省", "00", "省直", "000001", "0001", Enterprise,
				2019, level.Five, 1, "Y000141000001", "Y 0001 41 00 0001 19 5 000001"},
		},
		{
			// 003 L4294–4296, filled in: filed with 三门峡市 (12).
			"003 L4294–4296", "Y 0000 41 12 0003 19 5 000001",
			decoded{"henan", Employer, "0000", "41", "河南省", "12", "三门峡市", "120003", "0003", Enterprise,
				2019, level.Five, 1, "Y000041120003", "Y 0000 41 12 0003 19 5 000001"},
		},
		{
			// 003 L4537: a technical school assessing its own students is Y with position 10 = 9 (D5).
			"003 L4537", "Y000041009001215000123",
			decoded{"henan", Employer, "0000", "41", "河南省", "00", "省直", "009001", "9001", TechnicalSchool,
				2021, level.Five, 123, "Y000041009001", "Y 0000 41 00 9001 21 5 000123"},
		},
		{
			// 003 L4278, filled in: S codes in Henan follow the Henan rule; position 10 is free (D5).
			"003 L4278", "S000141009001195000001",
			decoded{"henan", SocialOrg, "0001", "41", "河南省", "00", "省直", "009001", "9001", UnitUnknown,
				2019, level.Five, 1, "S000141009001", "S 0001 41 00 9001 19 5 000001"},
		},
		{
			// 004 L314–318: the Anhui filing number S 0000 34 01 0001 (合肥), with a certificate part.
			"004 L314–318", "S 0000 34 01 0001 20 3 000042",
			decoded{"anhui", SocialOrg, "0000", "34", "安徽省", "01", "合肥市", "010001", "0001", UnitUnknown,
				2020, level.Three, 42, "S000034010001", "S 0000 34 01 0001 20 3 000042"},
		},
		{
			// 000 L641–648: the Chongqing table's example row Y 0000 50 00–41 0001–9999 20 1–5.
			"000 L641–648", "Y0000503999992010000001",
			decoded{},
		},
		{
			"000 L641–648", "Y000050399999201000001",
			decoded{"chongqing", Employer, "0000", "50", "重庆市", "39", "两江新区", "399999", "9999", UnitUnknown,
				2020, level.One, 1, "Y000050399999", "Y 0000 50 39 9999 20 1 000001"},
		},
		{
			// D1: an S code in 44 is checked by the national rule.
			"D1", "S000044001005205000001",
			decoded{"national", SocialOrg, "0000", "44", "广东省", "", "", "001005", "", UnitUnknown,
				2020, level.Five, 1, "S000044001005", "S 0000 44 001005 20 5 000001"},
		},
	} {
		c, err := Parse(tc.in)
		if tc.want == (decoded{}) {
			if err == nil {
				t.Errorf("%s: Parse(%q) accepted", tc.src, tc.in)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: Parse(%q): %v", tc.src, tc.in, err)
			continue
		}
		if diff := cmp.Diff(tc.want, decode(c)); diff != "" {
			t.Errorf("%s: Parse(%q) (-want +got):\n%s", tc.src, tc.in, diff)
		}
	}
}

func TestPlaceholders(t *testing.T) {
	// The national (003 L2588–2604) and Henan (003 L4274–4296) examples print X
	// where the site code goes: an error that says "placeholder".
	for _, tc := range []struct {
		in  string
		pos int
	}{
		{"Y000123XXXXXX195000001", 8},
		{"S000123XXXXXX195000001", 8},
		{"Y000011XXXXXX195000001", 8},
		{"S000011XXXXXX195000001", 8},
		{"Y 0001 41 00 XXXX 19 5 000001", 10},
		{"S 0001 41 00 XXXX 19 5 000001", 10},
		{"Y 0000 41 00 XXXX 19 5 000001", 10},
		{"S 0000 41 00 XXXX 19 5 000001", 10},
		{"Y 0000 41 12 XXXX 19 5 000001", 10},
		{"y000123xxxxxx195000001", 8},
	} {
		_, err := Parse(tc.in)
		var e *Error
		if !errors.As(err, &e) || !errors.Is(err, ErrPlaceholder) || !errors.Is(err, ErrCharacter) {
			t.Fatalf("Parse(%q) = %v, want a placeholder error", tc.in, err)
		}
		if e.Pos != tc.pos || e.Input != tc.in || !strings.Contains(err.Error(), "placeholder") {
			t.Errorf("Parse(%q): %v (pos %d), want pos %d", tc.in, err, e.Pos, tc.pos)
		}
	}
}

func TestInvalid(t *testing.T) {
	for _, tc := range []struct {
		in     string
		err    error
		field  string
		pos    int
		scheme Scheme
	}{
		{"", ErrLength, "length", 0, 0},
		{"Y00014400100520500000", ErrLength, "length", 0, 0},
		{"Y0001440010052050000011", ErrLength, "length", 0, 0},
		{"Y0001,44001005205000001", ErrCharacter, "character", 6, 0}, // a stray comma is named, not the length
		{"A000144001005205000001", ErrCategory, "category", 1, 0},
		{"X000144001005205000001", ErrCategory, "category", 1, 0},
		{"5000144001005205000001", ErrCategory, "category", 1, 0},
		{"Y00O144001005205000001", ErrCharacter, "character", 4, 0}, // letter O is not read as zero (D8)
		{"S000134010001205000001", ErrInstitution, "institution", 2, Anhui},
		{"Y000110001005205000001", ErrProvince, "province", 6, 0},
		{"Y000199001005205000001", ErrProvince, "province", 6, 0},
		{"Y000160001005205000001", ErrProvince, "province", 6, 0},
		{"Y000144101005205000001", ErrArea, "area", 8, Guangdong}, // Guangdong has no 10
		{"Y000144111005205000001", ErrArea, "area", 8, Guangdong}, // nor 11
		{"Y000041290001205000001", ErrArea, "area", 8, Henan},     // Henan ends at 28
		{"S000034150001205000001", ErrArea, "area", 8, Anhui},     // 15 is GB/T 2260's 六安, not Anhui's 24
		{"Y000050420001205000001", ErrArea, "area", 8, Chongqing},
		{"Y000144000005205000001", ErrSite, "site", 10, Guangdong}, // unit kind 0
		{"Y000144004005205000001", ErrSite, "site", 10, Guangdong}, // unit kind 4
		{"S000034010000205000001", ErrSite, "site", 10, Anhui},     // sequence 0000 (D4)
		{"Y000050000000205000001", ErrSite, "site", 10, Chongqing},
		{"Y000144001005185000001", ErrYear, "year", 14, Guangdong},
		{"Y000144001005005000001", ErrYear, "year", 14, Guangdong},
		{"Y000144001005200000001", ErrLevel, "level", 16, Guangdong},
		{"Y000144001005206000001", ErrLevel, "level", 16, Guangdong},
		{"Y000144001005205000000", ErrSerial, "serial", 17, Guangdong},
		{"Y000111000000205000000", ErrSerial, "serial", 17, National},
		// Several defects: the first in position order is reported.
		{"Y000144101005186000000", ErrArea, "area", 8, Guangdong},
		{"Y000199001005186000000", ErrProvince, "province", 6, 0},
	} {
		_, err := Parse(tc.in)
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("Parse(%q) = %v, want *Error", tc.in, err)
			continue
		}
		if !errors.Is(err, tc.err) || e.Field != tc.field || e.Pos != tc.pos || e.Scheme != tc.scheme || e.Input != tc.in {
			t.Errorf("Parse(%q) = %v\n\tgot field %q pos %d scheme %v; want %q %d %v", tc.in, err, e.Field, e.Pos, e.Scheme, tc.field, tc.pos, tc.scheme)
		}
		if !strings.Contains(err.Error(), "\""+tc.in+"\"") {
			t.Errorf("message %q does not quote the input", err)
		}
		if Validate(tc.in) == nil {
			t.Errorf("Validate(%q) = nil", tc.in)
		}
	}
}

func TestParseAs(t *testing.T) {
	// The national rule alone accepts what Guangdong's forbids (a lenient check).
	c, err := ParseAs("Y000144101005205000001", National)
	if err != nil || c.Scheme() != National || c.Area() != "" {
		t.Errorf("ParseAs national: %v, %v", c, err)
	}
	for _, tc := range []struct {
		in    string
		sc    Scheme
		field string
		pos   int
	}{
		{"Y000111000001205000001", Guangdong, "province", 6},
		{"S000044001005205000001", Guangdong, "category", 1}, // D1: Guangdong defines 8–13 for Y only
		{"S000050010001205000001", Chongqing, "category", 1},
		{"Y000034010001205000001", Henan, "province", 6},
		{"Y000144001005205000001", Scheme(9), "scheme", 0},
	} {
		_, err := ParseAs(tc.in, tc.sc)
		var e *Error
		if !errors.As(err, &e) || e.Field != tc.field || e.Pos != tc.pos {
			t.Errorf("ParseAs(%q, %v) = %v; want field %s pos %d", tc.in, tc.sc, err, tc.field, tc.pos)
		}
		if tc.field == "scheme" && !errors.Is(err, ErrScheme) {
			t.Errorf("ParseAs with a bad scheme: %v, want ErrScheme", err)
		}
	}
	if c, err := ParseAs("S000034010001205000001", Anhui); err != nil || c.Scheme() != Anhui {
		t.Errorf("ParseAs anhui: %v, %v", c, err)
	}
}

func TestInputForms(t *testing.T) {
	want := MustParse("Y000144001005205000001")
	for _, in := range []string{
		"Y 0001 44 001005 20 5 000001",
		"y000144001005205000001",
		fullWidthOf("Y000144001005205000001"),
		fullWidthOf("Y　0001　44　001005　20　5　000001"),
		"Y-0001-44-001005-20-5-000001",
		"Y–0001—44‐001005－20−5 000001",
		"\tY000144001005205000001\n",
		"Y\u00a00001\u00a044 001005 20 5 000001",
	} {
		got, err := Parse(in)
		if err != nil || got != want {
			t.Errorf("Parse(%q) = %v, %v", in, got, err)
		}
	}
}

func TestCompact(t *testing.T) {
	for in, want := range map[string]string{
		"Y 0001 44 001005 20 5 000001": "Y000144001005205000001",
		"ｙ０００１－４４":                     "Y000144",
		"Y000144001005205000001":       "Y000144001005205000001",
		"y0001 44 O01005":              "Y000144O01005",
		"Y0001,44":                     "Y0001,44",
		"":                             "",
	} {
		if got := Compact(in); got != want {
			t.Errorf("Compact(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFiling(t *testing.T) {
	// 004 L314–318: 新华教育集团's filing number.
	f, err := ParseFiling("S 0000 34 01 0001")
	if err != nil {
		t.Fatal(err)
	}
	if f.String() != "S000034010001" || f.Scheme() != Anhui || f.AreaName() != "合肥市" || f.Sequence() != "0001" ||
		f.Category() != SocialOrg || f.Grouped() != "S 0000 34 01 0001" {
		t.Errorf("filing decoded wrong: %v %v %v %v", f, f.Scheme(), f.AreaName(), f.Grouped())
	}
	c, err := f.Certificate(2020, level.Three, 42)
	if err != nil || c.String() != "S000034010001203000042" || c.Filing() != f {
		t.Errorf("Certificate = %v, %v", c, err)
	}
	for _, tc := range []struct {
		year   int
		lv     level.Level
		serial int
		field  string
	}{
		{2018, level.Five, 1, "year"}, {2100, level.Five, 1, "year"}, {2020, 0, 1, "level"}, {2020, 6, 1, "level"},
		{2020, level.Five, 0, "serial"}, {2020, level.Five, 1000000, "serial"},
	} {
		_, err := f.Certificate(tc.year, tc.lv, tc.serial)
		var e *Error
		if !errors.As(err, &e) || e.Field != tc.field {
			t.Errorf("Certificate(%d, %d, %d) = %v, want field %s", tc.year, tc.lv, tc.serial, err, tc.field)
		}
	}
	if _, err := (Filing{}).Certificate(2020, level.Five, 1); err == nil {
		t.Error("zero Filing built a certificate")
	}
	for _, bad := range []string{"S000034010000", "S00003401000", "S000034010001205000001", "S100034010001"} {
		if _, err := ParseFiling(bad); err == nil {
			t.Errorf("ParseFiling(%q) accepted", bad)
		}
	}
	if _, err := ParseFilingAs("S000034010001", Guangdong); err == nil {
		t.Error("ParseFilingAs guangdong accepted an Anhui filing")
	}
}

func TestNew(t *testing.T) {
	c, err := New(Fields{Employer, "0001", "44", "001005", 2020, level.Five, 1})
	if err != nil || c != MustParse("Y000144001005205000001") {
		t.Fatalf("New = %v, %v", c, err)
	}
	if got := c.Fields(); got != (Fields{Employer, "0001", "44", "001005", 2020, level.Five, 1}) {
		t.Errorf("Fields = %+v", got)
	}
	for _, tc := range []struct {
		f     Fields
		field string
	}{
		{Fields{Employer, "001", "44", "001005", 2020, level.Five, 1}, "institution"},
		{Fields{Employer, "0001", "440", "001005", 2020, level.Five, 1}, "province"},
		{Fields{Employer, "0001", "44", "01005", 2020, level.Five, 1}, "site"},
		{Fields{Employer, "0001", "44", "101005", 2020, level.Five, 1}, "area"},
		{Fields{'Q', "0001", "44", "001005", 2020, level.Five, 1}, "category"},
		{Fields{Employer, "0001", "44", "001005", 2018, level.Five, 1}, "year"},
		{Fields{Employer, "0001", "44", "001005", 2020, level.Five, -1}, "serial"},
	} {
		_, err := New(tc.f)
		var e *Error
		if !errors.As(err, &e) || e.Field != tc.field {
			t.Errorf("New(%+v) = %v, want field %s", tc.f, err, tc.field)
		}
	}
}

func TestCheckYear(t *testing.T) {
	c := MustParse("Y000144001005255000001")
	if err := c.CheckYear(2025); err != nil {
		t.Error(err)
	}
	err := c.CheckYear(2024)
	var e *Error
	if !errors.As(err, &e) || e.Field != "year" || e.Pos != 14 || !errors.Is(err, ErrYear) {
		t.Errorf("CheckYear(2024) = %v", err)
	}
}

func TestZeroValues(t *testing.T) {
	var c Code
	var f Filing
	var k Card
	if c.IsValid() || c.String() != "" || c.Grouped() != "" || c.Year() != 0 || c.Level() != 0 || c.Serial() != 0 ||
		c.Institution() != "" || c.Fields() != (Fields{}) {
		t.Error("zero Code reads as a code")
	}
	if f.IsValid() || f.String() != "" || f.Grouped() != "" || f.Unit() != UnitUnknown {
		t.Error("zero Filing reads as a filing")
	}
	if k.IsValid() || k.String() != "" || k.Grouped() != "" || k.Year() != 0 || k.Serial() != 0 || k.Issuer() != "" {
		t.Error("zero Card reads as a card")
	}
	if Scheme(0).String() != "" || Unit(99).String() != "" || Category('Q').String() != "" {
		t.Error("invalid enum values have names")
	}
}

func TestSchemes(t *testing.T) {
	for _, s := range Schemes() {
		got, ok := ParseScheme(s.String())
		if !ok || got != s || s.Document() == "" || s.Source() == "" {
			t.Errorf("scheme %d: %v %v %q", s, got, ok, s.Document())
		}
	}
	if _, ok := ParseScheme("liaoning"); ok {
		t.Error("liaoning is not a rule the documents define (A6)")
	}
}

func TestText(t *testing.T) {
	type rec struct {
		Code   Code   `json:"code"`
		Filing Filing `json:"filing"`
		Card   Card   `json:"card"`
		Empty  Code   `json:"empty"`
	}
	in := rec{MustParse("Y000144001005205000001"), MustParseFiling("S000034010001"), MustParseCard("R44210001"), Code{}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"code":"Y000144001005205000001","filing":"S000034010001","card":"R44210001","empty":""}`
	if string(b) != want {
		t.Errorf("json = %s", b)
	}
	var out rec
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("json round trip: %+v, %v", out, err)
	}
	if err := json.Unmarshal([]byte(`{"code":"Y000144101005205000001"}`), &out); !errors.Is(err, ErrArea) {
		t.Errorf("bad JSON code: %v", err)
	}
	if err := json.Unmarshal([]byte(`{"code":"Y 0001 44 001005 20 5 000001"}`), &out); err != nil || out.Code != in.Code {
		t.Errorf("grouped JSON code: %v", err)
	}
	b, _ = in.Code.AppendText([]byte("code="))
	if string(b) != "code=Y000144001005205000001" {
		t.Errorf("AppendText = %s", b)
	}
}

func TestSQL(t *testing.T) {
	var c Code
	for _, src := range []any{"Y000144001005205000001", []byte("Y000144001005205000001")} {
		if err := c.Scan(src); err != nil || c.String() != "Y000144001005205000001" {
			t.Errorf("Scan(%T) = %v, %v", src, c, err)
		}
	}
	if v, _ := c.Value(); v != "Y000144001005205000001" {
		t.Errorf("Value = %v", v)
	}
	if err := c.Scan(nil); err != nil || c.IsValid() {
		t.Errorf("Scan(nil) = %v, %v", c, err)
	}
	if v, _ := c.Value(); v != nil {
		t.Errorf("zero Value = %v, want NULL", v)
	}
	if err := c.Scan(42); err == nil {
		t.Error("Scan(int) accepted")
	}
	if err := c.Scan("Y0001"); !errors.Is(err, ErrLength) {
		t.Errorf("Scan(bad) = %v", err)
	}
	var f Filing
	var k Card
	if f.Scan("S000034010001") != nil || k.Scan([]byte("Y000123210001")) != nil {
		t.Error("Filing or Card Scan failed")
	}
	if v, _ := f.Value(); v != "S000034010001" {
		t.Errorf("filing Value = %v", v)
	}
	if v, _ := k.Value(); v != "Y000123210001" {
		t.Errorf("card Value = %v", v)
	}
}

// fullWidthOf writes the printable ASCII of s in full width.
func fullWidthOf(s string) string {
	return strings.Map(func(r rune) rune {
		if r > ' ' && r < 0x7f {
			return r + 0xfee0
		}
		return r
	}, s)
}
