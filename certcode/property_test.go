package certcode_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	. "github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/certcode/certgen"
)

// seed is fixed so that a failure can be replayed; gopter logs it too.
const seed = 20261123

func properties(t *testing.T) *gopter.Properties {
	p := gopter.DefaultTestParametersWithSeed(seed)
	p.MinSuccessfulTests = 2000
	t.Logf("gopter seed %d", seed)
	return gopter.NewProperties(p)
}

func TestPropertyRoundTrip(t *testing.T) {
	props := properties(t)
	for _, sc := range Schemes() {
		props.Property(sc.String()+": generated numbers format and parse back", prop.ForAll(
			func(c Code) string {
				if c.Scheme() != sc {
					return "generated under " + c.Scheme().String()
				}
				for _, s := range []string{c.String(), c.Grouped()} {
					got, err := Parse(s)
					if err != nil {
						return err.Error()
					}
					if diff := cmp.Diff(decode(c), decode(got)); diff != "" || got != c {
						return s + ": " + diff
					}
				}
				b, _ := c.MarshalText()
				var back Code
				if err := back.UnmarshalText(b); err != nil || back != c {
					return "text round trip"
				}
				if c2, err := New(c.Fields()); err != nil || c2 != c {
					return "New(Fields) round trip"
				}
				return ""
			},
			certgen.Code(sc),
		))
	}
	props.TestingRun(t)
}

func TestPropertyNoisyForms(t *testing.T) {
	props := properties(t)
	props.Property("every pasted form of a valid number parses to it (D8)", prop.ForAll(
		func(c Code, n int) bool {
			s, _ := certgen.Noisy(c).Sample()
			got, err := Parse(s.(string))
			return err == nil && got == c
		},
		certgen.Code(), gen.Int(),
	))
	props.TestingRun(t)
}

func TestPropertyCompact(t *testing.T) {
	props := properties(t)
	anyString := gen.OneGenOf(gen.AnyString(), gen.AlphaString(), gen.NumString(),
		certgen.Code().Map(func(c Code) string { return c.Grouped() }))
	props.Property("Compact is idempotent", prop.ForAll(
		func(s string) bool { return Compact(Compact(s)) == Compact(s) },
		anyString,
	))
	props.Property("Parse(Compact(s)) equals Parse(s)", prop.ForAll(
		func(s string) bool {
			a, errA := Parse(s)
			b, errB := Parse(Compact(s))
			if a != b || (errA == nil) != (errB == nil) {
				return false
			}
			var ea, eb *Error
			return errA == nil || (errors.As(errA, &ea) && errors.As(errB, &eb) && ea.Field == eb.Field && ea.Pos == eb.Pos)
		},
		anyString,
	))
	props.TestingRun(t)
}

func TestPropertyCorruptedFieldIsNamed(t *testing.T) {
	props := properties(t)
	props.Property("a field replaced by a forbidden value is caught and named", prop.ForAll(
		func(k certgen.Corrupted) string {
			_, err := Parse(k.Input)
			var e *Error
			if !errors.As(err, &e) {
				return k.Input + ": accepted"
			}
			if e.Field != k.Field || e.Pos != k.Pos {
				return k.Input + ": " + err.Error() + "; want " + k.Field
			}
			return ""
		},
		certgen.Corrupt(),
	))
	props.TestingRun(t)
}

func TestPropertyFilingCertificate(t *testing.T) {
	props := properties(t)
	props.Property("a certificate built from a filing number carries it", prop.ForAll(
		func(f Filing, serial int) bool {
			c, err := f.Certificate(2024, 3, serial)
			return err == nil && c.Filing() == f && c.Serial() == serial && c.Scheme() == f.Scheme() && Validate(c.String()) == nil
		},
		certgen.Filing(), gen.IntRange(1, 999999),
	))
	props.TestingRun(t)
}
