package filing

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/occupation"
	"github.com/skillcert/skillcert/region"
)

// Application is a filing application (备案申请) as plain values: what the
// forms of 000 L100–160, 004 L60–150 and 003 L4575–4593 ask for.
type Application struct {
	Institution Institution
	Scope       []ScopeRow
	Examiners   []Examiner
	Filed       time.Time // the filing date
	TermYears   int       // the filing term asked for, in years; 0 when not stated
	Extension   bool      // the term includes Chongqing's 3-year extension (000 L79)
	CleanRecord bool      // no complaints or violations in the 3 years since filing (000 L79)
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
	Area       string // two-digit area code where the province's rule has an area table
	Filing     string // the filing number (机构备案号) once assigned; "" before
}

// Basis is what a scope row is assessed against.
type Basis uint8

// The bases of assessment.
const (
	NationalStandard Basis = iota + 1 // 国家职业技能标准
	Specification                     // an enterprise or industry evaluation specification (评价规范)
)

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

// Options changes what Check knows.
type Options struct {
	// WorkTypes is the table of work types and their standards' levels;
	// occupation.SeedWorkTypes() when nil.
	WorkTypes *occupation.WorkTypes
}

// checker collects the findings of one Check.
type checker struct {
	p   Profile
	out []Finding
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
	c.out = append(c.out, Finding{Severity: sev, Rule: id, Path: path,
		Message: render(r.zh, args), English: render(r.en, args), Source: r.source})
}

// Check checks an application against the rules of profile p (RULES.md B,
// DECISIONS.md D13, D16) and returns every finding, in the order of the
// application's fields. An application with no Error finding may be filed
// under p as far as the machine-checkable rules go.
func Check(app Application, p Profile, opt Options) []Finding {
	if p == 0 || p >= numProfiles {
		return []Finding{{Severity: Error, Rule: "profile.unknown", Path: "profile",
			Message: "未知的规则集 " + strconv.Itoa(int(p)), English: "unknown profile " + strconv.Itoa(int(p)) + "; use one of Profiles()",
			Source: "-"}}
	}
	c := &checker{p: p}
	wt := opt.WorkTypes
	if wt == nil {
		wt = occupation.SeedWorkTypes()
	}
	c.institution(app.Institution)
	if len(app.Scope) == 0 {
		c.add("scope.empty", "scope", nil)
	}
	rows := make([]occupation.Entry, len(app.Scope))
	seen := map[string]int{}
	for i, row := range app.Scope {
		path := "scope[" + strconv.Itoa(i) + "]"
		rows[i] = c.scopeRow(path, row, wt)
		k := row.Code + "\x00" + normWorkType(row.WorkType) + "\x00" + strconv.Itoa(int(row.Basis))
		if j, dup := seen[k]; dup {
			c.add("scope.duplicate", path, map[string]string{"other": strconv.Itoa(j)})
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
		c.add("institution.category", "institution.category", map[string]string{"value": string(in.Category)})
	case in.Category == certcode.SocialOrg:
		c.add("institution.category-y", "institution.category", nil)
	}
	if strings.TrimSpace(in.Name) == "" {
		c.add("institution.name", "institution.name", nil)
	}
	if err := CheckCreditCode(in.CreditCode); err != nil {
		var e *CreditCodeError
		errors.As(err, &e)
		c.add("institution.credit-code", "institution.creditCode", map[string]string{"value": in.CreditCode, "why": e.Reason, "whyEn": e.English})
	}
	prov, ok := region.LookupProvince(in.Province)
	if !ok {
		c.add("institution.province", "institution.province", map[string]string{"value": in.Province})
		return
	}
	if region.HasAreas(in.Province) {
		if _, ok := region.LookupArea(in.Province, in.Area); !ok {
			c.add("institution.area", "institution.area", map[string]string{"value": in.Area, "province": prov.Name})
		}
	}
	if in.Filing == "" {
		return
	}
	f, err := certcode.ParseFiling(in.Filing)
	if err != nil {
		var e *skillcert.Error
		errors.As(err, &e)
		c.add("institution.filing", "institution.filing", map[string]string{"value": in.Filing,
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
			c.add("institution.filing-mismatch", "institution.filing", map[string]string{"value": in.Filing, "part": m.part, "partEn": m.partEn, "want": m.want})
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
func (c *checker) scopeRow(path string, row ScopeRow, wt *occupation.WorkTypes) occupation.Entry {
	code, err := occupation.Parse(row.Code)
	if err != nil {
		var e *occupation.Error
		errors.As(err, &e)
		c.add("occupation.code", path+".code", map[string]string{"value": row.Code, "why": e.Reason, "whyEn": e.Reason})
		return occupation.Entry{}
	}
	e, ok := occupation.Lookup(code)
	if !ok {
		c.add("occupation.unknown", path+".code", map[string]string{"value": code.String()})
		return occupation.Entry{}
	}
	args := map[string]string{"value": code.String(), "name": e.Name, "level": code.Level().String(), "levelEn": code.Level().English()}
	if e.IsCategory() {
		c.add("occupation.category", path+".code", args)
		return occupation.Entry{}
	}
	c.occupationName(path, row, e, args)
	if cat, ok := occupation.CatalogueFor(code); ok {
		args["item"] = strconv.Itoa(cat.Item)
		if cat.Class == occupation.AccessClass {
			c.add("occupation.access", path+".code", args)
		} else if cat.ToAccess {
			c.add("occupation.to-access", path+".code", args)
		}
	}
	if occupation.IsProfessional(code) {
		c.add("occupation.professional", path+".code", args)
	}
	if !occupation.IsSkillMajor(code) && !occupation.IsProfessional(code) {
		// Major 2 has its own rule; warn about 1, 7, 8 for everyone.
		c.add("occupation.skill-major", path+".code", args)
	}
	c.workType(path, row, e, wt)
	c.levels(path, row, e, wt)
	return e
}

// occupationName checks the written name: Henan wants it exactly as the
// dictionary prints it (003 L4569; the 2015 names the seeds print count, D15);
// elsewhere a name that look-up finds for the same code is enough.
func (c *checker) occupationName(path string, row ScopeRow, e occupation.Entry, args map[string]string) {
	name := strings.TrimSpace(row.Name)
	if name == "" {
		args["name"], args["want"] = row.Name, e.Name
		c.add("occupation.name", path+".name", args)
		args["name"] = e.Name
		return
	}
	found, ok := occupation.LookupName(name)
	exact := name == e.Name
	for _, a := range occupation.Aliases2015() {
		exact = exact || (a.Code == e.Code && a.Name == name)
	}
	if !ok || found.Code != e.Code || (c.p == Henan && !exact) {
		args["name"], args["want"] = name, e.Name
		c.add("occupation.name", path+".name", args)
		args["name"] = e.Name
	}
}

func (c *checker) workType(path string, row ScopeRow, e occupation.Entry, wt *occupation.WorkTypes) {
	if !wt.Known(e.Code) {
		return
	}
	known := workTypeNames(wt.Of(e.Code))
	name := normWorkType(row.WorkType)
	if _, ok := wt.Find(e.Code, name); ok {
		return
	}
	args := map[string]string{"value": row.WorkType, "name": e.Name, "known": known}
	if name == "" {
		c.add("worktype.missing", path+".workType", args)
		return
	}
	c.add("worktype.unknown", path+".workType", args)
}

func workTypeNames(ws []occupation.WorkType) string {
	var names []string
	for _, w := range ws {
		n := w.Name
		if n == "" {
			n = "--"
		}
		names = append(names, n)
	}
	return strings.Join(names, "、")
}

func (c *checker) levels(path string, row ScopeRow, e occupation.Entry, wt *occupation.WorkTypes) {
	if len(row.Levels) == 0 {
		c.add("levels.empty", path+".levels", nil)
		return
	}
	std, stdKnown := wt.Find(e.Code, normWorkType(row.WorkType))
	stdKnown = stdKnown && std.Levels != nil && row.Basis == NationalStandard
	for i, lv := range row.Levels {
		lpath := path + ".levels[" + strconv.Itoa(i) + "]"
		if !lv.IsValid() {
			c.add("levels.invalid", lpath, map[string]string{"value": strconv.Itoa(int(lv))})
			continue
		}
		if row.Mode == level.Grading && !level.Grading.Covers(lv) {
			c.add("mode.grading", lpath, map[string]string{"level": lv.String()})
		}
		if stdKnown && !std.Covers(lv) {
			wtName := ""
			if std.Name != "" {
				wtName = "（" + std.Name + "）"
			}
			c.add("levels.standard", lpath, map[string]string{"name": e.Name, "worktype": wtName, "level": lv.String(), "known": levelList(std.Levels)})
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
			c.add("examiners.occupation", "examiners["+strconv.Itoa(i)+"].occupation", map[string]string{"value": ex.Occupation})
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
			c.add("examiners.count", path, map[string]string{"name": e.Name, "value": strconv.Itoa(len(grades))})
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
			c.add("examiners.grade", path+".levels", map[string]string{"name": e.Name, "level": top.String(), "want": want.String(), "wantEn": want.English()})
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
			c.add("term.extension", "extension", nil)
		}
		c.add("term.extension-undefined", "extension", nil)
		if c.p == Chongqing {
			max = 6
		}
	}
	if app.TermYears > max {
		c.add("term.max", "termYears", map[string]string{"value": strconv.Itoa(app.TermYears), "want": strconv.Itoa(max)})
	}
}

// String formats findings one per line, for logs and examples.
func String(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s %s %s: %s\n", f.Severity, f.Rule, f.Path, f.Message)
	}
	return b.String()
}
