package occupation

import (
	_ "embed"
	"iter"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/internal/fold"
)

// The shipped edition: what the tables of this package are.
const (
	// Edition is the year of the shipped occupation dictionary.
	Edition = "2022"
	// EditionTitle is the shipped dictionary's title, which Entry.Origin
	// carries for every entry of the shipped edition.
	EditionTitle = "中华人民共和国职业分类大典（2022年版）"
	// EditionDate is the day the 2022 edition was approved and published
	// (审定颁布).
	EditionDate = "2022-09-27"
	// CatalogueEdition is the edition of the 国家职业资格目录 whose
	// skilled-personnel part Catalogue returns.
	CatalogueEdition = "国家职业资格目录（2021年版）"
)

// Entry is one row of a dictionary: a category or an occupation.
type Entry struct {
	Code    Code
	Name    string // the name, brackets full width, marks removed
	Green   bool   // marked L: a green occupation (绿色职业)
	Digital bool   // marked S: a digital occupation (数字职业)
	// Origin says where the entry comes from: EditionTitle for the shipped
	// edition, or the announcement an overlay names (its number and date).
	Origin string
}

// IsCategory reports whether e is a category (大类, 中类 or 小类) rather than an
// occupation. Henan forbids filing a category name as an occupation
// (豫职鉴〔2021〕1号).
func (e Entry) IsCategory() bool { return e.Code.Depth() < Occupation }

// NameKind says how a name relates to the dictionary.
type NameKind uint8

// The kinds of name.
const (
	// CurrentName is an entry's own name in the dictionary.
	CurrentName NameKind = 1
	// FormerName is the name an earlier edition (2015, 1999) or an overlay's
	// rename gave the code: 钳工 for 6-20-01-01 装配钳工.
	FormerName NameKind = 2
	// VariantName is another written form of an entry's name: a later
	// transcription's wording, or the name with a note in brackets.
	VariantName NameKind = 3
	// RetiredName is a name the documents print that no entry has any more;
	// Name.Code is the category its work falls under, or zero.
	RetiredName NameKind = 4
)

var nameKinds = [...]string{"", "current", "former", "variant", "retired"}

// String returns "current", "former", "variant" or "retired"; a value that
// is none of them prints as "NameKind(9)".
func (k NameKind) String() string {
	if k == 0 || int(k) >= len(nameKinds) {
		return "NameKind(" + strconv.Itoa(int(k)) + ")"
	}
	return nameKinds[k]
}

// Name is what a dictionary knows about a name: which entry it leads to and
// why.
type Name struct {
	Name string
	Kind NameKind
	// Code is the entry the name leads to; for a RetiredName, the category its
	// work falls under, or the zero Code where no single category does.
	Code Code
	// Edition is the edition a FormerName comes from ("2015", "1999"), the
	// announcement of an overlay's rename, or "" for other kinds.
	Edition string
	// Document is the public document that prints the name, for example
	// "劳社厅发〔2006〕29号 附件1", or the source of a variant spelling.
	Document string
	// Reason says, in English, why the name leads where it does.
	Reason string
}

//go:embed dictionary.tsv
var dictionaryTSV string

//go:embed names.tsv
var namesTSV string

// Dictionary is an edition of the occupation dictionary with any overlays a
// caller added. The shipped 2022 edition is Default(); New builds one with
// overlays. A Dictionary is immutable and safe for concurrent use; the
// package-level functions (Lookup, LookupName, …) use Default(), and so do
// a nil *Dictionary and the zero Dictionary.
type Dictionary struct {
	entries  []Entry          // in code order: digits, then depth
	byName   map[string]int32 // normalised name → index of the deepest entry with it
	names    map[string]Name  // normalised other name → what it is
	overlays []*Overlay
}

// orDefault makes a nil *Dictionary, and the zero Dictionary, the shipped
// edition, so that a caller who passes none gets the default rather than a
// panic.
func (d *Dictionary) orDefault() *Dictionary {
	if d == nil || d.byName == nil {
		return Default()
	}
	return d
}

// Default returns the shipped edition, 中华人民共和国职业分类大典（2022年版）,
// with the former and variant names the documents print. It is built once,
// on first use.
func Default() *Dictionary { return defaultDict() }

var defaultDict = sync.OnceValue(func() *Dictionary {
	d := &Dictionary{}
	for _, line := range strings.Split(dictionaryTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		e := Entry{Code: MustParse(f[1]), Name: f[3], Green: strings.Contains(f[2], "L"), Digital: strings.Contains(f[2], "S"), Origin: EditionTitle}
		if e.Code.Depth() != Depth(f[0][0]-'0') {
			panic("occupation: dictionary.tsv: depth of " + f[1]) // the generator checked it
		}
		d.entries = append(d.entries, e)
	}
	var others []Name
	for _, line := range strings.Split(namesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		n := Name{Name: f[0], Code: 0, Edition: f[3], Document: f[4], Reason: f[5]}
		switch f[1] {
		case "former":
			n.Kind = FormerName
		case "variant":
			n.Kind = VariantName
		case "retired":
			n.Kind = RetiredName
		}
		if f[2] != "" {
			n.Code = MustParse(f[2])
		}
		others = append(others, n)
	}
	d.index(others)
	return d
})

// index sorts the entries and builds the name indexes.
func (d *Dictionary) index(others []Name) {
	sort.Slice(d.entries, func(i, j int) bool { return d.entries[i].Code.less(d.entries[j].Code) })
	d.byName = make(map[string]int32, len(d.entries))
	for i, e := range d.entries {
		k := string(normalize(e.Name, nil))
		// The deepest entry wins: an occupation over the minor category of
		// the same name, a minor over its middle category.
		if j, ok := d.byName[k]; !ok || d.entries[j].Code.Depth() < e.Code.Depth() {
			d.byName[k] = int32(i)
		}
	}
	d.names = make(map[string]Name, len(others))
	for _, n := range others {
		k := string(normalize(n.Name, nil))
		if _, ok := d.byName[k]; ok {
			continue // an entry's own name wins (an overlay may reuse a retired name)
		}
		d.names[k] = n
	}
}

// less orders codes by digits, then depth, so that a category comes before
// what it holds.
func (c Code) less(d Code) bool {
	if c.digits() != d.digits() {
		return c.digits() < d.digits()
	}
	return c.Depth() < d.Depth()
}

func (d *Dictionary) find(c Code) int {
	i := sort.Search(len(d.entries), func(i int) bool { return !d.entries[i].Code.less(c) })
	if i < len(d.entries) && d.entries[i].Code == c {
		return i
	}
	return -1
}

// Lookup returns the dictionary's entry for c, and whether there is one. It
// does not allocate.
func (d *Dictionary) Lookup(c Code) (Entry, bool) {
	d = d.orDefault()
	if i := d.find(c); i >= 0 {
		return d.entries[i], true
	}
	return Entry{}, false
}

// LookupName returns the entry with the given name, and whether there is one.
// The name may have half- or full-width brackets, spaces, and a trailing green
// or digital mark (L, S, L/S). Former names (钳工, the 2015 name of
// 6-20-01-01 装配钳工) and variant spellings lead to their entry too; use
// NameOf to tell them apart. A retired name finds nothing. Where a category
// and an occupation share a name, the occupation is returned;
// Entry.IsCategory tells a category name. It does not allocate for names of
// up to 64 bytes.
func (d *Dictionary) LookupName(name string) (Entry, bool) {
	d = d.orDefault()
	var buf [64]byte
	k := normalize(name, buf[:0])
	if i, ok := d.byName[string(k)]; ok { // no allocation: the compiler looks up []byte keys in place
		return d.entries[i], true
	}
	if n, ok := d.names[string(k)]; ok && n.Kind != RetiredName {
		return d.Lookup(n.Code)
	}
	return Entry{}, false
}

// NameOf says what the dictionary knows about a name: an entry's own name
// (CurrentName), an earlier edition's name (FormerName, with the edition), a
// variant spelling, or a name the dictionary no longer has (RetiredName, with
// the reason and the category its work falls under). It does not allocate
// for names of up to 64 bytes.
func (d *Dictionary) NameOf(name string) (Name, bool) {
	d = d.orDefault()
	var buf [64]byte
	k := normalize(name, buf[:0])
	if i, ok := d.byName[string(k)]; ok {
		e := d.entries[i]
		return Name{Name: e.Name, Kind: CurrentName, Code: e.Code, Document: e.Origin}, true
	}
	n, ok := d.names[string(k)]
	return n, ok
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

// Children returns the entries one depth below c, in code order; nil for an
// occupation or a code the dictionary lacks.
func (d *Dictionary) Children(c Code) []Entry {
	d = d.orDefault()
	i := d.find(c)
	if i < 0 {
		return nil
	}
	var out []Entry
	for _, e := range d.entries[i+1:] {
		if e.Code.Up(c.Depth()) != c {
			break
		}
		if e.Code.Depth() == c.Depth()+1 {
			out = append(out, e)
		}
	}
	return out
}

// Chain returns the entries from c's major category down to c itself: four
// entries for an occupation. It is nil when the dictionary lacks c or any
// category above it.
func (d *Dictionary) Chain(c Code) []Entry {
	d = d.orDefault()
	if _, ok := d.Lookup(c); !ok {
		return nil
	}
	var out []Entry
	for lv := Major; lv <= c.Depth(); lv++ {
		e, ok := d.Lookup(c.Up(lv))
		if !ok {
			return nil
		}
		out = append(out, e)
	}
	return out
}

// All yields every entry in code order, each category before what it holds.
func (d *Dictionary) All() iter.Seq[Entry] {
	d = d.orDefault()
	return func(yield func(Entry) bool) {
		for _, e := range d.entries {
			if !yield(e) {
				return
			}
		}
	}
}

// Count returns how many entries the dictionary has at depth lv: 8, 79, 450
// or 1,639 in the 2022 edition.
func (d *Dictionary) Count(lv Depth) int {
	d = d.orDefault()
	n := 0
	for _, e := range d.entries {
		if e.Code.Depth() == lv {
			n++
		}
	}
	return n
}

// Overlays returns the overlays the dictionary was built with, in order.
func (d *Dictionary) Overlays() []*Overlay { return append([]*Overlay(nil), d.orDefault().overlays...) }

// Lookup returns the shipped dictionary's entry for c: Default().Lookup(c).
func Lookup(c Code) (Entry, bool) { return Default().Lookup(c) }

// LookupName returns the shipped dictionary's entry with the given name:
// Default().LookupName(name).
func LookupName(name string) (Entry, bool) { return Default().LookupName(name) }

// NameOf says what the shipped dictionary knows about a name:
// Default().NameOf(name).
func NameOf(name string) (Name, bool) { return Default().NameOf(name) }

// Children returns the shipped dictionary's entries one depth below c.
func Children(c Code) []Entry { return Default().Children(c) }

// Chain returns the shipped dictionary's entries from c's major category down
// to c.
func Chain(c Code) []Entry { return Default().Chain(c) }

// All yields every entry of the shipped dictionary in code order.
func All() iter.Seq[Entry] { return Default().All() }

// Count returns how many entries the shipped dictionary has at depth lv: 8,
// 79, 450 or 1,639.
func Count(lv Depth) int { return Default().Count(lv) }

// FormerNames returns the former names (earlier editions' names) the shipped
// dictionary knows, sorted by name. The slice is a fresh copy.
func FormerNames() []Name { return Default().namesOf(FormerName) }

// RetiredNames returns the names the documents print that the shipped
// dictionary no longer has, each with its reason, sorted by name.
func RetiredNames() []Name { return Default().namesOf(RetiredName) }

func (d *Dictionary) namesOf(k NameKind) []Name {
	var out []Name
	for _, n := range d.names {
		if n.Kind == k {
			out = append(out, n)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// IsProfessional reports whether c is in major category 2, 专业技术人员, whose
// occupations Henan excludes from skill-level filing (豫职鉴〔2021〕1号).
func IsProfessional(c Code) bool { return c.IsValid() && c.MajorNumber() == 2 }

// IsSkillMajor reports whether c is in major categories 3–6, where the skill
// occupations that may be filed live (职业技能等级评价机构备案事项办理指南（试行） 二（六）).
func IsSkillMajor(c Code) bool { n := c.MajorNumber(); return c.IsValid() && n >= 3 && n <= 6 }

// Sources lists the documents the shipped tables come from: the dictionary,
// the catalogue, and the documents whose work types SeedWorkTypes holds. The
// slice is a fresh copy.
func Sources() []skillcert.Source {
	return []skillcert.Source{
		{Table: "occupation dictionary", Document: EditionTitle, Date: EditionDate},
		{Table: "qualification catalogue", Document: CatalogueEdition, Date: "2021"},
		{Table: "Henan work types", Document: "豫职鉴〔2021〕1号 三（五）", Date: "2021"},
		{Table: "Anhui work types (评价组织基本情况表)", Document: "皖人社秘〔2020〕65号 附件1", Date: "2020-03-30"},
	}
}
