package certcode_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	. "github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/region"
)

// TestSchemeFor is the table of which rule governs a number, as the coding
// documents divide the provinces: 44 and 50 for employers only, 41 and 34 for
// both categories, the national rule everywhere else.
func TestSchemeFor(t *testing.T) {
	for _, tc := range []struct {
		province string
		cat      Category
		want     Scheme
	}{
		{"44", Employer, Guangdong}, {"44", SocialOrg, National},
		{"41", Employer, Henan}, {"41", SocialOrg, Henan},
		{"34", Employer, Anhui}, {"34", SocialOrg, Anhui},
		{"50", Employer, Chongqing}, {"50", SocialOrg, National},
		{"11", Employer, National}, {"21", SocialOrg, National}, {"66", Employer, National},
		{"99", Employer, 0}, {"00", Employer, 0}, {"4", Employer, 0}, {"441", Employer, 0}, {"4a", Employer, 0},
		{"", Employer, 0}, {"44", 'Q', 0}, {"44", 0, 0},
	} {
		if got := SchemeFor(tc.province, tc.cat); got != tc.want {
			t.Errorf("SchemeFor(%q, %v) = %v, want %v", tc.province, tc.cat, got, tc.want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _ = SchemeFor("41", Employer) }); n != 0 {
		t.Errorf("SchemeFor allocates %v times", n)
	}
}

// TestSchemeFacts checks each rule's facts against the documents' ranges and
// against what Parse accepts, so that the table and the checks cannot drift.
func TestSchemeFacts(t *testing.T) {
	type facts struct {
		Province      string
		EmployersOnly bool
		HasAreas      bool
		From, Lo, Hi  int
		Units         []Unit
	}
	want := map[Scheme]facts{
		National:  {},
		Guangdong: {"44", true, true, 11, 0, 999, []Unit{StateOwned, NonStateOwned, OtherUnit}},
		Henan:     {"41", false, true, 10, 0, 9999, []Unit{Enterprise, TechnicalSchool}},
		Anhui:     {"34", false, true, 10, 1, 9999, nil},
		Chongqing: {"50", true, true, 10, 1, 9999, nil},
		0:         {},
		9:         {},
	}
	for s, w := range want {
		from, lo, hi := s.Sequence()
		got := facts{s.Province(), s.EmployersOnly(), s.HasAreas(), from, lo, hi, s.Units()}
		if d := cmp.Diff(w, got); d != "" {
			t.Errorf("%v: (-want +got)\n%s", s, d)
		}
		if p := s.Province(); p != "" && s.HasAreas() != region.HasAreas(p) {
			t.Errorf("%v: HasAreas %v, region.HasAreas(%s) %v", s, s.HasAreas(), p, region.HasAreas(p))
		}
	}
	// Every unit belongs to one rule, and Parse decodes each of its digits
	// to it.
	for _, s := range Schemes() {
		for _, u := range s.Units() {
			if u.Scheme() != s {
				t.Errorf("%v.Scheme() = %v, want %v", u, u.Scheme(), s)
			}
			lo, hi := u.Digits()
			for d := lo; d <= hi; d++ {
				// positions 11–13 are 001 under either rule
				code := "Y0000" + s.Province() + region.Areas(s.Province())[0].Code + string(d) + "001" + "195000001"
				c, err := Parse(code)
				if err != nil || c.Unit() != u {
					t.Errorf("Parse(%s): unit %v, %v; want %v", code, c.Unit(), err, u)
				}
			}
		}
	}
	for _, u := range []Unit{UnitUnknown, 99} {
		if lo, hi := u.Digits(); u.Scheme() != 0 || lo != 0 || hi != 0 {
			t.Errorf("%v: Scheme %v, Digits %q %q; want none", u, u.Scheme(), lo, hi)
		}
	}
	// A sequence below the range is refused where the range starts above 0.
	for _, s := range []Scheme{Anhui, Chongqing} {
		_, lo, _ := s.Sequence()
		if lo == 0 {
			continue
		}
		code := "Y0000" + s.Province() + region.Areas(s.Province())[0].Code + "0000"
		if _, err := ParseFiling(code); err == nil {
			t.Errorf("ParseFiling(%s) accepted a sequence below %d", code, lo)
		}
	}
}
