// Package certgen generates valid and near-valid certificate numbers for
// property tests with github.com/leanovate/gopter, so that systems which
// store, index or check skillcert codes can be tested against every rule.
//
//	props.Property("my store keeps every number", prop.ForAll(
//		func(c certcode.Code) bool { return store.Put(c) == nil },
//		certgen.Code(),
//	))
//
// Every generated Code is built field by field from the rule (DECISIONS.md D1–D7)
// and is what certcode.Parse returns for its String: the rule of a generated
// code is the one Parse picks. Corrupt generates a valid code with exactly one
// field replaced by a value the rule forbids, and says which field and
// position certcode must name.
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
	return gopter.CombineGens(parts(schemes), gen.IntRange(2019, 2099), gen.IntRange(1, 5), gen.IntRange(1, 999999)).
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
		cat := byte('Y')
		if v[1].(bool) && sc != certcode.Guangdong && sc != certcode.Chongqing {
			cat = 'S'
		}
		inst := v[2].(int)
		if v[3].(bool) || sc == certcode.Anhui {
			inst = 0
		}
		pick, site := v[4].(int), v[5].(int)
		var prov, rest string
		switch sc {
		case certcode.National:
			ps := nationalProvinces(cat)
			prov = ps[pick%len(ps)]
			rest = fmt.Sprintf("%06d", site)
		default:
			prov = sc.Province()
			areas := region.Areas(prov)
			rest = areas[pick%len(areas)].Code
			switch sc {
			case certcode.Guangdong:
				rest += fmt.Sprintf("%d%03d", 1+site%3, site/3%1000)
			case certcode.Henan:
				rest += fmt.Sprintf("%04d", site%10000)
			default: // Anhui, Chongqing: 0001–9999
				rest += fmt.Sprintf("%04d", 1+site%9999)
			}
		}
		return certcode.MustParseFiling(fmt.Sprintf("%c%04d%s%s", cat, inst, prov, rest))
	})
}

// nationalProvinces returns the provinces where a code of category cat falls
// to the national rule (DECISIONS.md D1).
func nationalProvinces(cat byte) []string {
	var out []string
	for _, p := range region.Provinces() {
		switch p.Code {
		case "41", "34":
			continue
		case "44", "50":
			if cat == 'Y' {
				continue
			}
		}
		out = append(out, p.Code)
	}
	return out
}

// Corrupted is a valid code with one field replaced by a value its rule
// forbids.
type Corrupted struct {
	Valid certcode.Code // the code before the change
	Input string        // the changed 22 characters
	Field string        // the certcode.Error Field that Parse must report
	Pos   int           // the certcode.Error Pos that Parse must report
}

// corruption is one way to break a field: where, and the values that break it.
type corruption struct {
	field string
	pos   int
	bad   func(c certcode.Code) []string // forbidden values for the field of c; nil if the rule checks none
}

var corruptions = []corruption{
	{"category", 1, func(certcode.Code) []string { return strings.Split("ABCDEFGHIJKLMNOPQRTUVWZ0123456789", "") }},
	{"institution", 2, func(c certcode.Code) []string {
		if c.Scheme() != certcode.Anhui {
			return nil
		}
		return []string{"0001", "0100", "9999", "1000"}
	}},
	{"province", 6, func(certcode.Code) []string { return missing(region.Provinces()) }},
	{"area", 8, func(c certcode.Code) []string {
		if c.Area() == "" { // the rule has no area, as for an S code in 44 or 50 (D1)
			return nil
		}
		return missing(region.Areas(c.Province()))
	}},
	{"site", 10, func(c certcode.Code) []string {
		switch c.Scheme() {
		case certcode.Guangdong:
			return strings.Split("0456789", "")
		case certcode.Anhui, certcode.Chongqing:
			return []string{"0000"}
		}
		return nil
	}},
	{"year", 14, func(certcode.Code) []string { return strings.Split("00 01 05 10 17 18", " ") }},
	{"level", 16, func(certcode.Code) []string { return strings.Split("06789", "") }},
	{"serial", 17, func(certcode.Code) []string { return []string{"000000"} }},
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

// Corrupt generates valid codes of the given rules (any rule when none is
// given) with one range- or table-checked field replaced by a value the rule
// forbids, or one digit replaced by a letter (Field "character").
func Corrupt(schemes ...certcode.Scheme) gopter.Gen {
	return gopter.CombineGens(Code(schemes...), gen.IntRange(0, len(corruptions)), gen.IntRange(0, 1<<20)).
		Map(func(v []interface{}) Corrupted {
			c, which, pick := v[0].(certcode.Code), v[1].(int), v[2].(int)
			s := c.String()
			if which < len(corruptions) {
				k := corruptions[which]
				if bad := k.bad(c); bad != nil {
					b := bad[pick%len(bad)]
					return Corrupted{c, s[:k.pos-1] + b + s[k.pos-1+len(b):], k.field, k.pos}
				}
			}
			// A letter where a digit belongs; O and I look like digits.
			pos := 2 + pick%21
			letter := "OIABZ"[pick/21%5 : pick/21%5+1]
			return Corrupted{c, s[:pos-1] + letter + s[pos:], "character", pos}
		})
}

// Noisy generates the forms in which people paste the code c (DECISIONS.md
// D8): grouped with spaces, U+3000 or dashes, full width, lower-case letter.
// certcode.Parse must read each back to c.
func Noisy(c certcode.Code) gopter.Gen {
	return gen.IntRange(0, 1<<10).Map(func(n int) string {
		s := c.String()
		if n&1 != 0 {
			s = c.Grouped()
		}
		if n&2 != 0 {
			s = strings.ReplaceAll(s, " ", []string{"\u3000", "-", "－", " - ", "—", "\u00a0"}[n>>5%6])
		}
		if n&4 != 0 {
			s = strings.ToLower(s)
		}
		if n&8 != 0 {
			s = strings.Map(func(r rune) rune {
				if r > ' ' && r < 0x7f {
					return r + 0xfee0
				}
				return r
			}, s)
		}
		if n&16 != 0 {
			s = " \t" + s + "\u3000\n"
		}
		return s
	})
}
