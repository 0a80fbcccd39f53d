package filing

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/nationalid"
	"github.com/skillcert/skillcert/occupation"
	"github.com/skillcert/skillcert/region"
)

// Application is a filing application (备案申请) as plain values: what the
// forms of 渝人社发〔2020〕42号 附件1, 皖人社秘〔2020〕65号 附件1 and
// 豫职鉴〔2021〕1号 三（五） ask for.
type Application struct {
	Institution Institution
	Scope       []ScopeRow
	Examiners   []Examiner
	Filed       time.Time // the filing date
	TermYears   int       // the filing term asked for, in years; 0 when not stated
	Extension   bool      // the term includes Chongqing's 3-year extension (渝人社发〔2020〕42号 六（三）)
	CleanRecord bool      // no complaints or violations in the 3 years since filing (渝人社发〔2020〕42号 六（三）)
}

// Expiry returns the day the filing ends: Filed plus TermYears years, or the
// zero Time when either is not set.
func (a Application) Expiry() time.Time {
	if a.Filed.IsZero() || a.TermYears == 0 {
		return time.Time{}
	}
	return civil(a.Filed).AddDate(a.TermYears, 0, 0)
}

// Institution is the applicant.
type Institution struct {
	Category   certcode.Category // Y or S
	Name       string
	CreditCode string // 统一社会信用代码
	Province   string // two-digit province code
	Area       string // two-digit area code where the coding rule of the province and category has an area table (certcode.Scheme.HasAreas)
	Filing     string // the filing number (机构备案号) once assigned; "" before
}

// Basis is what a scope row is assessed against.
type Basis uint8

// The bases of assessment.
const (
	NationalStandard Basis = iota + 1 // 国家职业技能标准
	Specification                     // an enterprise or industry evaluation specification (评价规范)
)

// String returns "national standard" or "specification"; another value
// prints as "Basis(9)".
func (b Basis) String() string {
	switch b {
	case NationalStandard:
		return "national standard"
	case Specification:
		return "specification"
	}
	return "Basis(" + strconv.Itoa(int(b)) + ")"
}

// ScopeRow is one row of the evaluation scope (评价范围).
type ScopeRow struct {
	Code     string        // 职业编码, as written
	Name     string        // 职业名称, as written
	WorkType string        // 工种/职业方向; "" or "--" for none
	Levels   []level.Level // the levels filed
	Basis    Basis
	Mode     level.Mode // 定级评价 or 晋级评价; 0 when the profile does not ask
}

// Examiner is an examiner (考评员) of one occupation.
type Examiner struct {
	Name       string
	Occupation string         // 职业编码 of the occupation examined
	Grade      level.Examiner // 考评员 or 高级考评员
}

// Options changes what Check knows. The zero Options checks against the
// shipped tables.
type Options struct {
	// Dictionary is the occupation dictionary codes and names are checked
	// against: the shipped 2022 edition (occupation.Default()) when nil.
	// Build one with occupation.New to add the occupations, renames and work
	// types the ministry announced after the edition.
	Dictionary *occupation.Dictionary

	// WorkTypes is the table of work types and their standards' levels:
	// Dictionary.WorkTypes() when nil (the work types the documents print,
	// with those of the dictionary's overlays). Each province's rows are that
	// province's table, see occupation.WorkTypes.ForProvince.
	WorkTypes *occupation.WorkTypes
}

// checker collects the findings of one Check.
type checker struct {
	p    Profile
	out  []skillcert.Finding
	dict *occupation.Dictionary
	wt   *occupation.WorkTypes // every province's rows
	pwt  *occupation.WorkTypes // the rows of the profile's province and the national ones
}

// add records a finding of rule id at path, if profile p applies the rule.
func (c *checker) add(id, path string, args map[string]string) {
	r := ruleIndex[id]
	if r == nil {
		panic("filing: no rule " + id)
	}
	sev := r.severity[c.p]
	if sev == 0 {
		return
	}
	c.out = append(c.out, skillcert.Finding{Severity: sev, Rule: id, Field: path, Value: args["value"],
		Message: render(r.zh, args), English: render(r.en, args), Source: r.source})
}

// Check checks an application against the rules of profile p and returns
// every finding, in the order of the application's fields; Rules lists the
// rules with the documents they rest on. An application with no error
// finding may be filed under p as far as the machine-checkable rules go. A
// profile that does not exist gives one error finding, "filing.profile.unknown".
//
// Occupations are looked up in opt.Dictionary and work types in the table
// of the profile's province (Henan's 豫职鉴〔2021〕1号 三（五）, Anhui's
// 皖人社秘〔2020〕65号 附件1) with the national rows of opt.WorkTypes. Where
// the province has no table for an occupation (the national profile, and
// Guangdong, Chongqing and Liaoning for every occupation the documents print),
// a name some province's table prints is accepted and one none prints gives
// an info finding, "filing.worktype.unlisted".
func Check(app Application, p Profile, opt Options) []skillcert.Finding {
	if p == 0 || p >= numProfiles {
		return []skillcert.Finding{{Severity: skillcert.SeverityError, Rule: "filing.profile.unknown", Field: "profile", Value: p.String(),
			Message: "未知的规则集 " + p.String(), English: "unknown profile " + p.String() + "; use one of Profiles()"}}
	}
	c := &checker{p: p, dict: opt.Dictionary, wt: opt.WorkTypes}
	if c.dict == nil {
		c.dict = occupation.Default()
	}
	if c.wt == nil {
		c.wt = c.dict.WorkTypes()
	}
	c.pwt = c.wt.ForProvince(p.Province())
	c.institution(app.Institution)
	if len(app.Scope) == 0 {
		c.add("filing.scope.empty", "scope", nil)
	}
	rows := make([]occupation.Entry, len(app.Scope))
	seen := map[string]int{}
	for i, row := range app.Scope {
		path := "scope[" + strconv.Itoa(i) + "]"
		rows[i] = c.scopeRow(path, row)
		k := row.Code + "\x00" + normWorkType(row.WorkType) + "\x00" + strconv.Itoa(int(row.Basis))
		if j, dup := seen[k]; dup {
			c.add("filing.scope.duplicate", path, map[string]string{"other": strconv.Itoa(j)})
		} else {
			seen[k] = i
		}
	}
	c.examiners(app, rows)
	c.term(app)
	return c.out
}

func (c *checker) institution(in Institution) {
	switch {
	case in.Category != certcode.Employer && in.Category != certcode.SocialOrg:
		c.add("filing.institution.category", "institution.category", map[string]string{"value": string(in.Category)})
	case in.Category == certcode.SocialOrg:
		c.add("filing.institution.category-y", "institution.category", nil)
	}
	if strings.TrimSpace(in.Name) == "" {
		c.add("filing.institution.name", "institution.name", nil)
	}
	if _, err := nationalid.ParseCreditCode(in.CreditCode); err != nil {
		var e *skillcert.Error
		errors.As(err, &e)
		c.add("filing.institution.credit-code", "institution.creditCode", map[string]string{"value": in.CreditCode, "why": e.Chinese(), "whyEn": e.Error()})
	}
	prov, ok := region.LookupProvince(in.Province)
	if !ok {
		c.add("filing.institution.province", "institution.province", map[string]string{"value": in.Province})
		return
	}
	// The area is part of the number where the rule of the province and
	// category has an area table; a category already found wrong is read as Y.
	sc := certcode.SchemeFor(in.Province, in.Category)
	if sc == 0 {
		sc = certcode.SchemeFor(in.Province, certcode.Employer)
	}
	if sc.HasAreas() {
		if _, ok := region.LookupArea(in.Province, in.Area); !ok {
			c.add("filing.institution.area", "institution.area", map[string]string{"value": in.Area, "province": prov.Name})
		}
	}
	if in.Filing == "" {
		return
	}
	f, err := certcode.ParseFiling(in.Filing)
	if err != nil {
		var e *skillcert.Error
		errors.As(err, &e)
		c.add("filing.institution.filing", "institution.filing", map[string]string{"value": in.Filing,
			"why": e.Field + "（第 " + strconv.Itoa(e.Pos) + " 位）", "whyEn": err.Error()})
		return
	}
	for _, m := range []struct {
		ok                 bool
		part, partEn, want string
	}{
		{f.Category() == in.Category, "类别代码", "category", string(in.Category)},
		{f.Province() == in.Province, "省级代码", "province", in.Province},
		{f.Area() == "" || f.Area() == in.Area, "地区代码", "area", in.Area},
	} {
		if !m.ok {
			c.add("filing.institution.filing-mismatch", "institution.filing", map[string]string{"value": in.Filing, "part": m.part, "partEn": m.partEn, "want": m.want})
		}
	}
}

func normWorkType(s string) string {
	s = strings.TrimSpace(s)
	if s == "--" || s == "——" {
		return ""
	}
	return s
}

// scopeRow checks one row and returns its dictionary entry (zero when the code
// is unusable).
func (c *checker) scopeRow(path string, row ScopeRow) occupation.Entry {
	code, err := occupation.Parse(row.Code)
	if err != nil {
		var e *skillcert.Error
		errors.As(err, &e)
		c.add("filing.occupation.code", path+".code", map[string]string{"value": row.Code, "why": e.Chinese(), "whyEn": e.Error()})
		return occupation.Entry{}
	}
	e, ok := c.dict.Lookup(code)
	if !ok {
		c.add("filing.occupation.unknown", path+".code", map[string]string{"value": code.String()})
		return occupation.Entry{}
	}
	args := map[string]string{"value": code.String(), "name": e.Name, "level": code.Depth().String(), "levelEn": code.Depth().English()}
	if e.IsCategory() {
		c.add("filing.occupation.category", path+".code", args)
		return occupation.Entry{}
	}
	c.occupationName(path, row, e, args)
	c.catalogue(path, row, e)
	c.skillMajor(path, e)
	c.workType(path, row, e)
	c.levels(path, row, e)
	return e
}

// skillMajor reports an occupation outside majors 3–6: the national guide
// lists the skill occupations there (人社职司便函〔2021〕57号 附件1 二（六）,
// 003 L1576), a warning everywhere; Henan forbids major 2 (003 L4567), an
// error there that replaces the warning.
func (c *checker) skillMajor(path string, e occupation.Entry) {
	if occupation.IsSkillMajor(e.Code) {
		return
	}
	major, _ := c.dict.Lookup(e.Code.Up(occupation.Major))
	args := map[string]string{"value": e.Code.String(), "name": e.Name,
		"major": strconv.Itoa(e.Code.MajorNumber()), "majorZH": majorNumeralsZH[e.Code.MajorNumber()%len(majorNumeralsZH)], "majorName": major.Name}
	if occupation.IsProfessional(e.Code) && ruleIndex["filing.occupation.professional"].severity[c.p] != 0 {
		c.add("filing.occupation.professional", path+".code", args)
		return
	}
	c.add("filing.occupation.outside-skill-majors", path+".code", args)
}

// majorNumeralsZH writes the major categories' numbers as the documents do
// (第二大类).
var majorNumeralsZH = [...]string{"〇", "一", "二", "三", "四", "五", "六", "七", "八"}

// catalogue checks the occupation against the skilled-personnel part of
// 国家职业资格目录（2021年版）: an entry that licenses the whole occupation
// rejects it (or, to become 准入类, is reported as the profile says); an
// entry that licenses part of it (焊工, 社会体育指导员, DECISIONS.md D20)
// rejects only a work type that names the part, and else warns.
func (c *checker) catalogue(path string, row ScopeRow, e occupation.Entry) {
	var parts []occupation.CatalogueEntry
	for _, cat := range occupation.CatalogueEntriesFor(e.Code) {
		args := map[string]string{"value": e.Code.String(), "name": e.Name, "item": strconv.Itoa(cat.Item), "body": cat.Body}
		switch {
		case cat.Part != "":
			parts = append(parts, cat)
		case cat.Class == occupation.AccessClass:
			c.add("filing.occupation.access", path+".code", args)
		case cat.ToAccess:
			c.add("filing.occupation.to-access", path+".code", args)
		}
	}
	if len(parts) == 0 {
		return
	}
	wt := normWorkType(row.WorkType)
	named := false
	var part []string
	for _, p := range parts {
		named = named || p.NamesPart(wt)
		part = append(part, p.Part+"（实施部门："+p.Body+"）")
	}
	args := map[string]string{"value": row.WorkType, "name": e.Name, "item": strconv.Itoa(parts[0].Item), "part": strings.Join(part, "和")}
	if named {
		c.add("filing.occupation.access-part", path+".workType", args)
		return
	}
	args["value"] = e.Code.String()
	c.add("filing.occupation.restricted-part", path+".code", args)
}

// occupationName checks the written name: Henan wants it exactly as the
// dictionary prints it (003 L4569; the 2015 names the seeds print count, D15);
// elsewhere a name that look-up finds for the same code is enough.
func (c *checker) occupationName(path string, row ScopeRow, e occupation.Entry, args map[string]string) {
	name := strings.TrimSpace(row.Name)
	if name == "" {
		args["name"], args["want"] = row.Name, e.Name
		c.add("filing.occupation.name", path+".name", args)
		args["name"] = e.Name
		return
	}
	found, ok := c.dict.LookupName(name)
	n, _ := c.dict.NameOf(name)
	exact := name == e.Name || (n.Kind == occupation.FormerName && n.Edition == "2015" && n.Code == e.Code)
	if !ok || found.Code != e.Code || (c.p == Henan && !exact) {
		args["name"], args["want"] = name, e.Name
		c.add("filing.occupation.name", path+".name", args)
		args["name"] = e.Name
	}
}

// workType checks the work type against the table of the profile's province
// (with the national rows). Where that table has no row for the occupation,
// a name another province's table prints is accepted, and one none prints is
// noted.
func (c *checker) workType(path string, row ScopeRow, e occupation.Entry) {
	name := normWorkType(row.WorkType)
	if c.pwt.Known(e.Code) {
		if _, ok := c.pwt.Find(e.Code, name); ok {
			return
		}
		args := map[string]string{"value": row.WorkType, "name": e.Name, "known": workTypeNames(c.pwt.Of(e.Code))}
		args["where"], args["whereEn"] = c.tableName(c.pwt.Of(e.Code))
		if name == "" {
			c.add("filing.worktype.missing", path+".workType", args)
			return
		}
		c.add("filing.worktype.unknown", path+".workType", args)
		return
	}
	if name == "" || !c.wt.Known(e.Code) {
		return
	}
	if _, ok := c.wt.Find(e.Code, name); ok {
		return
	}
	c.add("filing.worktype.unlisted", path+".workType", map[string]string{"value": row.WorkType, "name": e.Name,
		"known": workTypeNames(c.wt.Of(e.Code))})
}

// tableName names the table rows come from: the province's, where one of
// them is a province's, else the caller's national table.
func (c *checker) tableName(rows []occupation.WorkType) (zh, en string) {
	for _, r := range rows {
		if r.Province != "" {
			if a, ok := region.LookupProvince(r.Province); ok {
				return a.Name, a.English + "'s table"
			}
		}
	}
	return "工种表", "the work-type table"
}

func workTypeNames(ws []occupation.WorkType) string {
	var names []string
	seen := map[string]bool{}
	for _, w := range ws {
		n := w.Name
		if n == "" {
			n = "--"
		}
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	return strings.Join(names, "、")
}

// standardOf returns the row of the occupation's work type that prints the
// national standard's levels: the profile's province's row where it prints
// them, else any province's (a national standard is the same everywhere).
func (c *checker) standardOf(code occupation.Code, name string) (occupation.WorkType, bool) {
	if w, ok := c.pwt.Find(code, name); ok && w.Levels != nil {
		return w, true
	}
	for _, w := range c.wt.Of(code) {
		if w.Name == name && w.Levels != nil {
			return w, true
		}
	}
	return occupation.WorkType{}, false
}

func (c *checker) levels(path string, row ScopeRow, e occupation.Entry) {
	if len(row.Levels) == 0 {
		c.add("filing.levels.empty", path+".levels", nil)
		return
	}
	std, stdKnown := c.standardOf(e.Code, normWorkType(row.WorkType))
	stdKnown = stdKnown && row.Basis == NationalStandard
	for i, lv := range row.Levels {
		lpath := path + ".levels[" + strconv.Itoa(i) + "]"
		if !lv.IsValid() {
			c.add("filing.levels.invalid", lpath, map[string]string{"value": strconv.Itoa(int(lv))})
			continue
		}
		if row.Mode == level.Grading && !level.Grading.Covers(lv) {
			c.add("filing.mode.grading", lpath, map[string]string{"level": lv.String()})
		}
		if stdKnown && !std.Covers(lv) {
			wtName := ""
			if std.Name != "" {
				wtName = "（" + std.Name + "）"
			}
			c.add("filing.levels.standard", lpath, map[string]string{"name": e.Name, "worktype": wtName, "level": lv.String(), "known": levelList(std.Levels)})
		}
	}
}

func levelList(ls []level.Level) string {
	var s []string
	for _, l := range ls {
		s = append(s, l.Grade())
	}
	return strings.Join(s, "、")
}

// examiners checks, per filed occupation, the number of examiners (Chongqing)
// and that some examiner's grade covers the highest level filed (D13).
func (c *checker) examiners(app Application, rows []occupation.Entry) {
	byCode := map[occupation.Code][]level.Examiner{}
	for i, ex := range app.Examiners {
		code, err := occupation.Parse(ex.Occupation)
		inScope := false
		for _, e := range rows {
			inScope = inScope || (err == nil && e.Code == code)
		}
		if !inScope {
			c.add("filing.examiners.occupation", "examiners["+strconv.Itoa(i)+"].occupation", map[string]string{"value": ex.Occupation})
			continue
		}
		byCode[code] = append(byCode[code], ex.Grade)
	}
	done := map[occupation.Code]bool{}
	for i, e := range rows {
		if e.Code == 0 {
			continue
		}
		path := "scope[" + strconv.Itoa(i) + "]"
		grades := byCode[e.Code]
		if !done[e.Code] && len(grades) < 3 {
			c.add("filing.examiners.count", path, map[string]string{"name": e.Name, "value": strconv.Itoa(len(grades))})
		}
		done[e.Code] = true
		top := level.Level(0)
		for _, lv := range app.Scope[i].Levels {
			if lv.IsValid() && (top == 0 || lv < top) {
				top = lv
			}
		}
		if top == 0 {
			continue
		}
		covered := false
		for _, g := range grades {
			covered = covered || g.Covers(top)
		}
		if !covered {
			want := level.Assessor
			if !want.Covers(top) {
				want = level.SeniorAssessor
			}
			c.add("filing.examiners.grade", path+".levels", map[string]string{"name": e.Name, "level": top.String(), "want": want.String(), "wantEn": want.English()})
		}
	}
}

// term checks the filing term: at most 3 years in Chongqing, Anhui and
// Liaoning; Chongqing may extend by 3 years after a clean record (000 L49,
// L79), which is not automatic (RULES.md H10), so the caller says whether it
// was granted.
func (c *checker) term(app Application) {
	if app.TermYears == 0 && !app.Extension {
		return
	}
	max := 3
	if app.Extension {
		if !app.CleanRecord {
			c.add("filing.term.extension", "extension", nil)
		}
		c.add("filing.term.extension-undefined", "extension", nil)
		if c.p == Chongqing {
			max = 6
		}
	}
	if app.TermYears > max {
		c.add("filing.term.max", "termYears", map[string]string{"value": strconv.Itoa(app.TermYears), "want": strconv.Itoa(max)})
	}
}
