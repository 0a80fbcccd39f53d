package nationalid

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/skillcert/skillcert"
)

// complete returns every way of finishing body with the given last
// characters that ParseCreditCode accepts.
func completeCredit(body string) []string {
	var ok []string
	for _, c17 := range "0123456789X" {
		for _, c18 := range creditChars {
			s := body + string(c17) + string(c18)
			if _, err := ParseCreditCode(s); err == nil {
				ok = append(ok, s)
			}
		}
	}
	return ok
}

func completeID(body string) []string {
	var ok []string
	for _, c := range "0123456789X" {
		if _, err := ParseResidentID(body + string(c)); err == nil {
			ok = append(ok, body+string(c))
		}
	}
	return ok
}

func params() *gopter.TestParameters {
	p := gopter.DefaultTestParametersWithSeed(20261123)
	p.MinSuccessfulTests = 300
	return p
}

var (
	genCreditBody = gen.SliceOfN(16, gen.IntRange(0, len(creditChars)-1)).Map(func(ix []int) string {
		var b strings.Builder
		for _, i := range ix {
			b.WriteByte(creditChars[i])
		}
		return b.String()
	})
	genIDBody = gopter.CombineGens(
		gen.IntRange(110000, 659999), gen.IntRange(0, 200*366), gen.IntRange(0, 999),
	).Map(func(v []any) string {
		birth := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, v[1].(int))
		return pad(v[0].(int), 6) + birth.Format("20060102") + pad(v[2].(int), 3)
	})
	// badChars are characters no position of either identifier accepts.
	genBad = gen.OneConstOf("I", "O", "Ｏ", "-", "中", " ", "\u00a0", "!", "\xff")
)

func pad(n, width int) string {
	s := strings.Repeat("0", width) + itoa(n)
	return s[len(s)-width:]
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func TestPropertyCreditCode(t *testing.T) {
	props := gopter.NewProperties(params())
	props.Property("exactly one completion is valid, and it round-trips in every pasted form", prop.ForAll(
		func(body string) bool {
			ok := completeCredit(body)
			if len(ok) != 1 {
				return false
			}
			for _, in := range []string{ok[0], strings.ToLower(ok[0]), full(ok[0]), " \u3000" + ok[0] + "\t"} {
				c, err := ParseCreditCode(in)
				if err != nil || c.String() != ok[0] {
					return false
				}
				var back CreditCode
				text, _ := c.MarshalText()
				if back.UnmarshalText(text) != nil || back != c {
					return false
				}
			}
			return true
		}, genCreditBody))
	props.Property("any other character in one place is an error", prop.ForAll(
		func(body string, i, j int) bool {
			code := completeCredit(body)[0]
			c := creditChars[j%len(creditChars)]
			if code[i] == c {
				return true
			}
			_, err := ParseCreditCode(code[:i] + string(c) + code[i+1:])
			return errors.Is(err, skillcert.ErrChecksum)
		}, genCreditBody, gen.IntRange(0, 17), gen.IntRange(0, 30)))
	props.Property("a character outside the alphabet is named at its position", prop.ForAll(
		func(body string, i, lead int, bad string) bool {
			code := completeCredit(body)[0]
			in := strings.Repeat("\u3000", lead) + code[:i] + bad + code[i+1:]
			_, err := ParseCreditCode(in)
			var e *skillcert.Error
			return errors.As(err, &e) && errors.Is(err, skillcert.ErrSyntax) && e.Pos == lead+i+1 && e.End == e.Pos && e.Got == bad
		}, genCreditBody, gen.IntRange(0, 16), gen.IntRange(0, 3), genBad.SuchThat(func(s string) bool { return s != " " && s != "\u00a0" })))
	props.TestingRun(t)
}

func TestPropertyResidentID(t *testing.T) {
	props := gopter.NewProperties(params())
	props.Property("exactly one check character is valid, and it round-trips", prop.ForAll(
		func(body string) bool {
			ok := completeID(body)
			if len(ok) != 1 {
				return false
			}
			for _, in := range []string{ok[0], strings.ToLower(ok[0]), full(ok[0]), " " + ok[0] + "\u3000"} {
				id, err := ParseResidentID(in)
				if err != nil || id.String() != ok[0] || id.Birth().Format("20060102") != body[6:14] {
					return false
				}
			}
			return true
		}, genIDBody))
	props.Property("any other digit in one place is an error", prop.ForAll(
		func(body string, i, d int) bool {
			id := completeID(body)[0]
			c := byte('0' + d)
			if id[i] == c {
				return true
			}
			_, err := ParseResidentID(id[:i] + string(c) + id[i+1:])
			return errors.Is(err, skillcert.ErrChecksum) || errors.Is(err, skillcert.ErrRange)
		}, genIDBody, gen.IntRange(0, 17), gen.IntRange(0, 9)))
	props.Property("a non-digit in one place is named at its position", prop.ForAll(
		func(body string, i, lead int, bad string) bool {
			id := completeID(body)[0]
			in := strings.Repeat(" ", lead) + full(id[:i]) + bad + id[i+1:]
			_, err := ParseResidentID(in)
			var e *skillcert.Error
			return errors.As(err, &e) && errors.Is(err, skillcert.ErrSyntax) && e.Pos == lead+i+1 && e.Got == bad
		}, genIDBody, gen.IntRange(0, 17), gen.IntRange(0, 3), genBad.SuchThat(func(s string) bool { return s != " " && s != "\u00a0" })))
	props.TestingRun(t)
}
