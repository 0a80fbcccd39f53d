package certcode

// Scheme is a coding rule for positions 8–13 of a certificate number: the
// national rule or one of the four provincial rules that define those
// positions (DECISIONS.md D1).
type Scheme uint8

// The five coding rules.
const (
	National  Scheme = iota + 1 // 人社鉴发〔2019〕2号 (003 L2502–2620)
	Guangdong                   // 广东省职业技能等级证书编码规则实施方案（企业2021版） (002 L683–999)
	Henan                       // 豫职鉴〔2020〕2号 + 豫职鉴〔2021〕1号 (003 L4155–4296, L4499–4537)
	Anhui                       // 皖人社秘〔2020〕65号 附件3 (004 L216–410)
	Chongqing                   // 渝人社发〔2020〕42号 附件6 (000 L571–787)
)

// Schemes lists the five rules in the order of their constants.
func Schemes() []Scheme { return []Scheme{National, Guangdong, Henan, Anhui, Chongqing} }

// rule is what a coding rule says about positions 1–13, as data. The values are
// from RULES.md A1–A5 and DECISIONS.md D1, D3–D5.
type rule struct {
	name       string // Scheme.String
	document   string // the document, in Chinese
	source     string // seed file and lines of the coding annex
	province   string // positions 6–7 the rule is for; "" for any (national)
	yOnly      bool   // defines positions 8–13 for 用人单位 (Y) only (D1)
	zeroInst   bool   // positions 2–5 are always 0000 (Anhui, 004 L254)
	area       bool   // positions 8–9 are an area code of the province's table (D3)
	unitKind   bool   // position 10 is Guangdong's unit kind 1–3 (D4, 002 L938–956)
	henan10    bool   // position 10 tells enterprise 0–8 from technical school 9 for Y (D5)
	seqFrom    int    // position where the sequence starts: 10, or 11 for Guangdong; 0 for national
	seqNonZero bool   // the sequence runs 0001–9999, so 0000 is invalid (D4: Anhui, Chongqing)
	groups     []int  // group lengths of the grouped form the document prints
	siteSrc    string // where the document defines positions 8–13
	areaSrc    string // … positions 8–9, where the rule has an area
	unitSrc    string // … position 10, where it has a meaning of its own
	seqSrc     string // … the sequence
}

// rules is indexed by Scheme; rules[0] is the empty rule of an invalid Scheme.
var rules = [...]rule{
	National: {
		name: "national", document: "人社鉴发〔2019〕2号《职业技能等级证书编码规则（试行）》",
		source: "003 L2502–2620", groups: []int{1, 4, 2, 6, 2, 1, 6}, siteSrc: "003 L2561",
	},
	Guangdong: {
		name: "guangdong", document: "《广东省职业技能等级证书编码规则实施方案（企业2021版）》",
		source: "002 L683–999", province: "44", yOnly: true, area: true, unitKind: true,
		seqFrom: 11, groups: []int{1, 4, 2, 6, 2, 1, 6}, // 002 L997 "Y 0001 44 001005 20 5 000001"
		siteSrc: "002 L863–867", areaSrc: "002 L869–936", unitSrc: "002 L938–956", seqSrc: "002 L959–960",
	},
	Henan: {
		name: "henan", document: "豫职鉴〔2020〕2号《河南省职业技能等级证书编码规则（试行）》, 豫职鉴〔2021〕1号",
		source: "003 L4155–4296, L4499–4537", province: "41", area: true, henan10: true,
		seqFrom: 10, groups: []int{1, 4, 2, 2, 4, 2, 1, 6}, // 003 L4274 "Y 0001 41 00 XXXX 19 5 000001"
		siteSrc: "003 L4229–4249", areaSrc: "003 L4229–4245", unitSrc: "003 L4503, L4537", seqSrc: "003 L4247–4249",
	},
	Anhui: {
		name: "anhui", document: "皖人社秘〔2020〕65号 附件3《职业技能等级认定机构备案号及证书编码方案（试行）》",
		source: "004 L216–410", province: "34", zeroInst: true, area: true,
		seqFrom: 10, seqNonZero: true, groups: []int{1, 4, 2, 2, 4, 2, 1, 6}, // 004 L316 "S 0000 34 01 0001"
		siteSrc: "004 L258–310", areaSrc: "004 L258–308", seqSrc: "004 L310",
	},
	Chongqing: {
		name: "chongqing", document: "渝人社发〔2020〕42号 附件6《企业职业技能等级证书编码规则》",
		source: "000 L571–787", province: "50", yOnly: true, area: true,
		seqFrom: 10, seqNonZero: true, groups: []int{1, 4, 2, 2, 4, 2, 1, 6}, // 000 L641–648
		siteSrc: "000 L658–771", areaSrc: "000 L658–769", seqSrc: "000 L771",
	},
}

func (s Scheme) valid() bool { return s >= National && s <= Chongqing }

func (s Scheme) rule() *rule {
	if !s.valid() {
		return &rules[0]
	}
	return &rules[s]
}

// String returns "national", "guangdong", "henan", "anhui" or "chongqing", or
// "" for an invalid Scheme.
func (s Scheme) String() string { return s.rule().name }

// Document returns the document that defines the rule, in Chinese.
func (s Scheme) Document() string { return s.rule().document }

// Source returns the seed file and lines of the rule's coding annex, for
// example "004 L216–410".
func (s Scheme) Source() string { return s.rule().source }

// Province returns the province code the rule is for, or "" for the national
// rule, which serves every province.
func (s Scheme) Province() string { return s.rule().province }

// ParseScheme returns the Scheme whose String is name.
func ParseScheme(name string) (Scheme, bool) {
	for _, s := range Schemes() {
		if s.String() == name {
			return s, true
		}
	}
	return 0, false
}

// schemeFor picks the rule for a category and province code (DECISIONS.md
// D1): the provincial rule where the province has one that covers the
// category, the national rule otherwise. An S code in 44 or 50 falls to the
// national rule, since Guangdong and Chongqing define positions 8–13 for
// employers only. check reads it from the picks table built at start-up.
func schemeFor(cat byte, province string) Scheme {
	for s := Guangdong; s <= Chongqing; s++ {
		if r := &rules[s]; r.province == province && (cat == byte(Employer) || !r.yOnly) {
			return s
		}
	}
	return National
}

// Category is position 1 of a certificate or filing number: the kind of
// evaluation institution (评价机构类别代码, 003 L2518–2524).
type Category byte

// The two categories.
const (
	Employer  Category = 'Y' // 用人单位: assesses its own staff
	SocialOrg Category = 'S' // 社会培训评价组织: assesses the public
)

// String returns the Chinese name, "用人单位" or "社会培训评价组织", or "" for
// anything else.
func (c Category) String() string {
	switch c {
	case Employer:
		return "用人单位"
	case SocialOrg:
		return "社会培训评价组织"
	}
	return ""
}

// English returns "employer" or "social training and evaluation organisation".
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
	StateOwned           // 国有企业: Guangdong position 10 = 1 (002 L949–950)
	NonStateOwned        // 非国有企业: Guangdong position 10 = 2 (002 L952–953)
	OtherUnit            // 其他: Guangdong position 10 = 3 (002 L955–956)
	Enterprise           // Henan Y code, position 10 = 0–8 (003 L4503; D5)
	TechnicalSchool      // Henan Y code, position 10 = 9: 技工院校职业技能等级认定中心 (003 L4537; D5)
)

var unitNames = [...][2]string{
	UnitUnknown:     {"", ""},
	StateOwned:      {"国有企业", "state-owned enterprise"},
	NonStateOwned:   {"非国有企业", "non-state-owned enterprise"},
	OtherUnit:       {"其他", "other unit"},
	Enterprise:      {"企业", "enterprise"},
	TechnicalSchool: {"技工院校职业技能等级认定中心", "technical school assessing its own students"},
}

// String returns the unit's Chinese name as the documents print it.
func (u Unit) String() string {
	if int(u) >= len(unitNames) {
		return ""
	}
	return unitNames[u][0]
}

// English returns the unit's English name.
func (u Unit) English() string {
	if int(u) >= len(unitNames) {
		return ""
	}
	return unitNames[u][1]
}
