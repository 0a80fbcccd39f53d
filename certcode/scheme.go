package certcode

import (
	"database/sql/driver"
	"strconv"
	"strings"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/internal/textvalue"
)

// Scheme is a coding rule for positions 8–13 of a certificate number: the
// national rule or one of the four provincial rules that define those
// positions. Which rule governs a number follows from its province (positions
// 6–7) and category (position 1); ParseAs checks by one named rule.
type Scheme uint8

// The five coding rules.
const (
	National  Scheme = iota + 1 // 人社鉴发〔2019〕2号 附件1《职业技能等级证书编码规则（试行）》
	Guangdong                   // 《广东省职业技能等级证书编码规则实施方案（企业2021版）》
	Henan                       // 豫职鉴〔2020〕2号 附件1《河南省职业技能等级证书编码规则（试行）》, with 豫职鉴〔2021〕1号
	Anhui                       // 皖人社秘〔2020〕65号 附件3《职业技能等级认定机构备案号及证书编码方案（试行）》
	Chongqing                   // 渝人社发〔2020〕42号 附件6《企业职业技能等级证书编码规则》
)

// Schemes lists the five rules in the order of their constants.
func Schemes() []Scheme { return []Scheme{National, Guangdong, Henan, Anhui, Chongqing} }

// field names a part of a code, for errors and Parts.
type field uint8

const (
	fNone field = iota // the whole code: its length and structure
	fCategory
	fInstitution
	fProvince
	fArea
	fUnit // Guangdong's unit kind, Henan's position 10
	fSequence
	fSite // positions 8–13 where the rule does not split them
	fYear
	fLevel
	fSerial
	nFields
)

// fieldNames are the Field names of errors (skillcert.Error.Field).
var fieldNames = [nFields]string{
	fCategory: "category", fInstitution: "institution", fProvince: "province", fArea: "area",
	fUnit: "unit kind", fSequence: "sequence", fSite: "site", fYear: "year", fLevel: "level", fSerial: "serial",
}

// rule is what a coding rule says about positions 1–13, as data (the rules of
// the five documents, and the project's reading of them where they are
// silent; see the package documentation). It is the one table of what each
// province's rule is: certcode's checks, certgen's generators, registry's
// ranges and filing's profiles read it through SchemeFor and the Scheme
// methods. Whether positions 8–9 are an area code follows from region, which
// holds the area tables the rules print; what position 10 names is the units
// table below.
type rule struct {
	name     string // Scheme.String
	document string // the document, in Chinese
	cite     string // the public citation of the coding annex
	province string // positions 6–7 the rule is for; "" for any (national)
	yOnly    bool   // defines positions 8–13 for 用人单位 (Y) only
	zeroInst bool   // positions 2–5 are always 0000 (Anhui)
	area     bool   // positions 8–9 are an area code of the province's table: region.HasAreas(province), set by init
	// seqFrom is the position where the sequence starts: 10, or 11 for
	// Guangdong, whose position 10 is the unit kind; 0 for national.
	// seqMin and seqMax are its range (DECISIONS.md D4).
	seqFrom, seqMin, seqMax int
	unitCite                string // the citation of position 10 where a document other than the annex defines it
	groups                  []int  // group lengths of the grouped form the document prints
	// sections are the articles of the annex that define each field,
	// appended to cite; sections[fNone] defines the structure.
	sections [nFields]string
	// certSections, where set, replace sections for the fields a
	// certificate number adds to a filing number (Anhui's annex has two
	// parts).
	certSections [nFields]string
}

// rules is indexed by Scheme; rules[0] is the empty rule of an invalid Scheme.
// Seed lines: national 003 L2502–2620, Guangdong 002 L683–999, Henan
// 003 L4155–4296 and L4499–4537, Anhui 004 L216–410, Chongqing 000 L571–787.
var rules = [...]rule{
	National: {
		name: "national", document: "人社鉴发〔2019〕2号《职业技能等级证书编码规则（试行）》",
		cite: "人社鉴发〔2019〕2号 附件1", groups: []int{1, 4, 2, 6, 2, 1, 6},
		sections: [nFields]string{fNone: "一", fCategory: "二（一）", fInstitution: "二（二）", fProvince: "二（三）",
			fSite: "二（四）", fYear: "二（五）", fLevel: "二（六）", fSerial: "二（七）"},
	},
	Guangdong: {
		name: "guangdong", document: "《广东省职业技能等级证书编码规则实施方案（企业2021版）》",
		cite: "广东省职业技能等级证书编码规则实施方案（企业2021版）", province: "44", yOnly: true,
		seqFrom: 11, seqMin: 0, seqMax: 999, groups: []int{1, 4, 2, 6, 2, 1, 6}, // 002 L997 "Y 0001 44 001005 20 5 000001"
		sections: [nFields]string{fNone: "一", fCategory: "二（一）", fInstitution: "二（二）", fProvince: "二（三）",
			fSite: "二（四）", fArea: "二（四）（1）", fUnit: "二（四）（2）", fSequence: "二（四）（3）", // 002 L863–960
			fYear: "二（五）", fLevel: "二（六）", fSerial: "二（七）"},
	},
	Henan: {
		name: "henan", document: "豫职鉴〔2020〕2号《河南省职业技能等级证书编码规则（试行）》, 豫职鉴〔2021〕1号",
		cite: "豫职鉴〔2020〕2号 附件1", province: "41", unitCite: "豫职鉴〔2021〕1号",
		seqFrom: 10, seqMin: 0, seqMax: 9999, groups: []int{1, 4, 2, 2, 4, 2, 1, 6}, // 003 L4274 "Y 0001 41 00 XXXX 19 5 000001"
		sections: [nFields]string{fNone: "一", fCategory: "二（一）", fInstitution: "二（二）", fProvince: "二（三）",
			fArea: "二（四）", fSite: "二（四）（五）", fUnit: "二（五）", fSequence: "二（五）", // 003 L4229–4249
			fYear: "二（六）", fLevel: "二（七）", fSerial: "二（八）"},
	},
	Anhui: {
		name: "anhui", document: "皖人社秘〔2020〕65号 附件3《职业技能等级认定机构备案号及证书编码方案（试行）》",
		cite: "皖人社秘〔2020〕65号 附件3", province: "34", zeroInst: true,
		seqFrom: 10, seqMin: 1, seqMax: 9999, groups: []int{1, 4, 2, 2, 4, 2, 1, 6}, // 004 L316 "S 0000 34 01 0001"
		sections: [nFields]string{fNone: "第一部分 一", fCategory: "第一部分 二（一）", fInstitution: "第一部分 二（二）", // 004 L226–310
			fProvince: "第一部分 二（三）", fArea: "第一部分 二（四）", fSite: "第一部分 二（四）（五）", fSequence: "第一部分 二（五）"},
		certSections: [nFields]string{fNone: "第二部分 一", fYear: "第二部分 二（二）", fLevel: "第二部分 二（三）", fSerial: "第二部分 二（四）"}, // 004 L332–406
	},
	Chongqing: {
		name: "chongqing", document: "渝人社发〔2020〕42号 附件6《企业职业技能等级证书编码规则》",
		cite: "渝人社发〔2020〕42号 附件6", province: "50", yOnly: true,
		seqFrom: 10, seqMin: 1, seqMax: 9999, groups: []int{1, 4, 2, 2, 4, 2, 1, 6}, // 000 L641–648
		sections: [nFields]string{fNone: "一", fCategory: "二（一）", fInstitution: "二（二）", fProvince: "二（三）", // 000 L651–777
			fArea: "二（四）", fSite: "二（四）（五）", fSequence: "二（五）", fYear: "二（六）", fLevel: "二（七）", fSerial: "二（八）"},
	},
}

// source returns the citation of the article that defines field f under
// rule s, for a certificate number (cert) or a filing number, from a table
// built once, so that it does not allocate.
func (s Scheme) source(f field, cert bool) string {
	if !s.valid() {
		s = National
	}
	return sources[s][btoi(cert)][f]
}

// sources holds every citation source returns.
var sources = func() (t [Chongqing + 1][2][nFields]string) {
	for s := National; s <= Chongqing; s++ {
		r := &rules[s]
		for cert := range 2 {
			for f := range nFields {
				sec := r.sections[f]
				if cert == 1 && r.certSections[f] != "" {
					sec = r.certSections[f]
				}
				if sec == "" {
					sec = r.sections[fNone]
				}
				t[s][cert][f] = r.cite + " " + sec
				if f == fUnit && r.unitCite != "" {
					t[s][cert][f] = r.unitCite
				}
			}
		}
	}
	return t
}()

func (s Scheme) valid() bool { return s >= National && s <= Chongqing }

func (s Scheme) rule() *rule {
	if !s.valid() {
		return &rules[0]
	}
	return &rules[s]
}

// String returns "national", "guangdong", "henan", "anhui" or "chongqing"; a
// value that is none of the five prints as "Scheme(9)".
func (s Scheme) String() string {
	if !s.valid() {
		return "Scheme(" + strconv.Itoa(int(s)) + ")"
	}
	return rules[s].name
}

// Document returns the document that defines the rule, in Chinese, or "" for
// a value that is none of the five.
func (s Scheme) Document() string { return s.rule().document }

// Source returns the public citation of the rule's coding annex, for example
// "皖人社秘〔2020〕65号 附件3", or "" for a value that is none of the five.
func (s Scheme) Source() string { return s.rule().cite }

// Province returns the province code the rule is for, or "" for the national
// rule, which serves every province.
func (s Scheme) Province() string { return s.rule().province }

// ParseScheme returns the Scheme whose String is name ("national",
// "guangdong", "henan", "anhui" or "chongqing", in any case, surrounding
// spaces ignored). Any other name is a *skillcert.Error of kind
// skillcert.ErrUnknown with cause ErrScheme.
func ParseScheme(name string) (Scheme, error) {
	t := strings.TrimSpace(name)
	for _, s := range Schemes() {
		if strings.EqualFold(t, rules[s].name) {
			return s, nil
		}
	}
	return 0, &skillcert.Error{Pkg: "certcode", What: "coding rule", Input: name, Kind: skillcert.ErrUnknown, Cause: ErrScheme,
		Want: "national, guangdong, henan, anhui or chongqing", WantZH: "national、guangdong、henan、anhui 或 chongqing"}
}

// AppendText appends the String form of a valid Scheme to b; a value that is
// none of the five is an error wrapping skillcert.ErrArgument.
func (s Scheme) AppendText(b []byte) ([]byte, error) {
	if !s.valid() {
		return b, schemeArgError(s, "scheme")
	}
	return append(b, rules[s].name...), nil
}

// MarshalText returns the String form of a valid Scheme.
func (s Scheme) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText sets s from a name ParseScheme reads; an empty text sets the
// zero Scheme.
func (s *Scheme) UnmarshalText(text []byte) error { return textvalue.Unmarshal(s, text, ParseScheme) }

// Scan implements database/sql.Scanner for string, []byte and NULL columns.
func (s *Scheme) Scan(src any) error { return textvalue.Scan(s, src, ParseScheme) }

// Value implements database/sql/driver.Valuer: the name, or NULL for the
// zero Scheme; a value that is none of the five is an error.
func (s Scheme) Value() (driver.Value, error) {
	if s == 0 {
		return nil, nil
	}
	b, err := s.AppendText(nil)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// schemeArgError is the error for a Scheme value that is none of the five.
func schemeArgError(s Scheme, what string) *skillcert.Error {
	return &skillcert.Error{Pkg: "certcode", What: what, Input: s.String(), Field: "scheme", Got: strconv.Itoa(int(s)),
		Kind: skillcert.ErrArgument, Cause: ErrScheme,
		Want: "one of the constants National, Guangdong, Henan, Anhui, Chongqing", WantZH: "National、Guangdong、Henan、Anhui、Chongqing 之一"}
}

// SchemeFor returns the coding rule that governs positions 8–13 of a number of
// category cat filed in province (positions 6–7, two digits): the province's
// own rule where it has one that covers the category, the national rule
// otherwise. Guangdong's and Chongqing's rules define positions 8–13 for
// employers (Y) only, so an S number there falls to the national rule. A
// province code that is not in the province table of 人社鉴发〔2019〕2号
// 附件1 表4, or a category other than Employer and SocialOrg, gives the
// zero Scheme. It does not allocate.
func SchemeFor(province string, cat Category) Scheme {
	if len(province) != 2 || province[0] < '0' || province[0] > '9' || province[1] < '0' || province[1] > '9' ||
		(cat != Employer && cat != SocialOrg) {
		return 0
	}
	return Scheme(picks[catIndex(byte(cat))][num2(province[0], province[1])])
}

// schemeFor picks the rule for a category and province code (DECISIONS.md
// D1) from the rules table; init builds the picks table SchemeFor and check
// read from it.
func schemeFor(cat byte, province string) Scheme {
	for s := Guangdong; s <= Chongqing; s++ {
		if r := &rules[s]; r.province == province && (cat == byte(Employer) || !r.yOnly) {
			return s
		}
	}
	return National
}

// EmployersOnly reports whether the rule defines positions 8–13 for employers
// (用人单位, category Y) only, as Guangdong's and Chongqing's do.
func (s Scheme) EmployersOnly() bool { return s.rule().yOnly }

// HasAreas reports whether positions 8–9 are an area code of the province's
// own table (region.Areas), as under the four provincial rules.
func (s Scheme) HasAreas() bool { return s.rule().area }

// Sequence returns where the institution's sequence starts (position 10, or
// 11 under Guangdong's rule, whose position 10 is the unit kind; it ends at
// position 13) and the range the rule allows: 000–999 for Guangdong, any four
// digits for Henan, 0001–9999 for Anhui and Chongqing. The national rule,
// which leaves positions 8–13 to the province, gives 0, 0, 0.
func (s Scheme) Sequence() (from, lo, hi int) {
	r := s.rule()
	return r.seqFrom, r.seqMin, r.seqMax
}

// Units returns the units position 10 names in an employer's (Y) number under
// the rule, in the order of their constants: StateOwned, NonStateOwned and
// OtherUnit for Guangdong, Enterprise and TechnicalSchool for Henan, none for
// the others. The slice is a fresh copy.
func (s Scheme) Units() []Unit {
	var out []Unit
	for u := range units {
		if units[u].scheme == s && s != 0 {
			out = append(out, Unit(u))
		}
	}
	return out
}

// Category is position 1 of a certificate or filing number: the kind of
// evaluation institution (评价机构类别代码, 人社鉴发〔2019〕2号 附件1 二（一）).
type Category byte

// The two categories.
const (
	Employer  Category = 'Y' // 用人单位: assesses its own staff
	SocialOrg Category = 'S' // 社会培训评价组织: assesses the public
)

// String returns the Chinese name, "用人单位" or "社会培训评价组织"; any other
// value prints as "Category(Q)", or "Category(0)" for the zero Category.
func (c Category) String() string {
	switch c {
	case Employer:
		return "用人单位"
	case SocialOrg:
		return "社会培训评价组织"
	}
	if c > ' ' && c < 0x7f {
		return "Category(" + string(rune(c)) + ")"
	}
	return "Category(" + strconv.Itoa(int(c)) + ")"
}

// English returns "employer" or "social training and evaluation
// organisation", or "" for any other value.
func (c Category) English() string {
	switch c {
	case Employer:
		return "employer"
	case SocialOrg:
		return "social training and evaluation organisation"
	}
	return ""
}

// Unit is what a provincial rule's position 10 says about the institution.
type Unit uint8

// The units positions 8–13 can name. UnitUnknown is every code whose rule does
// not give position 10 a meaning.
const (
	UnitUnknown     Unit = iota
	StateOwned           // 国有企业: Guangdong position 10 = 1 (广东省…实施方案（企业2021版） 二（四）2)
	NonStateOwned        // 非国有企业: Guangdong position 10 = 2
	OtherUnit            // 其他: Guangdong position 10 = 3
	Enterprise           // Henan Y code, position 10 = 0–8 (豫职鉴〔2021〕1号)
	TechnicalSchool      // Henan Y code, position 10 = 9: 技工院校职业技能等级认定中心 (豫职鉴〔2021〕1号)
)

// units is what position 10 of an employer's number names, by rule: the
// digits that name each unit (DECISIONS.md D4, D5).
var units = [...]struct {
	zh, en string
	scheme Scheme
	lo, hi byte // the digits of position 10 that name the unit
}{
	UnitUnknown:     {"", "", 0, 0, 0},
	StateOwned:      {"国有企业", "state-owned enterprise", Guangdong, '1', '1'}, // 广东…实施方案（企业2021版） 二（四）2
	NonStateOwned:   {"非国有企业", "non-state-owned enterprise", Guangdong, '2', '2'},
	OtherUnit:       {"其他", "other unit", Guangdong, '3', '3'},
	Enterprise:      {"企业", "enterprise", Henan, '0', '8'}, // 豫职鉴〔2021〕1号
	TechnicalSchool: {"技工院校职业技能等级认定中心", "technical school assessing its own students", Henan, '9', '9'},
}

// String returns the unit's Chinese name as the documents print it, "" for
// UnitUnknown; a value that is none of the constants prints as "Unit(9)".
func (u Unit) String() string {
	if int(u) >= len(units) {
		return "Unit(" + strconv.Itoa(int(u)) + ")"
	}
	return units[u].zh
}

// English returns the unit's English name, or "" for UnitUnknown and values
// that are none of the constants.
func (u Unit) English() string {
	if int(u) >= len(units) {
		return ""
	}
	return units[u].en
}

// Scheme returns the rule whose position 10 names the unit: Guangdong or
// Henan, or the zero Scheme for UnitUnknown and values that are none of the
// constants.
func (u Unit) Scheme() Scheme {
	if int(u) >= len(units) {
		return 0
	}
	return units[u].scheme
}

// Digits returns the digits of position 10 that name the unit, lo to hi: '1',
// '1' for StateOwned; '0', '8' for Enterprise; 0, 0 for UnitUnknown and values
// that are none of the constants.
func (u Unit) Digits() (lo, hi byte) {
	if int(u) >= len(units) {
		return 0, 0
	}
	return units[u].lo, units[u].hi
}

// unitAt returns the unit that digit d of position 10 names under rule s in
// an employer's number, or UnitUnknown.
func unitAt(s Scheme, d byte) Unit {
	for u := StateOwned; int(u) < len(units); u++ {
		if x := &units[u]; x.scheme == s && x.lo <= d && d <= x.hi {
			return u
		}
	}
	return UnitUnknown
}
