package certcode_test

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/skillcert/skillcert"
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
		c.AreaName(), c.Site().String(), c.Sequence(), c.Unit(), c.Year(), c.Level(), c.Serial(), c.Filing().String(), c.Grouped()}
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
	// where the site code goes: an error that says "placeholder", at the
	// character of the input as written.
	for _, tc := range []struct {
		in       string
		pos, end int
		field    string
	}{
		{"Y000123XXXXXX195000001", 8, 8, "site"},
		{"S000123XXXXXX195000001", 8, 8, "site"},
		{"Y000011XXXXXX195000001", 8, 8, "site"},
		{"S000011XXXXXX195000001", 8, 8, "site"},
		{"Y 0001 41 00 XXXX 19 5 000001", 14, 14, "sequence"},
		{"S 0001 41 00 XXXX 19 5 000001", 14, 14, "sequence"},
		{"Y 0000 41 00 XXXX 19 5 000001", 14, 14, "sequence"},
		{"S 0000 41 00 XXXX 19 5 000001", 14, 14, "sequence"},
		{"Y 0000 41 12 XXXX 19 5 000001", 14, 14, "sequence"},
		{"y000123xxxxxx195000001", 8, 8, "site"},
		{"Ｙ　０００１　２３　ＸＸＸＸＸＸ　１９　５　０００００１", 11, 11, "site"},
	} {
		_, err := Parse(tc.in)
		var e *skillcert.Error
		if !errors.As(err, &e) || !errors.Is(err, ErrPlaceholder) || !errors.Is(err, ErrCharacter) || !errors.Is(err, skillcert.ErrSyntax) {
			t.Fatalf("Parse(%q) = %v, want a placeholder error", tc.in, err)
		}
		if e.Pos != tc.pos || e.End != tc.end || e.Field != tc.field || e.Input != tc.in || !strings.Contains(err.Error(), "placeholder") {
			t.Errorf("Parse(%q): %v (field %s, characters %d–%d), want %s %d–%d", tc.in, err, e.Field, e.Pos, e.End, tc.field, tc.pos, tc.end)
		}
	}
}

func TestInvalid(t *testing.T) {
	for _, tc := range []struct {
		in       string
		kind     error
		cause    error
		field    string
		pos, end int
		source   string
	}{
		{"", skillcert.ErrLength, nil, "", 0, 0, "人社鉴发〔2019〕2号 附件1 一"},
		{"Y00014400100520500000", skillcert.ErrLength, nil, "", 0, 0, "人社鉴发〔2019〕2号 附件1 一"},
		{"Y0001440010052050000011", skillcert.ErrLength, nil, "", 0, 0, "人社鉴发〔2019〕2号 附件1 一"},
		{"Y0001,44001005205000001", skillcert.ErrSyntax, ErrCharacter, "character", 6, 6, "人社鉴发〔2019〕2号 附件1 一"}, // a stray comma is named, not the length
		{"A000144001005205000001", skillcert.ErrUnknown, ErrCategory, "category", 1, 1, "人社鉴发〔2019〕2号 附件1 二（一）"},
		{"X000144001005205000001", skillcert.ErrUnknown, ErrCategory, "category", 1, 1, "人社鉴发〔2019〕2号 附件1 二（一）"},
		{"5000144001005205000001", skillcert.ErrSyntax, ErrCategory, "category", 1, 1, "人社鉴发〔2019〕2号 附件1 二（一）"},
		{"Y00O144001005205000001", skillcert.ErrSyntax, ErrCharacter, "institution", 4, 4, "人社鉴发〔2019〕2号 附件1 二（二）"}, // letter O is not read as zero
		{"S000134010001205000001", skillcert.ErrRange, ErrInstitution, "institution", 2, 5, "皖人社秘〔2020〕65号 附件3 第一部分 二（二）"},
		{"Y000110001005205000001", skillcert.ErrUnknown, ErrProvince, "province", 6, 7, "人社鉴发〔2019〕2号 附件1 二（三）"},
		{"Y000199001005205000001", skillcert.ErrUnknown, ErrProvince, "province", 6, 7, "人社鉴发〔2019〕2号 附件1 二（三）"},
		{"Y000160001005205000001", skillcert.ErrUnknown, ErrProvince, "province", 6, 7, "人社鉴发〔2019〕2号 附件1 二（三）"},
		{"Y000144101005205000001", skillcert.ErrUnknown, ErrArea, "area", 8, 9, "广东省职业技能等级证书编码规则实施方案（企业2021版） 二（四）（1）"}, // Guangdong has no 10
		{"Y000144111005205000001", skillcert.ErrUnknown, ErrArea, "area", 8, 9, "广东省职业技能等级证书编码规则实施方案（企业2021版） 二（四）（1）"}, // nor 11
		{"Y000041290001205000001", skillcert.ErrUnknown, ErrArea, "area", 8, 9, "豫职鉴〔2020〕2号 附件1 二（四）"},                 // Henan ends at 28
		{"S000034150001205000001", skillcert.ErrUnknown, ErrArea, "area", 8, 9, "皖人社秘〔2020〕65号 附件3 第一部分 二（四）"},          // 15 is GB/T 2260's 六安, not Anhui's 24
		{"Y000050420001205000001", skillcert.ErrUnknown, ErrArea, "area", 8, 9, "渝人社发〔2020〕42号 附件6 二（四）"},
		{"Y000144000005205000001", skillcert.ErrUnknown, ErrSite, "unit kind", 10, 10, "广东省职业技能等级证书编码规则实施方案（企业2021版） 二（四）（2）"}, // unit kind 0
		{"Y000144004005205000001", skillcert.ErrUnknown, ErrSite, "unit kind", 10, 10, "广东省职业技能等级证书编码规则实施方案（企业2021版） 二（四）（2）"}, // unit kind 4
		{"S000034010000205000001", skillcert.ErrRange, ErrSite, "sequence", 10, 13, "皖人社秘〔2020〕65号 附件3 第一部分 二（五）"},             // sequence 0000
		{"Y000050000000205000001", skillcert.ErrRange, ErrSite, "sequence", 10, 13, "渝人社发〔2020〕42号 附件6 二（五）"},
		{"Y000144001005185000001", skillcert.ErrRange, ErrYear, "year", 14, 15, "广东省职业技能等级证书编码规则实施方案（企业2021版） 二（五）"},
		{"S000034010001005000001", skillcert.ErrRange, ErrYear, "year", 14, 15, "皖人社秘〔2020〕65号 附件3 第二部分 二（二）"},
		{"Y000144001005200000001", skillcert.ErrRange, ErrLevel, "level", 16, 16, "广东省职业技能等级证书编码规则实施方案（企业2021版） 二（六）"},
		{"Y000144001005206000001", skillcert.ErrRange, ErrLevel, "level", 16, 16, "广东省职业技能等级证书编码规则实施方案（企业2021版） 二（六）"},
		{"Y000144001005205000000", skillcert.ErrRange, ErrSerial, "serial", 17, 22, "广东省职业技能等级证书编码规则实施方案（企业2021版） 二（七）"},
		{"Y000111000000205000000", skillcert.ErrRange, ErrSerial, "serial", 17, 22, "人社鉴发〔2019〕2号 附件1 二（七）"},
		// Several defects: the first in position order is reported.
		{"Y000144101005186000000", skillcert.ErrUnknown, ErrArea, "area", 8, 9, "广东省职业技能等级证书编码规则实施方案（企业2021版） 二（四）（1）"},
		{"Y000199001005186000000", skillcert.ErrUnknown, ErrProvince, "province", 6, 7, "人社鉴发〔2019〕2号 附件1 二（三）"},
		// Positions count characters of the input as written.
		{"Y 0001 44 101005 20 5 000001", skillcert.ErrUnknown, ErrArea, "area", 11, 12, "广东省职业技能等级证书编码规则实施方案（企业2021版） 二（四）（1）"},
		{"Ｙ０００１４４１０１００５２０５０００００１", skillcert.ErrUnknown, ErrArea, "area", 8, 9, "广东省职业技能等级证书编码规则实施方案（企业2021版） 二（四）（1）"},
		{"Ｙ　０００１　４４　００１００５　２０　５　００００００", skillcert.ErrRange, ErrSerial, "serial", 23, 28, "广东省职业技能等级证书编码规则实施方案（企业2021版） 二（七）"},
		{"  y-0001-44-001005-20-5-00000O", skillcert.ErrSyntax, ErrCharacter, "serial", 30, 30, "广东省职业技能等级证书编码规则实施方案（企业2021版） 二（七）"},
	} {
		_, err := Parse(tc.in)
		var e *skillcert.Error
		if !errors.As(err, &e) {
			t.Errorf("Parse(%q) = %v, want *skillcert.Error", tc.in, err)
			continue
		}
		if !errors.Is(err, tc.kind) || e.Kind != tc.kind || (tc.cause != nil && !errors.Is(err, tc.cause)) || e.Field != tc.field ||
			e.Pos != tc.pos || e.End != tc.end || e.Input != tc.in || e.Source != tc.source || e.Pkg != "certcode" || e.What != "certificate number" {
			t.Errorf("Parse(%q) = %v\n\tgot kind %v field %q characters %d–%d source %s\n\twant %v %q %d–%d %s",
				tc.in, err, e.Kind, e.Field, e.Pos, e.End, e.Source, tc.kind, tc.field, tc.pos, tc.end, tc.source)
		}
		if tc.pos > 0 {
			if want := string([]rune(tc.in)[tc.pos-1 : tc.end]); e.Got != want {
				t.Errorf("Parse(%q): Got %q, want %q as written", tc.in, e.Got, want)
			}
		}
		if tc.in != "" && !strings.Contains(err.Error(), strconv.Quote(tc.in)) {
			t.Errorf("message %q does not quote the input", err)
		}
		if tc.in == "" && !strings.Contains(err.Error(), "not 0") {
			t.Errorf("message %q does not say the input is empty", err)
		}
		if e.Want == "" || e.WantZH == "" || e.Chinese() == "" {
			t.Errorf("Parse(%q): no Want or WantZH: %+v", tc.in, e)
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
		var e *skillcert.Error
		if !errors.As(err, &e) || e.Field != tc.field || e.Pos != tc.pos {
			t.Errorf("ParseAs(%q, %v) = %v; want field %s pos %d", tc.in, tc.sc, err, tc.field, tc.pos)
		}
		if tc.field == "scheme" && (!errors.Is(err, ErrScheme) || !errors.Is(err, skillcert.ErrArgument)) {
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
		var e *skillcert.Error
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
		var e *skillcert.Error
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
	var e *skillcert.Error
	if !errors.As(err, &e) || e.Field != "year" || e.Pos != 14 || e.End != 15 || e.Got != "25" || !errors.Is(err, ErrYear) || !errors.Is(err, skillcert.ErrRange) {
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
	if k.IsValid() || k.String() != "" || k.Grouped() != "" || k.Year() != 0 || k.Serial() != 0 || k.Issuer().String() != "" {
		t.Error("zero Card reads as a card")
	}
	for _, tc := range []struct{ got, want string }{
		{Scheme(0).String(), "Scheme(0)"}, {Scheme(9).String(), "Scheme(9)"}, {Unit(99).String(), "Unit(99)"},
		{Category('Q').String(), "Category(Q)"}, {Category(0).String(), "Category(0)"}, {Scheme(9).Document(), ""},
		{c.Province(), ""}, {c.Area(), ""}, {c.Sequence(), ""}, {c.Site().String(), ""}, {c.ProvinceName(), ""}, {c.AreaName(), ""},
		{f.Institution(), ""}, {f.ProvinceName(), ""}, {k.Holder(), ""}, {k.IssuerName(), ""}, {k.Issuer().String(), ""},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
	if _, err := Scheme(9).MarshalText(); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("Scheme(9).MarshalText: %v", err)
	}
	if err := c.CheckYear(2030); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("zero Code CheckYear: %v", err)
	}
	if _, err := f.Certificate(2020, level.Five, 1); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("zero Filing Certificate: %v", err)
	}
	for range c.Parts() {
		t.Error("the zero Code has parts")
	}
	for range f.Parts() {
		t.Error("the zero Filing has parts")
	}
	for range k.Parts() {
		t.Error("the zero Card has parts")
	}
	if b, err := c.AppendText(nil); err != nil || len(b) != 0 || c.Compare(Code{}) != 0 || c.Compare(MustParse("Y000144001005205000001")) >= 0 {
		t.Error("zero Code text or order")
	}
}

func TestSchemes(t *testing.T) {
	for _, s := range Schemes() {
		got, err := ParseScheme(s.String())
		if err != nil || got != s || s.Document() == "" || s.Source() == "" {
			t.Errorf("scheme %d: %v %v %q", s, got, err, s.Document())
		}
		if got, err := ParseScheme(" " + strings.ToUpper(s.String())); err != nil || got != s {
			t.Errorf("ParseScheme upper case %v: %v", s, err)
		}
		b, err := s.MarshalText()
		var back Scheme
		if err != nil || back.UnmarshalText(b) != nil || back != s {
			t.Errorf("scheme %v text round trip: %s %v", s, b, err)
		}
		if v, err := s.Value(); err != nil || v != s.String() {
			t.Errorf("scheme %v Value = %v, %v", s, v, err)
		}
		if back.Scan(nil) != nil || back != 0 || back.Scan([]byte(s.String())) != nil || back != s {
			t.Errorf("scheme %v Scan", s)
		}
		if strings.Contains(s.Source(), " L") {
			t.Errorf("scheme %v cites a seed line: %s", s, s.Source())
		}
	}
	_, err := ParseScheme("liaoning") // not a rule the documents define (A6)
	var e *skillcert.Error
	if !errors.As(err, &e) || !errors.Is(err, skillcert.ErrUnknown) || !errors.Is(err, ErrScheme) || e.Input != "liaoning" {
		t.Errorf("ParseScheme(liaoning) = %v", err)
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
	if err := c.Scan("Y0001"); !errors.Is(err, skillcert.ErrLength) {
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

// Positions are exact however long the input is (they once were byte offsets
// kept in 16 bits, which wrapped past 65,535 bytes), and a message quotes a
// short prefix of a huge input, never all of it.
func TestHugeInput(t *testing.T) {
	for _, tc := range []struct {
		pad      string
		pos, end int
	}{
		{strings.Repeat(" ", 70000), 70008, 70009},
		{strings.Repeat("\u3000", 70000), 70008, 70009}, // 210,000 bytes of ideographic spaces
		{strings.Repeat("\u00a0", 40000), 40008, 40009},
	} {
		in := tc.pad + "Y000144101005205000001"
		_, err := Parse(in)
		var e *skillcert.Error
		if !errors.As(err, &e) || e.Field != "area" || e.Pos != tc.pos || e.End != tc.end || e.Got != "10" || e.Input != in {
			t.Errorf("padded by %d characters: %v at %d–%d, want area at %d–%d", utf8.RuneCountInString(tc.pad), err, e.Pos, e.End, tc.pos, tc.end)
		}
		if n := len(err.Error()); n > 600 {
			t.Errorf("message of %d bytes", n)
		}
	}
	huge := strings.Repeat("９", 5<<20)
	for _, parse := range []func(string) error{
		func(s string) error { _, err := Parse(s); return err },
		func(s string) error { _, err := ParseFiling(s); return err },
		func(s string) error { _, err := ParseCard(s); return err },
	} {
		err := parse(huge)
		var e *skillcert.Error
		if !errors.As(err, &e) || !errors.Is(err, skillcert.ErrLength) || e.Input != huge {
			t.Fatalf("5 MB input: %.200v", err)
		}
		for _, msg := range []string{err.Error(), e.Chinese()} {
			if n := utf8.RuneCountInString(msg); n > 400 || !strings.Contains(msg, "…") {
				t.Errorf("5 MB input: message of %d characters: %.300s", n, msg)
			}
		}
		if !strings.Contains(err.Error(), "5242880 characters") {
			t.Errorf("5 MB input: the message does not give the length: %.300s", err)
		}
	}
	// A stray character far in: named at its character, not its byte.
	in := strings.Repeat("Ｙ", 30000) + "," // 90,000 bytes
	_, err := Parse(in)
	var e *skillcert.Error
	if !errors.As(err, &e) || e.Field != "character" || e.Pos != 30001 || e.Got != "," {
		t.Errorf("stray comma after 30,000 full-width letters: %v at %d", err, e.Pos)
	}
}
