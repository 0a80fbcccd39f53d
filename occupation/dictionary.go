package occupation

import (
	_ "embed"
	"iter"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/skillcert/skillcert/internal/fold"
)

// Entry is one row of the 2022 occupation dictionary.
type Entry struct {
	Code    Code
	Name    string // the 2022 name, brackets full width, marks removed
	Green   bool   // marked L: a green occupation (绿色职业)
	Digital bool   // marked S: a digital occupation (数字职业)
}

// IsCategory reports whether e is a category (大类, 中类 or 小类) rather than an
// occupation. Henan forbids filing a category name as an occupation
// (003 L4569–4571).
func (e Entry) IsCategory() bool { return e.Code.Level() < Occupation }

// Alias is a name the seeds print for a code that look-up by name also accepts
// (DECISIONS.md D15): the 2015 edition's name where the 2022 edition renamed
// the occupation.
type Alias struct {
	Code   Code
	Name   string
	Source string // seed file and line
}

// aliases2015 are the 2015 codes and names the seeds print (003 L4577–4593,
// 004 L131–145). Only 6-20-01-01 was renamed in 2022 (钳工 → 装配钳工); the
// rest keep their names and are listed so that the table says what the seeds
// print.
var aliases2015 = []Alias{
	{MustParse("6-18-01-01"), "车工", "003 L4578"},
	{MustParse("4-10-01-06"), "家政服务员", "003 L4581"},
	{MustParse("4-12-01-01"), "汽车维修工", "003 L4585; 004 L131–134"},
	{MustParse("6-20-01-01"), "钳工", "003 L4593"},
}

// Aliases2015 returns the 2015 codes and names the seeds print, each with the
// line it comes from. The slice is a fresh copy.
func Aliases2015() []Alias { return append([]Alias(nil), aliases2015...) }

//go:embed dictionary.tsv
var dictionaryTSV string

type dictionary struct {
	entries []Entry          // in code order: digits, then level
	byName  map[string]int32 // normalised name → index of the deepest entry with it
}

// dict loads the embedded table on first use.
var dict = sync.OnceValue(func() *dictionary {
	d := &dictionary{byName: make(map[string]int32, 2600)}
	others := map[string]Code{}
	for _, line := range strings.Split(dictionaryTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		e := Entry{Code: MustParse(f[1]), Name: f[3], Green: strings.Contains(f[2], "L"), Digital: strings.Contains(f[2], "S")}
		if e.Code.Level() != Level(f[0][0]-'0') {
			panic("occupation: dictionary.tsv: level of " + f[1])
		}
		d.entries = append(d.entries, e)
		for _, o := range f[4:] {
			others[o] = e.Code
		}
	}
	sort.Slice(d.entries, func(i, j int) bool { return d.entries[i].Code.less(d.entries[j].Code) })
	for i, e := range d.entries {
		k := string(normalize(e.Name, nil))
		// The deepest entry wins: an occupation over the minor category of
		// the same name, a minor over its middle category.
		if j, ok := d.byName[k]; !ok || d.entries[j].Code.Level() < e.Code.Level() {
			d.byName[k] = int32(i)
		}
	}
	add := func(name string, c Code) {
		k := string(normalize(name, nil))
		if _, ok := d.byName[k]; !ok {
			d.byName[k] = int32(d.index(c))
		}
	}
	for name, c := range others {
		add(name, c)
	}
	for _, a := range aliases2015 {
		add(a.Name, a.Code)
	}
	return d
})

// less orders codes by digits, then level, so that a category comes before
// what it holds.
func (c Code) less(d Code) bool {
	if c.digits() != d.digits() {
		return c.digits() < d.digits()
	}
	return c.Level() < d.Level()
}

func (d *dictionary) index(c Code) int {
	i := sort.Search(len(d.entries), func(i int) bool { return !d.entries[i].Code.less(c) })
	if i < len(d.entries) && d.entries[i].Code == c {
		return i
	}
	return -1
}

// Lookup returns the dictionary's entry for c, and whether there is one. It
// does not allocate.
func Lookup(c Code) (Entry, bool) {
	d := dict()
	if i := d.index(c); i >= 0 {
		return d.entries[i], true
	}
	return Entry{}, false
}

// LookupName returns the entry with the given name, and whether there is one.
// The name may have half- or full-width brackets, spaces, and a trailing green
// or digital mark (L, S, L/S); other names the corrections file lists and the
// 2015 names the seeds print (钳工 for 6-20-01-01) are found too. Where a
// category and an occupation share a name, the occupation is returned;
// Entry.IsCategory tells a category name. It does not allocate for names of up
// to 64 bytes.
func LookupName(name string) (Entry, bool) {
	var buf [64]byte
	d := dict()
	i, ok := d.byName[string(normalize(name, buf[:0]))] // no allocation: the compiler looks up []byte keys in place
	if !ok {
		return Entry{}, false
	}
	return d.entries[i], true
}

// normalize writes name as the index keys it: no spaces, full-width
// brackets, full-width Latin narrowed, the trailing mark removed. It appends to
// buf, which may be nil.
func normalize(name string, buf []byte) []byte {
	for _, r := range name {
		r = fold.Rune(r)
		switch {
		case fold.IsSpace(r):
			continue
		case r == '(':
			r = '（'
		case r == ')':
			r = '）'
		}
		buf = utf8.AppendRune(buf, r)
	}
	for _, m := range marks {
		if len(buf) > len(m) && string(buf[len(buf)-len(m):]) == m {
			return buf[:len(buf)-len(m)]
		}
	}
	return buf
}

// marks are the ways a trailing green or digital mark is written.
var marks = [...]string{"（L/S）", "（S/L）", "（L）", "（S）", "L/S", "S/L", "L", "S"}

// Children returns the entries one level below c, in code order; nil for an
// occupation or a code the dictionary lacks.
func Children(c Code) []Entry {
	d := dict()
	i := d.index(c)
	if i < 0 {
		return nil
	}
	var out []Entry
	for _, e := range d.entries[i+1:] {
		if e.Code.Up(c.Level()) != c {
			break
		}
		if e.Code.Level() == c.Level()+1 {
			out = append(out, e)
		}
	}
	return out
}

// Chain returns the entries from c's major category down to c itself: four
// entries for an occupation. It is nil when the dictionary lacks c.
func Chain(c Code) []Entry {
	if _, ok := Lookup(c); !ok {
		return nil
	}
	var out []Entry
	for lv := Major; lv <= c.Level(); lv++ {
		e, _ := Lookup(c.Up(lv))
		out = append(out, e)
	}
	return out
}

// All yields every entry in code order, each category before what it holds.
func All() iter.Seq[Entry] {
	return func(yield func(Entry) bool) {
		for _, e := range dict().entries {
			if !yield(e) {
				return
			}
		}
	}
}

// Count returns how many entries the dictionary has at level lv: 8, 79, 450
// or 1,639.
func Count(lv Level) int {
	n := 0
	for e := range All() {
		if e.Code.Level() == lv {
			n++
		}
	}
	return n
}

// IsProfessional reports whether c is in major category 2, 专业技术人员, whose
// occupations Henan excludes from skill-level filing (003 L4567).
func IsProfessional(c Code) bool { return c.IsValid() && c.MajorNumber() == 2 }

// IsSkillMajor reports whether c is in major categories 3–6, where the skill
// occupations that may be filed live (003 L1576).
func IsSkillMajor(c Code) bool { n := c.MajorNumber(); return c.IsValid() && n >= 3 && n <= 6 }
