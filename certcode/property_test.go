package certcode_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/skillcert/skillcert"
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
	props.Property("every pasted form of a valid number parses to it, and so does its filing number", prop.ForAll(
		func(c Code) string {
			v, _ := certgen.Noisy(c).Sample()
			s := v.(string)
			got, err := Parse(s)
			if err != nil || got != c {
				return fmt.Sprintf("%q: %v, %v", s, got, err)
			}
			if err := Validate(s); err != nil {
				return err.Error()
			}
			// The filing number is the first 13 characters: cut the pasted
			// form after the 13th kept character.
			r := []rune(s)
			kept := 0
			for i := range r {
				if Compact(string(r[i])) != "" {
					kept++
				}
				if kept == 13 {
					f, err := ParseFiling(string(r[:i+1]))
					if err != nil || f != c.Filing() {
						return fmt.Sprintf("%q: filing %v, %v", string(r[:i+1]), f, err)
					}
					break
				}
			}
			return ""
		},
		certgen.Code(),
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
			var ea, eb *skillcert.Error
			// The same defect; positions differ, since each counts the
			// characters of its own input.
			return errA == nil || (errors.As(errA, &ea) && errors.As(errB, &eb) && ea.Field == eb.Field && ea.Kind == eb.Kind &&
				(ea.Cause == nil || errors.Is(errB, ea.Cause)) && Compact(ea.Got) == Compact(eb.Got))
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
			var e *skillcert.Error
			if !errors.As(err, &e) {
				return k.Input + ": accepted"
			}
			if e.Field != k.Field || e.Pos != k.Pos || e.End != k.End || e.Input != k.Input {
				return fmt.Sprintf("%q: %v (characters %d–%d); want %s at %d–%d", k.Input, err, e.Pos, e.End, k.Field, k.Pos, k.End)
			}
			if want := string([]rune(k.Input)[k.Pos-1 : k.End]); e.Got != want {
				return fmt.Sprintf("%q: Got %q, want %q", k.Input, e.Got, want)
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
