package institution_test

import (
	"errors"
	"testing"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/institution"
)

// TestCreditCodeChecked: Add refuses a record whose credit code fails GB
// 32100, naming it, and keeps a valid one as the caller wrote it.
func TestCreditCodeChecked(t *testing.T) {
	rec := func(code string) institution.Record {
		return institution.Record{Filing: certcode.MustParseFiling("S000034010001"), CreditCode: code, Kind: institution.SocialOrganisation,
			Events: []institution.Event{{Kind: institution.Filed, Date: time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC), Name: "新华教育集团"}}}
	}
	var g institution.Registry
	err := g.Add(rec("91340100MA2N0XXX1X"))
	var e *skillcert.Error
	if !errors.As(err, &e) || e.Field != "credit code" || !errors.Is(err, skillcert.ErrChecksum) {
		t.Fatalf("a bad check character: %v", err)
	}
	if err := g.Add(rec("９１３４０１００ma2n0xxx1w")); err != nil {
		t.Fatalf("a pasted valid code: %v", err)
	}
	if r, _ := g.Lookup(certcode.MustParseFiling("S000034010001")); r.CreditCode != "９１３４０１００ma2n0xxx1w" {
		t.Errorf("the code was altered: %q", r.CreditCode)
	}
	var h institution.Registry
	if err := h.Add(rec("")); err != nil {
		t.Errorf("no code: %v", err)
	}
}
