package filing

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// ruleMapRow maps one rule of the maintainers' rule list (its row id, with
// the seed lines it comes from) to the code that implements it: rule ids of
// ApplicantRules, or an exported function whose result is not a finding
// (Authority returns a Decision), and the tests that pin it; or, with no
// rules, the reason it stays out.
type ruleMapRow struct {
	row    string
	seed   string
	rules  []string
	funcs  []string
	tests  []string
	reason string
}

// groups lists the row ids of the capability groups this code covers:
// jurisdiction, eligibility with numbers, application details, national
// standards, examiners and supervisors.
var groups = map[string][]string{
	"jurisdiction": {"B3.8", "B4.1", "B4.3", "B4.4", "B4.5", "B4.6", "B4.7", "B4.8", "B4.9", "B4.10", "B4.11", "B4.12", "D7.1", "F2.1", "F2.2", "F2.4"},
	"eligibility":  {"B1.2", "B1.3", "B1.4", "B1.5", "B1.6", "B1.7", "B1.8", "B1.10", "B1.13", "B1.14", "B1.15", "B1.16"},
	"application":  {"B2.20", "B5.5", "B5.6", "B5.8", "B5.9", "B5.10", "B5.11", "B5.12", "E5.8"},
	"standards":    {"B1.12", "B1.18", "B2.7", "B2.8", "B2.13", "B3.4", "D2.3"},
	"staff":        {"B1.21", "B1.22", "B1.23", "B1.25", "D4.2"},
}

var ruleMap = []ruleMapRow{
	// Jurisdiction.
	{row: "B3.8", seed: "003 L3770–3774", funcs: []string{"Authority"}, rules: []string{"filing.jurisdiction.highest"}, tests: []string{"TestAuthorityHenan"}},
	{row: "B4.1", seed: "000 L39, L41", funcs: []string{"Authority"}, tests: []string{"TestAuthorityChongqing"},
		reason: "谁受理、谁评估、谁备案 (L41) is the review chain inside one authority: nothing to decide beyond the accepting level"},
	{row: "B4.3", seed: "003 L1483–1491, L2673–2685", funcs: []string{"Authority"}, rules: []string{"filing.jurisdiction.site-province"}, tests: []string{"TestAuthorityNational", "TestCheckSites"}},
	{row: "B4.4", seed: "003 L2689–2703", funcs: []string{"Authority"}, tests: []string{"TestAuthorityNational"},
		reason: "the province's report to the ministry's centre (向部报备) is the authority's act"},
	{row: "B4.5", seed: "003 L3247", funcs: []string{"Authority"}, tests: []string{"TestAuthorityHenan"},
		reason: "replaced by 豫职鉴〔2021〕1号 (B4.6, G4.1 #31): other enterprises file where insured, not with the city of registration"},
	{row: "B4.6", seed: "003 L3628, L4497", funcs: []string{"Authority"}, tests: []string{"TestAuthorityHenan"}},
	{row: "B4.7", seed: "003 L3419, L3628, L4531", funcs: []string{"Authority"}, tests: []string{"TestAuthorityHenan"},
		reason: "the 2021 campaign's split by ownership (L3628) is not followed: 豫职鉴〔2021〕1号 (L4531) says 实行省级备案 (G4.2 #32)"},
	{row: "B4.8", seed: "003 L4513–4517", funcs: []string{"Authority"}, tests: []string{"TestAuthorityHenan"}},
	{row: "B4.9", seed: "003 L2973–2981, L4651", funcs: []string{"Authority"}, tests: []string{"TestAuthorityHenan"}},
	{row: "B4.10", seed: "004 L24", funcs: []string{"Authority"}, tests: []string{"TestAuthorityAnhui"}},
	{row: "B4.11", seed: "003 L3770–3774", funcs: []string{"Authority"}, tests: []string{"TestAuthorityHenan"}},
	{row: "B4.12", seed: "003 L2620", funcs: []string{"CheckSites"}, rules: []string{"filing.jurisdiction.site-province"}, tests: []string{"TestCheckSites"}},
	{row: "D7.1", seed: "003 L3770–3774", funcs: []string{"Authority"}, tests: []string{"TestAuthorityHenan"}},
	{row: "F2.1", seed: "003 L2620", funcs: []string{"CheckSites"}, rules: []string{"filing.jurisdiction.site-province"}, tests: []string{"TestCheckSites"},
		reason: "each province's confirmation of its sites' codes is the authority's act"},
	{row: "F2.2", seed: "003 L4312", funcs: []string{"CheckSites"}, rules: []string{"filing.jurisdiction.site-city"}, tests: []string{"TestCheckSites"}},
	{row: "F2.4", seed: "004 L28–29", funcs: []string{"CheckSites"}, rules: []string{"filing.jurisdiction.site-anhui"}, tests: []string{"TestCheckSites"},
		reason: "'only within their sector' for central branches and recommended units needs sector data no record carries"},

	// Eligibility with numbers.
	{row: "B1.2", seed: "001 L11", rules: []string{"filing.eligibility.legal-person"}, tests: []string{"TestEligibilityLegalPerson"}},
	{row: "B1.3", seed: "003 L973", rules: []string{"filing.eligibility.legal-person"}, tests: []string{"TestEligibilityLegalPerson"}},
	{row: "B1.4", seed: "003 L3213", rules: []string{"filing.eligibility.henan-registered", "filing.eligibility.staff-insured"}, tests: []string{"TestEligibilityHenanEnterprise"}},
	{row: "B1.5", seed: "003 L2197", rules: []string{"filing.eligibility.years-nationwide", "filing.eligibility.assessed-nationwide", "filing.eligibility.occupation-nationwide"}, tests: []string{"TestEligibilityNationwideBoundary"}},
	{row: "B1.6", seed: "003 L1808", rules: []string{"filing.eligibility.years-nationwide", "filing.eligibility.assessed-nationwide"}, tests: []string{"TestEligibilityNationwideBoundary"},
		reason: "the 2018 call sets the same 6 years and 50,000 as the 2020 one; the rules cite both"},
	{row: "B1.7", seed: "004 L9", rules: []string{"filing.eligibility.years-anhui", "filing.eligibility.assessed-anhui", "filing.eligibility.occupation-anhui"}, tests: []string{"TestEligibilityAnhuiBoundary"}},
	{row: "B1.8", seed: "004 L9", rules: []string{"filing.eligibility.senior-experience"}, tests: []string{"TestEligibilitySeniorExperience"}},
	{row: "B1.10", seed: "003 L3492–3495", rules: []string{"filing.eligibility.site-area", "filing.eligibility.lease-years", "filing.eligibility.exam-seats"}, tests: []string{"TestEligibilityHenanSite"}},
	{row: "B1.13", seed: "003 L1582", rules: []string{"filing.eligibility.review-failed", "filing.eligibility.abnormal-listed", "filing.applicant.applied"}, tests: []string{"TestEligibilityExclusions"}},
	{row: "B1.14", seed: "003 L1580", rules: []string{"filing.eligibility.government", "filing.eligibility.credit-code"}, tests: []string{"TestEligibilityGovernment"}},
	{row: "B1.15", seed: "003 L2427", rules: []string{"filing.eligibility.branch-government"}, tests: []string{"TestEligibilityGovernment"}},
	{row: "B1.16", seed: "003 L1556", rules: []string{"filing.eligibility.quota", "filing.eligibility.quota-data"}, tests: []string{"TestEligibilityQuota"}},

	// Application details.
	{row: "B2.20", seed: "002 L82", funcs: []string{"ComparePlanScope"}, rules: []string{"filing.application.plan-scope"}, tests: []string{"TestComparePlanScope"}},
	{row: "B5.5", seed: "004 L27–28", funcs: []string{"TrialPeriod"}, rules: []string{"filing.application.trial"}, tests: []string{"TestFormTrial"},
		reason: "the 3-year term is the scope checks' filing.term.max"},
	{row: "B5.6", seed: "003 L1915", rules: []string{"filing.application.pilot-term"}, tests: []string{"TestFormPilotTerm"}},
	{row: "B5.8", seed: "003 L2987", rules: []string{"filing.application.request", "filing.application.request-filing"}, tests: []string{"TestFormHenanCollege"}},
	{row: "B5.9", seed: "003 L2985", rules: []string{"filing.application.college-name"}, tests: []string{"TestFormHenanCollege"}},
	{row: "B5.10", seed: "003 L3397, L4537", rules: []string{"filing.application.school-name"}, tests: []string{"TestFormHenanTechnicalSchool"}},
	{row: "B5.11", seed: "003 L3054", rules: []string{"filing.application.school-nature"}, tests: []string{"TestFormHenanCollege"}},
	{row: "B5.12", seed: "004 L76–87", rules: []string{"filing.application.nature"}, tests: []string{"TestFormAnhuiNature"}},
	{row: "E5.8", seed: "003 L2977–2979, L3172–3189",
		reason: "reading the Henan college workbook (Excel) needs excelize, which only the CLI module may import; its institution columns map onto Applicant (机构名称 Name, 备案号 FilingNumber) and its scope columns onto ScopeRow (职业编号 Code, 职业名称 Name, 工种/职业方向 WorkType, 级别 Levels), which CheckApplicant checks"},

	// National occupational skill standards.
	{row: "B1.12", seed: "003 L3516", funcs: []string{"ReadStandards"}, rules: []string{"filing.standard.required-henan", "filing.standard.table"}, tests: []string{"TestStandardsRequired", "TestReadStandards"}},
	{row: "B1.18", seed: "003 L2993, L3708, L4669", rules: []string{"filing.standard.spec-review", "filing.standard.spec-filed"}, tests: []string{"TestStandardsSpecReview"}},
	{row: "B2.7", seed: "003 L2209", rules: []string{"filing.standard.required-nationwide"}, tests: []string{"TestStandardsRequired"},
		reason: "the provincial scope list (目录 水平评价类 and 急需紧缺 occupations) is data no seed holds in full"},
	{row: "B2.8", seed: "003 L2325", rules: []string{"filing.standard.pilot-to-access"}, tests: []string{"TestStandardsPilotToAccess"}},
	{row: "B2.13", seed: "003 L4573", rules: []string{"filing.standard.revised-name"}, tests: []string{"TestStandardsRevisedName"}},
	{row: "B3.4", seed: "003 L961", rules: []string{"filing.standard.five-levels"}, tests: []string{"TestStandardsFiveLevels"}},
	{row: "D2.3", seed: "003 L961", rules: []string{"filing.standard.five-levels"}, tests: []string{"TestStandardsFiveLevels"}},

	// Examiners, supervisors, experts.
	{row: "B1.21", seed: "002 L617", rules: []string{"filing.examiner.term", "filing.examiner.expired"}, tests: []string{"TestExaminerTerm"}},
	{row: "B1.22", seed: "003 L1123", rules: []string{"filing.supervisor.term", "filing.supervisor.ended", "filing.supervisor.terms"}, tests: []string{"TestSupervisorTerms"}},
	{row: "B1.23", seed: "002 L649", rules: []string{"filing.supervisor.experience"}, tests: []string{"TestInternalSupervisorExperience"}},
	{row: "B1.25", seed: "003 L4419", rules: []string{"filing.expert.henan-pool"}, tests: []string{"TestHenanExpertPool"}},
	{row: "D4.2", seed: "003 L3834", rules: []string{"filing.examiner.henan-basic", "filing.examiner.henan-technician", "filing.examiner.henan-senior"}, tests: []string{"TestHenanExaminer"}},
}

// testFuncs returns the names of the functions of this package's test files.
func testFuncs(t *testing.T) map[string]bool {
	t.Helper()
	files, err := filepath.Glob("*_test.go")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	fset := token.NewFileSet()
	for _, f := range files {
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range af.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv == nil {
				out[fn.Name.Name] = true
			}
		}
	}
	return out
}

func TestRuleMap(t *testing.T) {
	known := map[string]bool{}
	for _, p := range Profiles() {
		for _, r := range ApplicantRules(p) {
			known[r.ID] = true
		}
	}
	exported := map[string]bool{"Authority": true, "CheckSites": true, "ComparePlanScope": true, "TrialPeriod": true, "ReadStandards": true}
	tests := testFuncs(t)
	mapped := map[string]bool{}
	used := map[string]bool{}
	for _, m := range ruleMap {
		if mapped[m.row] {
			t.Errorf("%s mapped twice", m.row)
		}
		mapped[m.row] = true
		if len(m.rules) == 0 && len(m.funcs) == 0 && m.reason == "" {
			t.Errorf("%s: neither implemented nor given a reason", m.row)
		}
		if (len(m.rules) > 0 || len(m.funcs) > 0) && len(m.tests) == 0 {
			t.Errorf("%s: implemented without a test", m.row)
		}
		for _, id := range m.rules {
			used[id] = true
			if !known[id] {
				t.Errorf("%s: rule %s is not in ApplicantRules", m.row, id)
			}
		}
		for _, f := range m.funcs {
			if !exported[f] {
				t.Errorf("%s: function %s is not one of the entry points", m.row, f)
			}
		}
		for _, name := range m.tests {
			if !tests[name] {
				t.Errorf("%s: test %s does not exist", m.row, name)
			}
		}
	}
	var all []string
	for _, rows := range groups {
		all = append(all, rows...)
	}
	sort.Strings(all)
	for _, row := range all {
		if !mapped[row] {
			t.Errorf("row %s of the groups is not in the map", row)
		}
	}
	if len(ruleMap) != len(all) {
		t.Errorf("%d rows mapped, the groups have %d", len(ruleMap), len(all))
	}
	// Every rule a check can report is mapped to a row or is one of the
	// input checks.
	inputs := map[string]bool{"filing.applicant.profile": true, "filing.applicant.kind": true, "filing.jurisdiction.place": true, "filing.jurisdiction.unstated": true}
	for id := range known {
		if !used[id] && !inputs[id] && !strings.HasPrefix(id, "filing.applicant.") {
			t.Errorf("rule %s is mapped to no row", id)
		}
	}
}

// TestRulesDocumented checks that docs/filing-rules.md lists every rule id
// with its source.
func TestRulesDocumented(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "docs", "filing-rules.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	for _, p := range Profiles() {
		for _, r := range ApplicantRules(p) {
			i := strings.Index(doc, "| `"+r.ID+"` |")
			if i < 0 {
				t.Errorf("docs/filing-rules.md does not list %s", r.ID)
				continue
			}
			line := doc[i:]
			line = line[:strings.IndexByte(line, '\n')]
			if r.Source != "" && !strings.Contains(line, r.Source) {
				t.Errorf("docs/filing-rules.md: %s does not cite %s", r.ID, r.Source)
			}
		}
	}
}
