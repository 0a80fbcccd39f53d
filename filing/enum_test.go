package filing

import "testing"

// TestEnumsPrint: every enumeration of the package prints its values, and an
// out-of-range value prints as its type and number, as time.Month(13) does.
func TestEnumsPrint(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{LeadTime.String(), "lead time"}, {PeriodEnd.String(), "period end"}, {Kind(99).String(), "Kind(99)"},
		{WorkingDays.String(), "working days"}, {Months.String(), "months"}, {TimeUnit(9).String(), "TimeUnit(9)"},
		{NationalStandard.String(), "national standard"}, {Basis(9).String(), "Basis(9)"},
		{Profile(9).String(), "Profile(9)"}, {Activity(9).String(), "Activity(9)"}, {Party(9).String(), "Party(9)"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}
