package filing

import (
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/occupation"
)

const (
	revisedSince    = 2018 // 豫职鉴〔2021〕1号 三（四）: 2018年以来，已发布新版国家职业技能标准的职业
	specReviewers   = 5    // 豫人社函〔2022〕8号 三（四）: 经5人以上专家评审
	maxStandardRows = 100000
)

// Standard is one national occupational skill standard (国家职业技能标准), or
// one work type of it: the occupation, the work type, the levels it defines,
// the year it was issued or last revised, and the names it uses.
type Standard struct {
	Occupation occupation.Code
	Name       string        // the occupation's name as the standard writes it
	WorkType   string        // the work type or direction as the standard writes it; "" for none
	Levels     []level.Level // the levels it defines
	Year       int           // the year of issue or of the latest revision
	Former     []string      // earlier names of the work type (or occupation) that this revision replaced
	Line       int           // the line of the table it was read from
}

// Standards is a table of national occupational skill standards, read with
// ReadStandards. It holds no global state: load one per source and pass it in
// ApplicantOptions.
type Standards struct {
	rows   []Standard
	byCode map[occupation.Code][]int
}

// Len returns the number of rows.
func (t *Standards) Len() int {
	if t == nil {
		return 0
	}
	return len(t.rows)
}

// Of returns the rows of an occupation (a fresh slice), nil when it has no
// standard in the table.
func (t *Standards) Of(c occupation.Code) []Standard {
	if t == nil {
		return nil
	}
	var out []Standard
	for _, i := range t.byCode[c] {
		out = append(out, t.rows[i])
	}
	return out
}

// Find returns the row of occupation c whose work type is workType or names
// it among its former names ("" and "--" mean no work type), and whether there
// is one.
func (t *Standards) Find(c occupation.Code, workType string) (Standard, bool) {
	if t == nil {
		return Standard{}, false
	}
	w := noWorkType(workType)
	for _, i := range t.byCode[c] {
		if t.rows[i].WorkType == w {
			return t.rows[i], true
		}
	}
	for _, i := range t.byCode[c] {
		if w != "" && contains(t.rows[i].Former, w) {
			return t.rows[i], true
		}
	}
	return Standard{}, false
}

func noWorkType(w string) string {
	w = strings.TrimSpace(w)
	if w == "--" || w == "——" {
		return ""
	}
	return w
}

// standardsHeader is the header ReadStandards requires.
var standardsHeader = []string{"职业编码", "职业名称", "工种", "级别", "年份", "曾用名"}

// ReadStandards reads a table of national occupational skill standards from
// CSV in UTF-8. Lines starting with # are comments; blank lines are skipped.
// The first other line is the header, exactly
//
//	职业编码,职业名称,工种,级别,年份,曾用名
//
// and every further line one standard or one of its work types:
//
//	# 职业编码,职业名称,工种,级别,年份,曾用名
//	4-12-01-01,汽车维修工,汽车机械维修工,5、4、3、2、1,2018,
//	6-20-01-01,装配钳工,--,5、4、3、2、1,2019,钳工
//
// 职业编码 is an occupation code (four groups); 职业名称 is the name the
// standard uses; 工种 is the work type or direction, empty or "--" for none;
// 级别 lists the levels as level.Parse reads them, separated by 、 , ; or
// spaces; 年份 is the four-digit year of issue or latest revision; 曾用名
// lists earlier names the revision replaced, separated by 、. An occupation
// and work type may appear once.
//
// Every defect is a *skillcert.Error whose Field names the line and column
// ("line 3: 级别"); all are returned, joined, and no table is returned with
// them: a table that cannot be read whole is not used.
func ReadStandards(r io.Reader) (*Standards, error) {
	if r == nil {
		return nil, &skillcert.Error{Pkg: "filing", What: "standards table", Kind: skillcert.ErrArgument, Want: "a reader"}
	}
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	t := &Standards{byCode: map[occupation.Code][]int{}}
	var errs []error
	seen := map[string]int{}
	header := false
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line := 0
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.Line
			}
			errs = append(errs, &skillcert.Error{Pkg: "filing", What: "standards table", Field: "line " + strconv.Itoa(line),
				Kind: skillcert.ErrSyntax, Want: "CSV", Cause: err})
			break
		}
		line, _ = cr.FieldPos(0)
		fail := func(col int, kind error, got, want string, cause error) {
			errs = append(errs, &skillcert.Error{Pkg: "filing", What: "standards table",
				Field: "line " + strconv.Itoa(line) + ": " + standardsHeader[col], Input: strings.Join(rec, ","),
				Got: got, Want: want, Kind: kind, Cause: cause})
		}
		if !header {
			header = true
			if len(rec) != len(standardsHeader) || strings.TrimPrefix(rec[0], "\ufeff") != standardsHeader[0] || strings.Join(rec[1:], ",") != strings.Join(standardsHeader[1:], ",") {
				errs = append(errs, &skillcert.Error{Pkg: "filing", What: "standards table", Field: "line " + strconv.Itoa(line),
					Input: strings.Join(rec, ","), Kind: skillcert.ErrSyntax, Want: "the header " + strings.Join(standardsHeader, ",")})
				break
			}
			continue
		}
		if len(t.rows) >= maxStandardRows {
			errs = append(errs, &skillcert.Error{Pkg: "filing", What: "standards table", Field: "line " + strconv.Itoa(line),
				Kind: skillcert.ErrLimit, Want: "at most " + strconv.Itoa(maxStandardRows) + " rows"})
			break
		}
		if len(rec) != len(standardsHeader) {
			errs = append(errs, &skillcert.Error{Pkg: "filing", What: "standards table", Field: "line " + strconv.Itoa(line),
				Input: strings.Join(rec, ","), Got: strconv.Itoa(len(rec)) + " columns", Kind: skillcert.ErrSyntax, Want: "6 columns"})
			continue
		}
		s := Standard{Line: line, Name: strings.TrimSpace(rec[1]), WorkType: noWorkType(rec[2])}
		ok := true
		c, err := occupation.Parse(rec[0])
		switch {
		case err != nil:
			fail(0, skillcert.ErrSyntax, rec[0], "an occupation code such as 4-12-01-01", err)
			ok = false
		case c.Depth() != occupation.Occupation:
			fail(0, skillcert.ErrRange, rec[0], "an occupation (four groups), not a category", nil)
			ok = false
		}
		s.Occupation = c
		if s.Name == "" {
			fail(1, skillcert.ErrSyntax, "", "the occupation's name", nil)
			ok = false
		}
		for _, f := range strings.FieldsFunc(rec[3], func(r rune) bool { return strings.ContainsRune("、,，;； ", r) }) {
			l, err := level.Parse(f)
			if err != nil {
				fail(3, skillcert.ErrSyntax, f, "a level such as 五级 or 5", err)
				ok = false
				continue
			}
			s.Levels = append(s.Levels, l)
		}
		if len(s.Levels) == 0 && ok {
			fail(3, skillcert.ErrSyntax, rec[3], "at least one level", nil)
			ok = false
		}
		y, err := strconv.Atoi(strings.TrimSpace(rec[4]))
		if err != nil || len(strings.TrimSpace(rec[4])) != 4 {
			fail(4, skillcert.ErrSyntax, rec[4], "a four-digit year", nil)
			ok = false
		}
		s.Year = y
		for _, f := range strings.Split(rec[5], "、") {
			if f = strings.TrimSpace(f); f != "" {
				s.Former = append(s.Former, f)
			}
		}
		if !ok {
			continue
		}
		k := c.String() + "\x00" + s.WorkType
		if prev, dup := seen[k]; dup {
			fail(2, skillcert.ErrArgument, rec[2], "one row per occupation and work type (line "+strconv.Itoa(prev)+" has it)", nil)
			continue
		}
		seen[k] = line
		t.byCode[c] = append(t.byCode[c], len(t.rows))
		t.rows = append(t.rows, s)
	}
	if !header && len(errs) == 0 {
		errs = append(errs, &skillcert.Error{Pkg: "filing", What: "standards table", Kind: skillcert.ErrSyntax, Want: "the header " + strings.Join(standardsHeader, ",")})
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return t, nil
}

// Spec is an evaluation specification (评价规范) the applicant developed for
// an occupation without a national standard.
type Spec struct {
	Occupation string // 职业编码
	WorkType   string
	Reviewers  int  // experts who reviewed it
	Filed      bool // filed with the provincial human resources department
}

var standardRules = []arule{
	{"filing.standard.table", "未提供国家职业技能标准表，依赖标准的检查未执行",
		"no table of national standards was given; the checks that need one did not run", "",
		"says when the standards table is missing", everywhere(skillcert.SeverityInfo)},
	{"filing.standard.required-henan", "职业 {value} 没有已颁布的国家职业技能标准，申报的职业（工种）应有国家职业技能标准",
		"occupation {value} has no national standard; a Henan training and evaluation organisation may file only occupations with one",
		"豫人社办函〔2020〕51号 二", "each occupation a Henan training and evaluation organisation files has a national standard", under(sevError, Henan)},
	{"filing.standard.required-nationwide", "职业 {value} 没有国家职业技能标准，面向全国开展认定的申报范围应有相应国家职业技能标准",
		"occupation {value} has no national standard; an organisation serving the whole country files only occupations with one",
		"中就培函〔2020〕16号 二", "each occupation of an organisation serving the whole country has a national standard", everywhere(sevError)},
	{"filing.standard.revised-name", "职业 {value} 已于 {year} 年发布新版国家职业技能标准，应填写“{want}”（填写为“{got}”）",
		"occupation {value} has a standard revised in {year}; write {want}, not {got}", "豫职鉴〔2021〕1号 三（四）",
		"where a standard was issued or revised in 2018 or later, the scope uses its occupation and work-type names", under(sevError, Henan)},
	{"filing.standard.five-levels", "社会培训评价组织一般按五个技能等级开展评价，职业 {value} 未含{missing}",
		"training and evaluation organisations normally assess all five levels; {value} lacks {missing}",
		"人社职司便函〔2020〕17号《职业技能等级认定工作规程（试行）》第九条",
		"a training and evaluation organisation files every level (every level its standard defines, where it defines fewer)", everywhere(sevWarning)},
	{"filing.standard.pilot-to-access", "职业 {value}（{name}）属准入类或拟转入准入类，不纳入部门行业试点范围",
		"occupation {value} ({name}) is or is to become licensed (准入类) and is outside the department pilots",
		"中就培函〔2020〕41号 二（二）", "a department or industry pilot files no occupation that is or is to become 准入类", everywhere(sevError)},
	{"filing.standard.spec-review", "职业 {value} 的自主开发评价规范经 {n} 名专家评审，应经 5 人以上专家评审",
		"the specification for {value} was reviewed by {n} experts; it needs 5 or more",
		"豫人社函〔2022〕8号 三（四）；豫人社办函〔2021〕155号 二（一）3；职成〔2021〕504号 二（三）2",
		"a Henan school's own specification was reviewed by 5 or more experts", under(sevError, Henan)},
	{"filing.standard.spec-filed", "职业 {value} 的自主开发评价规范未报省人力资源社会保障部门备案",
		"the specification for {value} is not filed with the provincial department",
		"豫人社函〔2022〕8号 三（四）；豫人社办函〔2021〕155号 二（一）3", "a Henan school's own specification is filed with the province", under(sevError, Henan)},
}

func (c *achecker) standards(a *Applicant, t *Standards) {
	needTable := false
	for i, r := range a.Scope {
		field := "scope[" + itoa(i) + "]"
		code, err := occupation.Parse(r.Code)
		if err != nil || code.Depth() != occupation.Occupation {
			continue // the scope checks report the code
		}
		if a.DeptPilot {
			if e, ok := occupation.CatalogueFor(code); ok && e.Restricted() {
				c.add("filing.standard.pilot-to-access", field, r.Code, "name", e.Name)
			}
		}
		if (a.Kind == College || a.Kind == TechnicalSchool) && r.Basis == Specification {
			c.spec(a, field, r)
		}
		henanOrg := a.Kind == TrainingOrg && c.applies("filing.standard.required-henan")
		nationwide := a.Kind == TrainingOrg && a.Reach == ReachNation
		names := c.applies("filing.standard.revised-name")
		five := a.Kind == TrainingOrg
		if !henanOrg && !nationwide && !names && !five {
			continue
		}
		if t == nil {
			if henanOrg || nationwide || names {
				needTable = true
			}
			if five {
				c.fiveLevels(field, r, nil)
			}
			continue
		}
		rows := t.Of(code)
		if len(rows) == 0 {
			if henanOrg {
				c.add("filing.standard.required-henan", field, r.Code)
			}
			if nationwide {
				c.add("filing.standard.required-nationwide", field, r.Code)
			}
		}
		s, found := t.Find(code, r.WorkType)
		if names && found && s.Year >= revisedSince {
			if strings.TrimSpace(r.Name) != s.Name {
				c.add("filing.standard.revised-name", field+".name", r.Code, "year", itoa(s.Year), "want", s.Name, "got", r.Name)
			}
			if w := noWorkType(r.WorkType); w != s.WorkType {
				c.add("filing.standard.revised-name", field+".workType", r.Code, "year", itoa(s.Year), "want", s.WorkType, "got", w)
			}
		}
		if five {
			if found {
				c.fiveLevels(field, r, s.Levels)
			} else {
				c.fiveLevels(field, r, nil)
			}
		}
	}
	if needTable {
		c.add("filing.standard.table", "standards", "")
	}
}

// fiveLevels warns when row lacks one of want, or of the five levels when
// want is nil.
func (c *achecker) fiveLevels(field string, r ScopeRow, want []level.Level) {
	if want == nil {
		want = level.All()
	}
	have := levelSet(r.Levels)
	var missing []level.Level
	for _, l := range want {
		if have&(1<<l) == 0 {
			missing = append(missing, l)
		}
	}
	if len(missing) > 0 {
		c.add("filing.standard.five-levels", field+".levels", r.Code, "missing", levelNames(missing))
	}
}

func (c *achecker) spec(a *Applicant, field string, r ScopeRow) {
	var s *Spec
	for i := range a.Specs {
		if a.Specs[i].Occupation == r.Code && noWorkType(a.Specs[i].WorkType) == noWorkType(r.WorkType) {
			s = &a.Specs[i]
			break
		}
	}
	if s == nil {
		c.add("filing.standard.spec-review", field, r.Code, "n", "0")
		c.add("filing.standard.spec-filed", field, r.Code)
		return
	}
	if s.Reviewers < specReviewers {
		c.add("filing.standard.spec-review", field, r.Code, "n", itoa(s.Reviewers))
	}
	if !s.Filed {
		c.add("filing.standard.spec-filed", field, r.Code)
	}
}
