package special_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/special"
)

// seed is fixed so that a failure can be replayed; gopter logs it too.
const seed = 20200312

func properties(t *testing.T) *gopter.Properties {
	p := gopter.DefaultTestParametersWithSeed(seed)
	p.MinSuccessfulTests = 2000
	t.Logf("gopter seed %d", seed)
	return gopter.NewProperties(p)
}

// fields are the parts of a certificate number, as a generator draws them.
type fields struct {
	Area, Seq, Year, Serial int
	Noise                   []int // how to write each digit and what to put before it
}

func genFields() gopter.Gen {
	return gopter.CombineGens(
		gen.IntRange(0, 9999), gen.IntRange(0, 999), gen.IntRange(2020, 2099), gen.IntRange(1, 99999),
		gen.SliceOfN(special.NumberLen+1, gen.IntRange(0, 23)),
	).Map(func(v []any) fields {
		return fields{v[0].(int), v[1].(int), v[2].(int), v[3].(int), v[4].([]int)}
	})
}

// seps are what people put between digits; index 0 (no separator) is drawn
// most often.
var seps = []string{"", " ", "-", "\u3000", " – ", "\u00a0", "－", "\t"}

// paste writes the digits of code as a person might paste them, by noise:
// full-width or not, separators between them, spaces around. It returns the
// text and each digit's 1-based character position in it.
func paste(code string, noise []int) (string, []int) {
	var b strings.Builder
	pos := make([]int, len(code))
	chars := 0
	write := func(s string) { b.WriteString(s); chars += utf8.RuneCountInString(s) }
	if noise[0]%5 == 1 {
		write("  ")
	}
	for i, c := range code {
		if i > 0 && noise[i]%3 == 0 {
			write(seps[noise[i]/3%len(seps)])
		}
		if noise[i]%2 == 1 {
			write(string(c - '0' + '０'))
		} else {
			write(string(c))
		}
		pos[i] = chars
	}
	if noise[len(noise)-1]%4 == 1 {
		write("\u3000 ")
	}
	return b.String(), pos
}

func digits(n, width int) string {
	s := strconv.Itoa(n)
	return strings.Repeat("0", width-len(s)) + s
}

func TestPropertyRoundTrip(t *testing.T) {
	props := properties(t)
	props.Property("built numbers format, paste and parse back", prop.ForAll(
		func(f fields) string {
			in, err := special.NewInstitution(f.Area, f.Seq)
			if err != nil {
				return err.Error()
			}
			n, err := in.Number(f.Year, f.Serial)
			if err != nil {
				return err.Error()
			}
			want := digits(f.Year%100, 2) + digits(f.Area, 4) + "5" + digits(f.Seq, 3) + digits(f.Serial, 5)
			if n.String() != want {
				return "String " + n.String() + ", want " + want
			}
			if n.Year() != f.Year || n.Serial() != f.Serial || n.Institution() != in || in.Area() != f.Area || in.Sequence() != f.Seq {
				return "accessors disagree with the fields"
			}
			s, _ := paste(want, f.Noise)
			got, err := special.Parse(s)
			if err != nil {
				return err.Error()
			}
			if got != n {
				return s + " parsed as " + got.String()
			}
			si, _ := paste(want[2:10], f.Noise[2:11])
			gi, err := special.ParseInstitution(si)
			if err != nil || gi != in {
				return "institution: " + gi.String()
			}
			b, _ := n.MarshalText()
			var back special.Number
			if err := back.UnmarshalText(b); err != nil || back != n {
				return "text round trip"
			}
			return ""
		},
		genFields(),
	))
	props.Property("Compare orders as the canonical digits do", prop.ForAll(
		func(a, b fields) bool {
			na := number(a)
			nb := number(b)
			return na.Compare(nb) == strings.Compare(na.String(), nb.String()) &&
				na.Institution().Compare(nb.Institution()) == strings.Compare(na.Institution().String(), nb.Institution().String())
		},
		genFields(), genFields(),
	))
	props.TestingRun(t)
}

func number(f fields) special.Number {
	in, _ := special.NewInstitution(f.Area, f.Seq)
	n, _ := in.Number(f.Year, f.Serial)
	return n
}

// corruption breaks one field of a valid number.
type corruption struct {
	field    string
	from, to int // 0-based digits of the number
	kind     error
	inst     bool // also a field of the institution code
	replace  func(code string, r int) string
}

var corruptions = []corruption{
	{field: "year", from: 0, to: 1, kind: skillcert.ErrRange,
		replace: func(code string, r int) string { return digits(r%20, 2) + code[2:] }},
	{field: "category", from: 6, to: 6, kind: skillcert.ErrSyntax, inst: true,
		replace: func(code string, r int) string {
			d := "012346789"[r%9 : r%9+1]
			return code[:6] + d + code[7:]
		}},
	{field: "serial", from: 10, to: 14, kind: skillcert.ErrRange,
		replace: func(code string, r int) string { return code[:10] + "00000" }},
	{field: "character", from: -1, kind: skillcert.ErrSyntax, inst: true,
		replace: func(code string, r int) string {
			i := r % len(code)
			bad := "OoIlxX.,/_+"[r%11 : r%11+1]
			return code[:i] + bad + code[i+1:]
		}},
}

func TestPropertyCorruptField(t *testing.T) {
	props := properties(t)
	for _, c := range corruptions {
		props.Property(c.field+": one broken field is named with its positions in the pasted input", prop.ForAll(
			func(f fields, r int) string {
				code := c.replace(number(f).String(), r)
				s, pos := paste(code, f.Noise)
				from, to := c.from, c.to
				if from < 0 { // the character replaced
					from = r % len(code)
					to = from
				}
				if msg := checkCorrupt(special.Parse, s, "special certificate", c, pos, from, to); msg != "" {
					return "Parse " + msg
				}
				if !c.inst || from < 2 || from > 9 {
					return ""
				}
				s, pos = paste(code[2:10], f.Noise[2:11])
				return checkCorrupt(special.ParseInstitution, s, "special institution code", c, pos, from-2, to-2)
			},
			genFields(), gen.IntRange(0, 1<<20),
		))
	}
	props.TestingRun(t)
}

func checkCorrupt[T any](parse func(string) (T, error), s, what string, c corruption, pos []int, from, to int) string {
	_, err := parse(s)
	var e *skillcert.Error
	if !errors.As(err, &e) {
		return strconv.Quote(s) + ": no *skillcert.Error: " + strconv.Quote(errString(err))
	}
	wantGot := string([]rune(s)[pos[from]-1 : pos[to]])
	if e.Field != c.field || e.Pos != pos[from] || e.End != pos[to] || e.Got != wantGot || !errors.Is(err, c.kind) || e.What != what || e.Input != s {
		return strconv.Quote(s) + ": " + err.Error() + "; want field " + c.field + " at " + strconv.Itoa(pos[from]) + "–" + strconv.Itoa(pos[to]) + " " + strconv.Quote(wantGot)
	}
	return ""
}

func errString(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}
