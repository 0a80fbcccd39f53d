package certcode

import (
	"strconv"
	"strings"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/internal/fold"
	"github.com/skillcert/skillcert/region"
)

// Positions of the fields (1-based), shared by certificate and filing numbers.
const (
	posInstitution = 2
	posProvince    = 6
	posSite        = 8
	posSeq         = 10
	posYear        = 14
	posLevel       = 16
	posSerial      = 17
	filingLen      = 13
)

// The ranges of positions 14–22, the same under every coding rule: the issue
// year is read as 20YY and cannot precede the national rule of 2019-04-19
// (人社鉴发〔2019〕2号 附件1 二（五）), and serials run from 000001 to 999999
// for each filing number, year and level (人社鉴发〔2019〕2号 附件1 二（七）).
// Every package of the module takes these ranges from here.
const (
	MinYear   = 2019   // the first issue year a certificate number can carry
	MaxYear   = 2099   // the last year positions 14–15 can express
	MaxSerial = 999999 // the highest serial, positions 17–22
)

// minYear is MinYear (DECISIONS.md D6).
const minYear = MinYear

// defect is the first thing check finds wrong with a code.
type defect uint8

const (
	noDefect       defect = iota
	badChar               // a character other than a digit where a digit belongs
	badCategory           // position 1 is neither Y nor S
	badCategoryY          // S under a rule that defines positions 8–13 for Y only (D1)
	badInstitution        // positions 2–5 are not 0000 under Anhui's rule
	badProvince           // positions 6–7 are not in the 35-row table (D2)
	badProvinceOf         // positions 6–7 are not the named rule's province
	badArea               // positions 8–9 are not in the province's area table (D3)
	badUnitKind           // Guangdong position 10 is not 1, 2 or 3 (D4)
	badSequence           // a 0001–9999 sequence is 0000 (D4)
	badYear               // positions 14–15 are before 19 (D6)
	badLevel              // position 16 is not 1–5 (D7)
	badSerial             // positions 17–22 are 000000 (D4)
)

// check validates b, a filing number (13 characters) or a certificate number
// (22), field by field in position order, by the rule fixed, or by the rule
// DECISIONS.md D1 picks when fixed is 0. It returns the rule, the first defect
// and where it is. digits says that positions 2 … len(b) are known to be
// digits. It is the one place the rules of positions 1–22 are applied, and it
// does not allocate.
func check(b string, digits bool, fixed Scheme) (Scheme, defect, int) {
	n := len(b)
	_ = b[filingLen-1] // one bounds check for positions 1–13
	sc, fl := fixed, flagsOf[fixed]
	nd := 0 // position of the first non-digit in 2 … n, 0 if none
	if !digits {
		for i := 1; i < n; i++ {
			if c := b[i]; c < '0' || c > '9' {
				nd = i + 1
				break
			}
		}
	}

	// Position 1: category (003 L2518–2524).
	if b[0] != byte(Employer) && b[0] != byte(SocialOrg) {
		return sc, badCategory, 1
	}
	if fl&yOnly != 0 && b[0] != byte(Employer) {
		return sc, badCategoryY, 1
	}
	// Positions 2–5: institution, 0001–9999 from MOHRSS or 0000 (003 L2530–2536).
	if within(nd, posProvince-1) {
		return sc, badChar, nd
	}
	inst0 := b[1:5] == "0000" // one four-byte compare
	// Positions 6–7 choose the rule that then judges positions 2–5 (Anhui).
	if within(nd, posSite-1) {
		return sc, badChar, nd
	}
	prov := num2(b[posProvince-1], b[posProvince])
	p := picks[catIndex(b[0])][prov]
	picked := Scheme(p)
	switch {
	case fl&provincial != 0 && Scheme(picks[catIndex('Y')][prov]) != fixed: // Y: every provincial rule covers it
		return sc, badProvinceOf, posProvince
	case picked == 0:
		if fl&zeroInst != 0 && !inst0 {
			return sc, badInstitution, posInstitution
		}
		return sc, badProvince, posProvince
	case fixed == 0:
		sc, fl = picked, ruleFlags(p>>8)
	}
	if fl&zeroInst != 0 && !inst0 {
		return sc, badInstitution, posInstitution
	}
	// Positions 8–13: the site code, as the rule splits it.
	if fl&area != 0 {
		if within(nd, posSeq-1) {
			return sc, badChar, nd
		}
		if a := num2(b[posSite-1], b[posSite]); areaBits[prov][a>>6]&(1<<(a&63)) == 0 {
			return sc, badArea, posSite
		}
	}
	if within(nd, filingLen) {
		return sc, badChar, nd
	}
	if fl&unitKind != 0 && unitDigits[sc]>>(b[posSeq-1]-'0')&1 == 0 {
		return sc, badUnitKind, posSeq
	}
	if fl&seqNonZero != 0 && b[9:13] == "0000" {
		return sc, badSequence, rules[sc].seqFrom
	}
	if n == filingLen {
		return sc, noDefect, 0
	}
	// Positions 14–22: year, level, serial.
	_ = b[maxLen-1]
	if within(nd, posLevel-1) {
		return sc, badChar, nd
	}
	if num2(b[posYear-1], b[posYear]) < minYear%100 {
		return sc, badYear, posYear
	}
	if within(nd, posLevel) {
		return sc, badChar, nd
	}
	if b[posLevel-1] < '1' || b[posLevel-1] > '5' {
		return sc, badLevel, posLevel
	}
	if within(nd, maxLen) {
		return sc, badChar, nd
	}
	if b[16:22] == "000000" {
		return sc, badSerial, posSerial
	}
	return sc, noDefect, 0
}

// serialRange is MaxSerial's range as the documents print it.
var serialRange = "000001–" + strconv.Itoa(MaxSerial)

// explanation says, per defect, which field it is, its kind and cause, how
// many characters it covers and what the rule wants there.
var explanation = [...]struct {
	field        field
	kind, cause  error
	n            int
	want, wantZH string
}{
	badChar: {0, skillcert.ErrSyntax, ErrCharacter, 1, "a digit", "数字"},
	badCategory: {fCategory, skillcert.ErrUnknown, ErrCategory, 1,
		"Y (用人单位) or S (社会培训评价组织)", "Y（用人单位）或 S（社会培训评价组织）"},
	badCategoryY: {fCategory, skillcert.ErrUnknown, ErrCategory, 1,
		"Y (用人单位): this rule defines positions 8–13 for employers only; check an S number by the national rule",
		"Y（用人单位）：该规则只规定用人单位的第8–13位，S 类编号按全国规则校验"},
	badInstitution: {fInstitution, skillcert.ErrRange, ErrInstitution, 4,
		"0000: every institution is filed with the province", "0000（固定取值）"},
	badProvince: {fProvince, skillcert.ErrUnknown, ErrProvince, 2,
		"a code of the 35-row province table", "省级代码表中的代码"},
	badProvinceOf: {fProvince, skillcert.ErrUnknown, ErrProvince, 2, "", ""},
	badArea:       {fArea, skillcert.ErrUnknown, ErrArea, 2, "", ""},
	badUnitKind:   {fUnit, skillcert.ErrUnknown, ErrSite, 1, "", ""},   // unitWant
	badSequence:   {fSequence, skillcert.ErrRange, ErrSite, 0, "", ""}, // seqWant
	badYear: {fYear, skillcert.ErrRange, ErrYear, 2,
		"19–99 (2019–2099): the coding rule dates from 2019-04-19", "19–99（2019–2099年）：编码规则自2019年4月19日起施行"},
	badLevel: {fLevel, skillcert.ErrRange, ErrLevel, 1,
		"1–5 (1 = 一级/高级技师 … 5 = 五级/初级工)", "1–5（1为一级/高级技师……5为五级/初级工）"},
	badSerial: {fSerial, skillcert.ErrRange, ErrSerial, 6, serialRange, serialRange},
}

// explain turns a defect that check found at position pos of the folded code
// b into an error about the caller's input.
func explain(input, what string, b string, sc Scheme, d defect, pos int) *skillcert.Error {
	x := explanation[d]
	f, n := x.field, x.n
	e := newError(what, input, "", x.kind, x.cause)
	e.Want, e.WantZH = x.want, x.wantZH
	switch d {
	case badChar:
		f = fieldAt(pos, sc)
		if b[pos-1] == 'X' {
			e.Cause = ErrPlaceholder
			e.Want, e.WantZH = "a digit, not the template's placeholder X", "数字，而不是模板中的占位符 X"
		}
	case badCategory:
		if c := b[0]; c < 'A' || c > 'Z' {
			e.Kind = skillcert.ErrSyntax
		}
	case badProvinceOf:
		p, _ := region.LookupProvince(sc.Province())
		e.Want = p.Code + " (" + p.Name + "), the province of the " + sc.String() + " rule"
		e.WantZH = p.Code + "（" + p.Name + "）"
	case badArea:
		e.Want, e.WantZH = areaLists[sc][0], areaLists[sc][1]
	case badUnitKind:
		e.Want, e.WantZH = unitWant[sc][0], unitWant[sc][1]
	case badSequence:
		n = filingLen - pos + 1
		e.Want, e.WantZH = seqWant[sc][0], seqWant[sc][1]
	}
	e.Field = fieldNames[f]
	e.Source = sc.source(f, what == whatCode)
	locate(e, pos, n)
	return e
}

// locate sets Pos, End and Got of e to the n folded characters from position
// pos, as the caller wrote them in e.Input.
func locate(e *skillcert.Error, pos, n int) {
	var start, stop int
	e.Pos, e.End, start, stop = fold.Span(e.Input, pos-1, pos-2+n)
	e.Got = e.Input[start:stop]
}

// fieldAt names the field at a position under a rule, for character errors.
func fieldAt(pos int, sc Scheme) field {
	r := &rules[0]
	if sc.valid() {
		r = &rules[sc]
	}
	switch {
	case pos == 1:
		return fCategory
	case pos < posProvince:
		return fInstitution
	case pos < posSite:
		return fProvince
	case pos <= filingLen && !r.area:
		return fSite
	case pos < posSeq:
		return fArea
	case pos == posSeq && r.seqFrom > posSeq: // a unit kind before the sequence (Guangdong)
		return fUnit
	case pos <= filingLen:
		return fSequence
	case pos < posLevel:
		return fYear
	case pos == posLevel:
		return fLevel
	}
	return fSerial
}

// lengthError reports a wrong length: n characters were read where want
// belong. A character that is neither a letter nor a digit, at folded
// position bad, is named first, since it is the likelier cause.
func lengthError(input, what string, n, bad int, wantText, wantZH, source string) *skillcert.Error {
	if bad != 0 {
		e := newError(what, input, "character", skillcert.ErrSyntax, ErrCharacter)
		e.Want, e.WantZH, e.Source = "a letter or a digit", "字母或数字", source
		locate(e, bad, 1)
		return e
	}
	e := newError(what, input, "", skillcert.ErrLength, nil)
	e.Want = wantText + ", not " + strconv.Itoa(n)
	e.WantZH = wantZH + "，实有" + strconv.Itoa(n) + "位"
	e.Source = source
	return e
}

func num2(tens, ones byte) int { return int(tens-'0')*10 + int(ones-'0') }

// Look-up arrays derived from the region tables at start-up, so that checking
// a code indexes arrays rather than hashing strings.
var (
	// picks is DECISIONS.md D1 as a table: for a category (by catIndex) and
	// a province code, the rule (low byte) and its flags (high byte); 0 for
	// a code not in the province table. One load gives check both.
	picks [2][100]pick
	// areaBits has a bit per area code of each province's area table.
	areaBits  [100][2]uint64
	areaOK    [100][100]bool           // areaBits as bytes, for parseCanonical
	areaLists [Chongqing + 1][2]string // what each rule's area table allows, for errors, in English and Chinese
	flagsOf   [Chongqing + 1]ruleFlags // each rule's booleans as bits
	// unitDigits has bit d set where digit d of position 10 names a unit of
	// the rule (the units table); unitKind is set where it is not every digit.
	unitDigits [Chongqing + 1]uint16
	unitWant   [Chongqing + 1][2]string // the units of each rule, for errors
	seqWant    [Chongqing + 1][2]string // the sequence range of each rule, for errors
)

// pick is a rule and its flags, as picks holds them.
type pick uint16

// ruleFlags packs the booleans of a rule.
type ruleFlags uint8

const (
	provincial ruleFlags = 1 << iota
	yOnly
	zeroInst
	area
	unitKind
	seqNonZero
)

func init() {
	var kinds [Chongqing + 1][2][]string
	for u := StateOwned; int(u) < len(units); u++ {
		x := &units[u]
		for d := x.lo; d <= x.hi; d++ {
			unitDigits[x.scheme] |= 1 << (d - '0')
		}
		if x.lo == x.hi { // the units the rule limits position 10 to
			kinds[x.scheme][0] = append(kinds[x.scheme][0], string(x.lo)+" ("+x.zh+")")
			kinds[x.scheme][1] = append(kinds[x.scheme][1], string(x.lo)+"（"+x.zh+"）")
		}
	}
	for s, k := range kinds {
		if n := len(k[0]); n > 1 {
			unitWant[s] = [2]string{"unit kind " + strings.Join(k[0][:n-1], ", ") + " or " + k[0][n-1],
				strings.Join(k[1][:n-1], "、") + "或 " + k[1][n-1]}
		}
	}
	for s := National; s <= Chongqing; s++ {
		r := &rules[s]
		r.area = r.province != "" && region.HasAreas(r.province)
		if r.seqFrom != 0 {
			w := filingLen - r.seqFrom + 1
			lo, hi := digitString(r.seqMin, w), digitString(r.seqMax, w)
			seqWant[s] = [2]string{"a sequence from " + lo + " to " + hi, lo + "–" + hi}
		}
		for _, f := range []struct {
			on  bool
			bit ruleFlags
		}{{r.province != "", provincial}, {r.yOnly, yOnly}, {r.zeroInst, zeroInst}, {r.area, area}, {unitDigits[s] != 0 && unitDigits[s] != 1<<10-1, unitKind}, {r.seqMin > 0, seqNonZero}} {
			if f.on {
				flagsOf[s] |= f.bit
			}
		}
	}
	for _, p := range region.Provinces() {
		for _, c := range []byte{'Y', 'S'} {
			sc := schemeFor(c, p.Code)
			picks[catIndex(c)][code2(p.Code)] = pick(sc) | pick(flagsOf[sc])<<8
		}
	}
	for _, s := range Schemes() {
		p := s.Province()
		if p == "" {
			continue
		}
		for _, a := range region.Areas(p) {
			n := code2(a.Code)
			areaBits[code2(p)][n>>6] |= 1 << (n & 63)
			areaOK[code2(p)][n] = true
		}
		name, _ := region.LookupProvince(p)
		list := ranges(region.Areas(p))
		areaLists[s] = [2]string{"a code of the " + name.Name + " area table: " + list, name.Name + "地区代码表中的代码：" + list}
	}
}

// ranges writes the codes of a table as "00–09, 12–20, 51–53".
func ranges(rows []region.Area) string {
	var parts []string
	for i := 0; i < len(rows); {
		j := i
		for j+1 < len(rows) && code2(rows[j+1].Code) == code2(rows[j].Code)+1 {
			j++
		}
		if i == j {
			parts = append(parts, rows[i].Code)
		} else {
			parts = append(parts, rows[i].Code+"–"+rows[j].Code)
		}
		i = j + 1
	}
	return strings.Join(parts, ", ")
}

func code2(s string) int { n, _ := strconv.Atoi(s); return n }

// within reports whether position p, 0 for none, is at or before end.
func within(p, end int) bool { return p != 0 && p <= end }

// catIndex maps Y to 1 and S to 0 by bit 3, the bit in which the two letters
// differ ('Y' = 0x59, 'S' = 0x53).
func catIndex(c byte) int { return int(c>>3) & 1 }
