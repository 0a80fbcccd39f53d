package filing

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/level"
)

// ids returns the rule ids of fs, in order.
func arIDs(fs []skillcert.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Rule
	}
	return out
}

// hasRule reports whether fs has a finding of rule id.
func arHas(fs []skillcert.Finding, id string) bool { return slices.Contains(arIDs(fs), id) }

// expect fails unless fs has (want) or lacks (!want) a finding of id.
func arExpect(t *testing.T, name string, fs []skillcert.Finding, id string, want bool) {
	t.Helper()
	if arHas(fs, id) != want {
		t.Errorf("%s: finding %s = %v, want %v; findings %v", name, id, !want, want, arIDs(fs))
	}
}

func arDay(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// creditCode returns a valid credit code that starts with prefix (two
// characters) and otherwise equals 12100000400000624D, a public institution's.
func arCredit(prefix string) string {
	const chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	weights := [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}
	b := []byte(prefix + "100000400000624")
	sum := 0
	for i, c := range b {
		sum += strings.IndexByte(chars, c) * weights[i]
	}
	return string(append(b, chars[(31-sum%31)%31]))
}

func TestCreditCodeHelper(t *testing.T) {
	if got := arCredit("12"); got != "12100000400000624D" {
		t.Fatalf("arCredit(12) = %s", got)
	}
}

func TestApplicantRulesListed(t *testing.T) {
	for _, p := range Profiles() {
		rs := ApplicantRules(p)
		if len(rs) == 0 {
			t.Fatalf("%v: no rules", p)
		}
		for _, r := range rs {
			if (r.Source == "" && !noDocument[r.ID]) || r.Description == "" || r.Message == "" || r.English == "" || r.Severity == 0 {
				t.Errorf("%v: rule %+v incomplete", p, r)
			}
			if !strings.HasPrefix(r.ID, "filing.") {
				t.Errorf("rule %s: id must start with filing.", r.ID)
			}
			if strings.Contains(r.Source, " L") || strings.Contains(r.Source, "RULES") || strings.Contains(r.Source, "DECISIONS") {
				t.Errorf("rule %s: source %q cites a seed or a maintainer file", r.ID, r.Source)
			}
		}
	}
	if ApplicantRules(0) != nil && len(ApplicantRules(0)) != 0 {
		t.Error("profile 0 lists rules")
	}
	if ApplicantRules(200) != nil {
		t.Error("profile 200 lists rules")
	}
}

func TestCheckApplicantMisuse(t *testing.T) {
	fs := CheckApplicant(0, Applicant{Kind: Enterprise}, ApplicantOptions{})
	if len(fs) != 1 || fs[0].Rule != "filing.applicant.profile" || fs[0].Severity != skillcert.SeverityError {
		t.Errorf("profile 0: %v", fs)
	}
	fs = CheckApplicant(National, Applicant{}, ApplicantOptions{})
	if len(fs) != 1 || fs[0].Rule != "filing.applicant.kind" {
		t.Errorf("kind 0: %v", fs)
	}
	fs = CheckApplicant(National, Applicant{Kind: 99}, ApplicantOptions{})
	if len(fs) != 1 || fs[0].Value != "ApplicantKind(99)" {
		t.Errorf("kind 99: %v", fs)
	}
	for _, f := range CheckApplicant(Henan, Applicant{Kind: TrainingOrg, Scope: []ScopeRow{{Code: "4-12-01-01", Levels: []level.Level{level.Five}}}}, ApplicantOptions{}) {
		if f.Message == "" || f.English == "" || (f.Source == "" && !noDocument[f.Rule]) || strings.Contains(f.Message, "{") || strings.Contains(f.English, "{") {
			t.Errorf("finding %+v: message or source incomplete", f)
		}
	}
}

func TestEnumStrings(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{TrainingOrg.String(), "社会培训评价组织"}, {ApplicantKind(0).String(), "ApplicantKind(0)"},
		{ProvinceLevel.String(), "province"}, {AuthorityLevel(9).String(), "AuthorityLevel(9)"},
		{CityLevel.Chinese(), "市级人力资源社会保障部门"}, {AuthorityLevel(9).Chinese(), ""},
		{TitleSenior.String(), "副高级职称"}, {TitleRank(9).String(), "TitleRank(9)"},
		{RoleSupervisor.String(), "质量督导员"}, {StaffRole(0).String(), "StaffRole(0)"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// noDocument lists the rules no document states: argument checks and notices
// about the input. Their findings have an empty Source.
var noDocument = map[string]bool{
	"filing.applicant.profile":     true,
	"filing.applicant.kind":        true,
	"filing.jurisdiction.unstated": true,
	"filing.standard.table":        true,
}
