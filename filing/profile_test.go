package filing_test

import (
	"testing"

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/filing"
	"github.com/skillcert/skillcert/region"
)

// TestProfileProvince checks that a profile and a coding rule of the same
// province are one province, and that the national rule serves the rest.
func TestProfileProvince(t *testing.T) {
	for _, tc := range []struct {
		p        filing.Profile
		province string
		y, s     certcode.Scheme
	}{
		{filing.National, "", certcode.National, certcode.National},
		{filing.Guangdong, "44", certcode.Guangdong, certcode.National},
		{filing.Henan, "41", certcode.Henan, certcode.Henan},
		{filing.Anhui, "34", certcode.Anhui, certcode.Anhui},
		{filing.Chongqing, "50", certcode.Chongqing, certcode.National},
		{filing.Liaoning, "21", certcode.National, certcode.National},
		{0, "", 0, 0},
		{99, "", 0, 0},
	} {
		if got := tc.p.Province(); got != tc.province {
			t.Errorf("%v.Province() = %q, want %q", tc.p, got, tc.province)
		}
		if y, s := tc.p.Scheme(certcode.Employer), tc.p.Scheme(certcode.SocialOrg); y != tc.y || s != tc.s {
			t.Errorf("%v.Scheme: Y %v, S %v; want %v, %v", tc.p, y, s, tc.y, tc.s)
		}
		if got := tc.p.Scheme('Q'); got != 0 {
			t.Errorf("%v.Scheme('Q') = %v, want the zero Scheme", tc.p, got)
		}
	}
	for _, p := range filing.Profiles() {
		if prov := p.Province(); prov != "" {
			if _, ok := region.LookupProvince(prov); !ok {
				t.Errorf("%v: province %q is not in the province table", p, prov)
			}
		}
		// A profile with a coding rule of its own bears that rule's name.
		if sc := p.Scheme(certcode.Employer); sc != certcode.National && sc.String() != p.String() {
			t.Errorf("%v: coding rule %v", p, sc)
		}
	}
}
