package filing

import "testing"

// FuzzCheckCreditCode: never panics; an error is a *CreditCodeError that keeps
// the input and points inside it.
func FuzzCheckCreditCode(f *testing.F) {
	f.Add("91350100M000100Y43")
	f.Fuzz(func(t *testing.T, s string) {
		err := CheckCreditCode(s)
		if err == nil {
			return
		}
		e, ok := err.(*CreditCodeError)
		if !ok || e.Input != s || e.Pos < 0 || e.Pos > 18 || e.Reason == "" || e.English == "" {
			t.Fatalf("%q: %#v", s, err)
		}
	})
}
