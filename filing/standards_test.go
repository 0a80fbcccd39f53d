package filing

import (
	"errors"
	"strings"
	"testing"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/occupation"
)

// testStandards is an illustrative table: the rows are shaped like the
// scope table of 豫职鉴〔2021〕1号 三（五） (003 L4577–4593); the years and
// former names are made up for the tests.
const testStandards = `# 国家职业技能标准（测试用）
职业编码,职业名称,工种,级别,年份,曾用名
4-12-01-01,汽车维修工,汽车机械维修工,5、4、3、2、1,2018,汽车维修机工
4-12-01-01,汽车维修工,汽车玻璃维修工,5、4、3,2017,
6-20-01-01,装配钳工,--,5、4、3、2、1,2019,钳工
4-10-01-06,家政服务员,家务服务员,5、4、3,2019,

6-18-01-01,车工,,5 4 3 2 1,2018,
`

func mustStandards(t testing.TB) *Standards {
	t.Helper()
	st, err := ReadStandards(strings.NewReader(testStandards))
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestReadStandards(t *testing.T) {
	st := mustStandards(t)
	if st.Len() != 5 {
		t.Fatalf("Len = %d", st.Len())
	}
	c := occupation.MustParse("4-12-01-01")
	if n := len(st.Of(c)); n != 2 {
		t.Errorf("Of(4-12-01-01) has %d rows", n)
	}
	s, ok := st.Find(c, "汽车维修机工")
	if !ok || s.WorkType != "汽车机械维修工" || s.Year != 2018 || s.Line != 3 || len(s.Levels) != 5 {
		t.Errorf("Find by former name: %+v %v", s, ok)
	}
	if s, ok := st.Find(occupation.MustParse("6-20-01-01"), "--"); !ok || s.Name != "装配钳工" || s.Former[0] != "钳工" {
		t.Errorf("Find without work type: %+v %v", s, ok)
	}
	if _, ok := st.Find(c, "不存在"); ok {
		t.Error("found an unknown work type")
	}
	if s, _ := st.Find(occupation.MustParse("6-18-01-01"), ""); s.Line != 8 {
		t.Errorf("line after a blank line = %d, want 8", s.Line)
	}
	var nilTable *Standards
	if nilTable.Len() != 0 || nilTable.Of(c) != nil {
		t.Error("nil table not empty")
	}
	if _, ok := nilTable.Find(c, ""); ok {
		t.Error("nil table finds")
	}
}

func TestReadStandardsErrors(t *testing.T) {
	for _, c := range []struct {
		name, in, field string
		kind            error
	}{
		{"empty", "", "", skillcert.ErrSyntax},
		{"header", "code,name\n", "line 1", skillcert.ErrSyntax},
		{"columns", "职业编码,职业名称,工种,级别,年份,曾用名\n4-12-01-01,汽车维修工\n", "line 2", skillcert.ErrSyntax},
		{"code", "职业编码,职业名称,工种,级别,年份,曾用名\n4-12-01,汽车维修工,,5,2018,\n", "line 2: 职业编码", skillcert.ErrRange},
		{"bad code", "职业编码,职业名称,工种,级别,年份,曾用名\n\n\nx,汽车维修工,,5,2018,\n", "line 4: 职业编码", skillcert.ErrSyntax},
		{"name", "职业编码,职业名称,工种,级别,年份,曾用名\n4-12-01-01, ,,5,2018,\n", "line 2: 职业名称", skillcert.ErrSyntax},
		{"level", "职业编码,职业名称,工种,级别,年份,曾用名\n4-12-01-01,汽车维修工,,6,2018,\n", "line 2: 级别", skillcert.ErrSyntax},
		{"no level", "职业编码,职业名称,工种,级别,年份,曾用名\n4-12-01-01,汽车维修工,,,2018,\n", "line 2: 级别", skillcert.ErrSyntax},
		{"year", "职业编码,职业名称,工种,级别,年份,曾用名\n4-12-01-01,汽车维修工,,5,18,\n", "line 2: 年份", skillcert.ErrSyntax},
		{"duplicate", "职业编码,职业名称,工种,级别,年份,曾用名\n4-12-01-01,汽车维修工,,5,2018,\n4-12-01-01,汽车维修工,--,5,2018,\n", "line 3: 工种", skillcert.ErrArgument},
		{"quote", "职业编码,职业名称,工种,级别,年份,曾用名\n4-12-01-01,\"汽车,,5,2018,\n", "line 2", skillcert.ErrSyntax},
	} {
		st, err := ReadStandards(strings.NewReader(c.in))
		if err == nil || st != nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		var e *skillcert.Error
		if !errors.As(err, &e) || e.Field != c.field || !errors.Is(err, c.kind) {
			t.Errorf("%s: %v (field %q), want field %q kind %v", c.name, err, e.Field, c.field, c.kind)
		}
	}
	if _, err := ReadStandards(nil); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("nil reader: %v", err)
	}
}

func FuzzReadStandards(f *testing.F) {
	f.Add(testStandards)
	f.Add("职业编码,职业名称,工种,级别,年份,曾用名\n4-12-01-01,\"汽车,,5,2018,\n")
	f.Fuzz(func(t *testing.T, in string) {
		st, err := ReadStandards(strings.NewReader(in))
		if (err == nil) == (st == nil) {
			t.Fatalf("table %v and error %v", st, err)
		}
		if err != nil {
			var e *skillcert.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is not a *skillcert.Error", err)
			}
			return
		}
		for _, s := range st.rows {
			if !s.Occupation.IsValid() || len(s.Levels) == 0 || s.Line < 2 {
				t.Fatalf("bad row %+v", s)
			}
		}
	})
}

// 豫人社办函〔2020〕51号 二 (003 L3516); 中就培函〔2020〕16号 二 (003 L2209).
func TestStandardsRequired(t *testing.T) {
	st := mustStandards(t)
	a := henanOrg()
	a.Scope = []ScopeRow{{Code: "6-20-01-01", Name: "装配钳工", Levels: allLevels}, {Code: "4-01-01-01", Levels: allLevels}}
	fs := CheckApplicant(Henan, a, ApplicantOptions{Standards: st})
	n := 0
	for _, f := range fs {
		if f.Rule == "filing.standard.required-henan" {
			n++
			if f.Field != "scope[1]" {
				t.Errorf("finding at %s", f.Field)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d required-henan findings, want 1: %v", n, arIDs(fs))
	}
	arExpect(t, "national profile, local org", CheckApplicant(National, a, ApplicantOptions{Standards: st}), "filing.standard.required-nationwide", false)
	a.Reach = ReachNation
	arExpect(t, "nationwide org", CheckApplicant(National, a, ApplicantOptions{Standards: st}), "filing.standard.required-nationwide", true)
	arExpect(t, "no table", CheckApplicant(National, a, ApplicantOptions{}), "filing.standard.table", true)
	a.Kind = Enterprise
	arExpect(t, "employers need no standard", CheckApplicant(Henan, a, ApplicantOptions{Standards: st}), "filing.standard.required-henan", false)
}

// 豫职鉴〔2021〕1号 三（四） (003 L4573): standards issued since 2018.
func TestStandardsRevisedName(t *testing.T) {
	st := mustStandards(t)
	for _, c := range []struct {
		name string
		row  ScopeRow
		bad  bool
	}{
		{"2019 standard, revised name", ScopeRow{Code: "6-20-01-01", Name: "装配钳工"}, false},
		{"2019 standard, old name", ScopeRow{Code: "6-20-01-01", Name: "钳工"}, true},
		{"2018 standard, old work type", ScopeRow{Code: "4-12-01-01", Name: "汽车维修工", WorkType: "汽车维修机工"}, true},
		{"2018 standard, new work type", ScopeRow{Code: "4-12-01-01", Name: "汽车维修工", WorkType: "汽车机械维修工"}, false},
		{"2017 standard, other name", ScopeRow{Code: "4-12-01-01", Name: "汽车修理工", WorkType: "汽车玻璃维修工"}, false},
		{"2018 standard, other occupation name", ScopeRow{Code: "6-18-01-01", Name: "车床工"}, true},
	} {
		c.row.Levels = []level.Level{level.Five}
		a := Applicant{Kind: Enterprise, LegalPerson: true, StaffInsured: true, Registered: "410100", Scope: []ScopeRow{c.row}}
		arExpect(t, c.name, CheckApplicant(Henan, a, ApplicantOptions{Standards: st}), "filing.standard.revised-name", c.bad)
		arExpect(t, c.name+" (national)", CheckApplicant(National, a, ApplicantOptions{Standards: st}), "filing.standard.revised-name", false)
	}
}

// 人社职司便函〔2020〕17号 第九条 (003 L961): organisations normally assess
// five levels.
func TestStandardsFiveLevels(t *testing.T) {
	st := mustStandards(t)
	for _, c := range []struct {
		name string
		row  ScopeRow
		warn bool
	}{
		{"five levels", ScopeRow{Code: "6-20-01-01", Levels: allLevels}, false},
		{"four levels", ScopeRow{Code: "6-20-01-01", Levels: []level.Level{level.Five, level.Four, level.Three, level.Two}}, true},
		{"a three-level standard, all three", ScopeRow{Code: "4-10-01-06", WorkType: "家务服务员", Levels: []level.Level{level.Five, level.Four, level.Three}}, false},
		{"a three-level standard, two", ScopeRow{Code: "4-10-01-06", WorkType: "家务服务员", Levels: []level.Level{level.Five, level.Four}}, true},
		{"no standard, four", ScopeRow{Code: "4-01-01-01", Levels: []level.Level{level.Five, level.Four, level.Three, level.Two}}, true},
	} {
		a := Applicant{Kind: TrainingOrg, LegalPerson: true, Registered: "110100", Scope: []ScopeRow{c.row}}
		arExpect(t, c.name, CheckApplicant(National, a, ApplicantOptions{Standards: st}), "filing.standard.five-levels", c.warn)
		a.Kind = Enterprise
		arExpect(t, c.name+" (employer)", CheckApplicant(National, a, ApplicantOptions{Standards: st}), "filing.standard.five-levels", false)
	}
	a := Applicant{Kind: TrainingOrg, LegalPerson: true, Registered: "110100", Scope: []ScopeRow{{Code: "6-20-01-01", Levels: []level.Level{level.Five}}}}
	arExpect(t, "without a table", CheckApplicant(National, a, ApplicantOptions{}), "filing.standard.five-levels", true)
}

// 中就培函〔2020〕41号 二（二） (003 L2325).
func TestStandardsPilotToAccess(t *testing.T) {
	var restricted occupation.CatalogueEntry
	for _, e := range occupation.Catalogue() {
		if e.Occupation != 0 && e.Restricted() {
			restricted = e
			break
		}
	}
	if restricted.Occupation == 0 {
		t.Fatal("no restricted catalogue entry with an occupation")
	}
	a := Applicant{Kind: TrainingOrg, LegalPerson: true, Registered: "110100", DeptPilot: true,
		Scope: []ScopeRow{{Code: restricted.Occupation.String(), Levels: allLevels}}}
	arExpect(t, restricted.Name, CheckApplicant(National, a, ApplicantOptions{}), "filing.standard.pilot-to-access", true)
	a.DeptPilot = false
	arExpect(t, "not a pilot", CheckApplicant(National, a, ApplicantOptions{}), "filing.standard.pilot-to-access", false)
	a.DeptPilot, a.Scope[0].Code = true, "6-20-01-01"
	arExpect(t, "not in the catalogue", CheckApplicant(National, a, ApplicantOptions{}), "filing.standard.pilot-to-access", false)
}

// 豫人社函〔2022〕8号 三（四） (003 L2993); 豫人社办函〔2021〕155号 (003 L3708);
// 职成〔2021〕504号 (003 L4669): 5 or more experts, filed with the province.
func TestStandardsSpecReview(t *testing.T) {
	row := ScopeRow{Code: "4-01-01-01", Levels: []level.Level{level.Five}, Basis: Specification}
	for _, c := range []struct {
		specs         []Spec
		review, filed bool
	}{
		{nil, true, true},
		{[]Spec{{Occupation: "4-01-01-01", Reviewers: 4, Filed: true}}, true, false},
		{[]Spec{{Occupation: "4-01-01-01", Reviewers: 5, Filed: true}}, false, false},
		{[]Spec{{Occupation: "4-01-01-01", Reviewers: 5}}, false, true},
		{[]Spec{{Occupation: "4-01-01-01", WorkType: "x", Reviewers: 5, Filed: true}}, true, true},
	} {
		a := henanCollege()
		a.Specs, a.Scope = c.specs, []ScopeRow{row}
		fs := CheckApplicant(Henan, a, ApplicantOptions{})
		arExpect(t, "review", fs, "filing.standard.spec-review", c.review)
		arExpect(t, "filed", fs, "filing.standard.spec-filed", c.filed)
		arExpect(t, "national", CheckApplicant(National, a, ApplicantOptions{}), "filing.standard.spec-review", false)
	}
	a := henanCollege()
	a.Scope = []ScopeRow{{Code: "4-01-01-01", Levels: []level.Level{level.Five}, Basis: NationalStandard}}
	arExpect(t, "national standard basis", CheckApplicant(Henan, a, ApplicantOptions{}), "filing.standard.spec-review", false)
}
