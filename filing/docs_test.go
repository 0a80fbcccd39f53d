package filing

import (
	"os"
	"strings"
	"testing"
)

// TestEveryRuleDocumented: docs/ lists every rule id a user can meet in a
// finding of this package, from every rule list, under every profile.
func TestEveryRuleDocumented(t *testing.T) {
	var docs strings.Builder
	for _, f := range []string{"filing-rules.md", "filing-limits.md", "filing-scope.md"} {
		b, err := os.ReadFile("../docs/" + f)
		if err != nil {
			t.Fatal(err)
		}
		docs.Write(b)
	}
	text := docs.String()
	seen := map[string]bool{}
	check := func(id string) {
		if seen[id] {
			return
		}
		seen[id] = true
		if !strings.HasPrefix(id, "filing.") {
			t.Errorf("rule id %s does not start with filing.", id)
		}
		if !strings.Contains(text, "`"+id+"`") {
			t.Errorf("docs/filing-*.md do not list %s", id)
		}
	}
	for _, p := range Profiles() {
		for _, r := range Rules(p) {
			check(r.ID)
		}
		for _, r := range ApplicantRules(p) {
			check(r.ID)
		}
		for _, a := range Activities() {
			for _, l := range LimitsFor(p, a) {
				check(l.ID)
			}
			for _, l := range AuthorityLimits(p, a) {
				check(l.ID)
			}
			for _, r := range SanctionRules(p, a) {
				check(r.ID)
			}
		}
	}
	if len(seen) < 100 {
		t.Errorf("only %d rule ids found; the rule lists are not all read", len(seen))
	}
}
