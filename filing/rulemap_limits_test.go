package filing

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// limitRow maps one row of the project's rule list (RULES.md: §C row n is
// C.n, §B6 row n is B6.n) to the rule that implements it and the test that
// checks it at the document's boundary, or to why it stays out.
type limitRow struct {
	row      string
	rule     string // "" when out of scope
	p        Profile
	a        Activity
	test     string
	outScope string
}

// limitRows covers COVERAGE.md §3 groups 5 (institution limits), 8
// (authority limits) and 13 (supervision and sanctions).
var limitRows = []limitRow{
	// Group 5.
	{row: "C.4", rule: "filing.limit.plan.lead-time", p: Henan, a: SchoolRecognition, test: "TestLimitsFor"},   // 003 L3431; 'within' read as lead time (docs/filing-limits.md)
	{row: "C.14", rule: "filing.limit.results.report", p: Henan, a: SpecialAbility, test: "TestLimitsFor"},     // 003 L4858
	{row: "C.15", rule: "filing.limit.results.summary", p: Liaoning, a: Recognition, test: "TestLimitsFor"},    // 001 L95
	{row: "C.16", rule: "filing.limit.supervision.report", p: Henan, a: Recognition, test: "TestLimitsFor"},    // 003 L3253
	{row: "C.17", rule: "filing.limit.supervision.report", p: Henan, a: Recognition, test: "TestLimitsFor"},    // 003 L3546 (51号, same limit)
	{row: "C.18", rule: "filing.limit.supervision.report", p: Henan, a: SpecialAbility, test: "TestLimitsFor"}, // 003 L4856
	{row: "C.19", rule: "filing.limit.supervision.report", p: Henan, a: Appraisal, test: "TestLimitsFor"},      // 003 L3846
	{row: "C.35", rule: "filing.limit.records.video", p: Henan, a: Appraisal, test: "TestLimitsFor"},           // 003 L3820
	{row: "C.36", rule: "filing.limit.records.answers", p: Henan, a: Appraisal, test: "TestLimitsFor"},         // 003 L3856
	{row: "C.37", rule: "filing.limit.records.scoring", p: Henan, a: Appraisal, test: "TestLimitsFor"},         // 003 L3858
	{row: "C.38", rule: "filing.limit.records.workpieces", p: Henan, a: Appraisal, test: "TestLimitsFor"},      // 003 L3858
	// Group 8.
	{row: "C.10", rule: "filing.authority.publicity", p: Anhui, a: Recognition, test: "TestAuthorityLimits"},            // 004 L26
	{row: "C.20", rule: "filing.authority.acceptance", p: National, a: Recognition, test: "TestAuthorityLimits"},        // 003 L2675, L2697
	{row: "C.21", rule: "filing.authority.acceptance", p: National, a: Recognition, test: "TestAuthorityLimits"},        // 003 L1483–1485 (same limit, cited too)
	{row: "C.22", rule: "filing.authority.acceptance", p: Anhui, a: Recognition, test: "TestAuthorityLimits"},           // 004 L25
	{row: "C.23", rule: "filing.authority.filing", p: Henan, a: Recognition, test: "TestAuthorityLimits"},               // 003 L3249
	{row: "C.24", rule: "filing.authority.filing", p: Henan, a: Appraisal, test: "TestAuthorityLimits"},                 // 003 L3810
	{row: "C.25", rule: "filing.authority.school-review", p: Henan, a: SchoolRecognition, test: "TestAuthorityLimits"},  // 003 L3738
	{row: "C.26", rule: "filing.authority.branch-evaluation", p: National, a: Recognition, test: "TestAuthorityLimits"}, // 003 L2431, L2463
	// Group 13.
	{row: "B6.1", rule: "filing.sanction.idle-warning", p: National, a: Recognition, test: "TestSanctionsIdle"},         // 003 L1731
	{row: "B6.2", rule: "filing.sanction.idle-termination", p: National, a: Recognition, test: "TestSanctionsIdle"},     // 003 L1751
	{row: "B6.3", rule: "filing.sanction.repeat-termination", p: National, a: Recognition, test: "TestSanctionsRepeat"}, // 003 L1750
	{row: "B6.5", rule: "filing.sanction.cases-cancellation", p: Henan, a: Appraisal, test: "TestSanctionsAppraisal"},   // 003 L3905
	{row: "B6.5", rule: "filing.sanction.idle-cancellation", p: Henan, a: Appraisal, test: "TestSanctionsAppraisal"},    // 003 L3907
	{row: "B6.6", rule: "filing.sanction.rating-cancellation", p: Henan, a: Appraisal, test: "TestSanctionsAppraisal"},  // 003 L3878–3880
}

// limitGroups are the row ids of COVERAGE.md §3 groups 5, 8 and 13.
var limitGroups = map[int][]string{
	5:  {"C.4", "C.14", "C.15", "C.16", "C.17", "C.18", "C.19", "C.35", "C.36", "C.37", "C.38"},
	8:  {"C.10", "C.20", "C.21", "C.22", "C.23", "C.24", "C.25", "C.26"},
	13: {"B6.1", "B6.2", "B6.3", "B6.5", "B6.6"},
}

// TestLimitRowMap keeps the map honest: every row of the three groups is
// mapped, every mapped rule exists in the exported lists for its profile
// and activity, and every named test exists in this package.
func TestLimitRowMap(t *testing.T) {
	tests := map[string]bool{}
	files, _ := filepath.Glob("*_test.go")
	fset := token.NewFileSet()
	for _, f := range files {
		af, err := parser.ParseFile(fset, f, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range af.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv == nil && strings.HasPrefix(fn.Name.Name, "Test") {
				tests[fn.Name.Name] = true
			}
		}
	}
	mapped := map[string]bool{}
	for _, r := range limitRows {
		mapped[r.row] = true
		if r.rule == "" {
			if r.outScope == "" {
				t.Errorf("%s: neither a rule nor a reason", r.row)
			}
			continue
		}
		if !tests[r.test] {
			t.Errorf("%s: no test %s", r.row, r.test)
		}
		var ids []string
		switch {
		case strings.HasPrefix(r.rule, "filing.limit."):
			for _, l := range LimitsFor(r.p, r.a) {
				ids = append(ids, l.ID)
			}
		case strings.HasPrefix(r.rule, "filing.authority."):
			for _, l := range AuthorityLimits(r.p, r.a) {
				ids = append(ids, l.ID)
			}
		case strings.HasPrefix(r.rule, "filing.sanction."):
			for _, s := range SanctionRules(r.p, r.a) {
				ids = append(ids, s.ID)
			}
		}
		found := false
		for _, id := range ids {
			found = found || id == r.rule
		}
		if !found {
			t.Errorf("%s: %s is not among the rules of %s/%s (%v)", r.row, r.rule, r.p, r.a, ids)
		}
	}
	for g, rows := range limitGroups {
		for _, row := range rows {
			if !mapped[row] {
				t.Errorf("group %d: row %s is not mapped", g, row)
			}
		}
	}
}
