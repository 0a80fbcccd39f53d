// Package certgen generates valid and near-valid certificate numbers for
// property tests with github.com/leanovate/gopter, so that systems which
// store, index or check skillcert codes can be tested against every rule.
//
//	props.Property("my store keeps every number", prop.ForAll(
//		func(c certcode.Code) bool { return store.Put(c) == nil },
//		certgen.Code(),
//	))
//
// Every generated Code is built field by field from the rule that governs it
// and is what certcode.Parse returns for its String: the rule of a generated
// code is the one Parse picks. Noisy writes a code in the forms people paste.
// Corrupt generates a valid code with exactly one field replaced by a value
// the rule forbids, pasted in one of those forms, and says which field and
// which characters certcode must name.
package certgen

import (
	"fmt"
	"strings"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/region"
)

// Code generates valid certificate numbers (certcode.Code) governed by one of
// the given rules, or by any rule when none is given.
func Code(schemes ...certcode.Scheme) gopter.Gen {
	return gopter.CombineGens(parts(schemes), gen.IntRange(certcode.MinYear, certcode.MaxYear), gen.IntRange(1, 5), gen.IntRange(1, certcode.MaxSerial)).
		Map(func(v []interface{}) certcode.Code {
			f := v[0].(certcode.Filing)
			c, err := f.Certificate(v[1].(int), level.Level(v[2].(int)), v[3].(int))
			if err != nil {
				panic("certgen: generated an invalid code: " + err.Error())
			}
			return c
		})
}

// Filing generates valid filing numbers (certcode.Filing) governed by one of
// the given rules, or by any rule when none is given.
func Filing(schemes ...certcode.Scheme) gopter.Gen { return parts(schemes) }

func parts(schemes []certcode.Scheme) gopter.Gen {
	if len(schemes) == 0 {
		schemes = certcode.Schemes()
	}
	return gopter.CombineGens(
		gen.IntRange(0, len(schemes)-1), // rule
		gen.Bool(),                      // category S rather than Y, where the rule allows it
		gen.IntRange(0, 9999),           // institution; 0 half the time, below
		gen.Bool(),                      // institution 0000
		gen.IntRange(0, 1<<20),          // province or area index
		gen.IntRange(0, 999999),         // site digits
	).Map(func(v []interface{}) certcode.Filing {
		sc := schemes[v[0].(int)]
		cat := certcode.SocialOrg
		if !v[1].(bool) || sc.EmployersOnly() {
			cat = certcode.Employer
		}
		inst := v[2].(int)
		if v[3].(bool) || sc == certcode.Anhui {
			inst = 0
		}
		pick, site := v[4].(int), v[5].(int)
		var prov, rest string
		from, lo, hi := sc.Sequence()
		if from == 0 { // positions 8–13 are six digits the province assigns
			ps := nationalProvinces(cat)
			prov = ps[pick%len(ps)]
			rest = fmt.Sprintf("%06d", site)
		} else {
			prov = sc.Province()
			areas := region.Areas(prov)
			rest = areas[pick%len(areas)].Code
			if from > 10 { // position 10 is a unit kind of its own
				us := sc.Units()
				u := us[site%len(us)]
				d, dhi := u.Digits()
				rest += string(d + byte(site/len(us)%int(dhi-d+1)))
				site /= 10
			}
			rest += fmt.Sprintf("%0*d", 14-from, lo+site%(hi-lo+1))
		}
		return certcode.MustParseFiling(fmt.Sprintf("%c%04d%s%s", cat, inst, prov, rest))
	})
}

// nationalProvinces returns the provinces where a code of category cat falls
// to the national rule.
func nationalProvinces(cat certcode.Category) []string {
	var out []string
	for _, p := range region.Provinces() {
		if certcode.SchemeFor(p.Code, cat) == certcode.National {
			out = append(out, p.Code)
		}
	}
	return out
}

// Corrupted is a valid code with one field replaced by a value its rule
// forbids, written in one of the forms people paste.
type Corrupted struct {
	Valid certcode.Code // the code before the change
	Input string        // the changed code, as pasted: grouped, full width, lower case, …
	Field string        // the skillcert.Error Field that certcode.Parse must report
	Pos   int           // the first character of Input that Parse must report (skillcert.Error.Pos)
	End   int           // the last character of Input that Parse must report (skillcert.Error.End)
}

// corruption is one way to break a field: where, and the values that break it.
type corruption struct {
	pos int
	bad func(c certcode.Code) []string // forbidden values for the field of c; nil if the rule checks none
}

var corruptions = []corruption{
	{1, func(certcode.Code) []string { return strings.Split("ABCDEFGHIJKLMNOPQRTUVWZ0123456789", "") }},
	{2, func(c certcode.Code) []string {
		if c.Scheme() != certcode.Anhui {
			return nil
		}
		return []string{"0001", "0100", "9999", "1000"}
	}},
	{6, func(certcode.Code) []string { return missing(region.Provinces()) }},
	{8, func(c certcode.Code) []string {
		if c.Area() == "" { // the rule has no area, as for an S code in 44 or 50
			return nil
		}
		return missing(region.Areas(c.Province()))
	}},
	{10, func(c certcode.Code) []string {
		sc := c.Scheme()
		from, lo, _ := sc.Sequence()
		var bad []string // digits that name no unit where the rule limits position 10 to its units
		if us := sc.Units(); len(us) > 0 && c.Category() == certcode.Employer {
			for d := byte('0'); d <= '9'; d++ {
				named := false
				for _, u := range us {
					if ulo, uhi := u.Digits(); ulo <= d && d <= uhi {
						named = true
					}
				}
				if !named {
					bad = append(bad, string(d))
				}
			}
		}
		if from == 10 && lo > 0 { // a sequence below its range
			for n := 0; n < lo; n++ {
				bad = append(bad, fmt.Sprintf("%04d", n))
			}
		}
		return bad
	}},
	{14, func(certcode.Code) []string { return strings.Split("00 01 05 10 17 18", " ") }},
	{16, func(certcode.Code) []string { return strings.Split("06789", "") }},
	{17, func(certcode.Code) []string { return []string{"000000"} }},
}

// missing returns the two-digit codes 00–99 that a table lacks, or nil for
// no table.
func missing(rows []region.Area) []string {
	if rows == nil {
		return nil
	}
	have := map[string]bool{}
	for _, r := range rows {
		have[r.Code] = true
	}
	var out []string
	for i := 0; i < 100; i++ {
		if c := fmt.Sprintf("%02d", i); !have[c] {
			out = append(out, c)
		}
	}
	return out
}

// fieldAt returns the field of c at position pos: the last of c's parts that
// covers it (Henan's position 10 is both a unit and the start of the
// sequence; errors name the sequence).
func fieldAt(c certcode.Code, pos int) string {
	name := ""
	for p := range c.Parts() {
		if p.From <= pos && pos <= p.To {
			name = p.Field
		}
	}
	return name
}

// Corrupt generates valid codes of the given rules (any rule when none is
// given) with one range- or table-checked field replaced by a value the rule
// forbids, or one digit replaced by a letter, in one of the forms Noisy
// generates; Pos and End are the characters of that form that hold the field.
func Corrupt(schemes ...certcode.Scheme) gopter.Gen {
	return gopter.CombineGens(Code(schemes...), gen.IntRange(0, len(corruptions)), gen.IntRange(0, 1<<20), gen.IntRange(0, 1<<10)).
		Map(func(v []interface{}) Corrupted {
			c, which, pick, form := v[0].(certcode.Code), v[1].(int), v[2].(int), v[3].(int)
			s := c.String()
			from, value := 0, ""
			if which < len(corruptions) {
				k := corruptions[which]
				if bad := k.bad(c); bad != nil {
					from, value = k.pos, bad[pick%len(bad)]
				}
			}
			if from == 0 {
				// A letter where a digit belongs; O and I look like digits.
				from, value = 2+pick%21, "OIABZ"[pick/21%5:pick/21%5+1]
			}
			to := from + len(value) - 1
			in, at := paste(s[:from-1]+value+s[to:], groups(c), form)
			return Corrupted{c, in, fieldAt(c, from), at[from-1], at[to-1]}
		})
}

// groups returns the group lengths of c's grouped form.
func groups(c certcode.Code) []int {
	var g []int
	for _, f := range strings.Fields(c.Grouped()) {
		g = append(g, len(f))
	}
	return g
}

// Noisy generates the forms in which people paste the code c: grouped with
// spaces, U+3000, no-break spaces or dashes, full width, lower-case letter,
// surrounding spaces. certcode.Parse must read each back to c.
func Noisy(c certcode.Code) gopter.Gen {
	return gen.IntRange(0, 1<<10).Map(func(n int) string {
		s, _ := paste(c.String(), groups(c), n)
		return s
	})
}

// separators are what people paste between groups.
var separators = []string{" ", "\u3000", "-", "－", " - ", "—", "\u00a0"}

// paste writes the canonical code s in the form the bits of n choose, and
// returns it with the 1-based character position of each of s's characters.
func paste(s string, groups []int, n int) (string, []int) {
	var out []rune
	at := make([]int, 0, len(s))
	if n&16 != 0 {
		out = append(out, ' ', '\t')
	}
	sep := ""
	if n&1 != 0 {
		sep = " "
		if n&2 != 0 {
			sep = separators[n>>5%len(separators)]
		}
	}
	i := 0
	for gi, g := range groups {
		if gi > 0 {
			out = append(out, []rune(sep)...)
		}
		for _, r := range s[i : i+g] {
			if n&4 != 0 && 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			if n&8 != 0 {
				r += 0xFEE0 // the full-width form
			}
			out = append(out, r)
			at = append(at, len(out))
		}
		i += g
	}
	if n&8 != 0 {
		for j, r := range out {
			if r == '-' {
				out[j] = '－'
			}
		}
	}
	if n&16 != 0 {
		out = append(out, '\u3000', '\n')
	}
	return string(out), at
}
