package occupation

import (
	"bufio"
	"errors"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/skillcert/skillcert"
)

// TestMarks pins the green and digital marks per major category: the book
// marks 97 digital (S) and 134 green (L) occupations, 23 of them both.
func TestMarks(t *testing.T) {
	type count struct{ s, l, both int }
	want := map[int]count{2: {54, 61, 23}, 3: {0, 2, 0}, 4: {36, 37, 0}, 5: {1, 14, 0}, 6: {6, 20, 0}}
	got := map[int]count{}
	var total count
	for e := range All() {
		if e.IsCategory() && (e.Green || e.Digital) {
			t.Errorf("category %s %s is marked", e.Code, e.Name)
		}
		c := got[e.Code.MajorNumber()]
		if e.Digital {
			c.s++
			total.s++
		}
		if e.Green {
			c.l++
			total.l++
		}
		if e.Green && e.Digital {
			c.both++
			total.both++
		}
		got[e.Code.MajorNumber()] = c
	}
	// Both-marked rows all sit in major 2 except 5-05-01-03 and 4-08-… ones;
	// the per-major "both" counts are pinned as the table has them.
	for m := 1; m <= 8; m++ {
		w := want[m]
		g := got[m]
		if g.s != w.s || g.l != w.l {
			t.Errorf("major %d: S %d, L %d; want S %d, L %d", m, g.s, g.l, w.s, w.l)
		}
	}
	if total != (count{97, 134, 23}) {
		t.Errorf("marks %+v; want 97 S, 134 L, 23 both", total)
	}
	for code, marks := range map[string]string{
		"4-04-05-01": "S", "4-04-05-09": "S", "4-04-05-10": "S", "4-04-05-11": "", "4-04-05-03": "",
		"2-02-38-11": "LS", "5-05-01-03": "LS", "4-08-08-23": "LS", "6-18-01-13": "LS",
		"4-09-08-01": "L", "4-01-04-00": "L", "3-02-03-06": "L", "6-28-01-12": "L",
		"4-14-05-07": "S", "6-17-02-02": "S", "2-06-14-00": "S", "4-13-01-05": "S",
		"6-20-01-01": "", "7-01-00-00": "",
	} {
		e, ok := Lookup(MustParse(code))
		got := ""
		if e.Green {
			got += "L"
		}
		if e.Digital {
			got += "S"
		}
		if !ok || got != marks {
			t.Errorf("%s %s: marks %q, want %q", code, e.Name, got, marks)
		}
	}
}

// TestSeedNames reads every name the seeds print (testdata/seednames.tsv) and
// checks that look-up makes of it what the table says: none is unknown
// without a recorded reason.
func TestSeedNames(t *testing.T) {
	f, err := os.Open("testdata/seednames.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	wt := SeedWorkTypes()
	sc := bufio.NewScanner(f)
	n := 0
	kinds := map[string]int{}
	for line := 1; sc.Scan(); line++ {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		r := strings.Split(sc.Text(), "\t")
		if len(r) != 4 {
			t.Fatalf("seednames.tsv:%d: %d fields", line, len(r))
		}
		n++
		name, where, want := r[0], r[1]+" L"+r[2], r[3]
		e, found := LookupName(name)
		nm, known := NameOf(name)
		switch {
		case strings.HasPrefix(want, "not: "):
			kinds["not"]++
			if found || len(want) < 20 {
				t.Errorf("%s (%s): recorded as not a name (%s) but found %v", name, where, want, e.Code)
			}
		case want == "retired":
			kinds["retired"]++
			if found || !known || nm.Kind != RetiredName || nm.Reason == "" || nm.Document == "" {
				t.Errorf("%s (%s): want a retired name with a reason; got %+v, found %v", name, where, nm, found)
			}
		case want == "catalogue":
			kinds["catalogue"]++
			if _, ok := CatalogueByName(name); !ok {
				t.Errorf("%s (%s): not in the catalogue", name, where)
			}
		case strings.HasPrefix(want, "worktype "):
			kinds["worktype"]++
			if _, ok := wt.Find(MustParse(strings.TrimPrefix(want, "worktype ")), name); !ok {
				t.Errorf("%s (%s): not a work type of %s", name, where, want)
			}
		default:
			c := MustParse(want)
			if !found || e.Code != c {
				t.Errorf("%s (%s): LookupName = %v, %v; want %s", name, where, e.Code, found, c)
			}
			switch {
			case nm.Kind == CurrentName:
				kinds["current"]++
			case nm.Kind == FormerName && nm.Edition != "" && nm.Reason != "":
				kinds["former"]++
			case nm.Kind == VariantName && nm.Reason != "":
				kinds["variant"]++
			default:
				t.Errorf("%s (%s): NameOf = %+v", name, where, nm)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 200 || kinds["former"] < 8 || kinds["retired"] < 13 || kinds["current"] < 100 {
		t.Errorf("%d names, by kind %v: the table is shorter than the sweep found", n, kinds)
	}
}

func TestNameKinds(t *testing.T) {
	for name, want := range map[string]Name{
		"钳工":        {Kind: FormerName, Code: MustParse("6-20-01-01"), Edition: "2015"},
		"保育员":       {Kind: FormerName, Code: MustParse("4-10-01-03"), Edition: "2015"},
		"仓储人员":      {Kind: FormerName, Code: MustParse("4-02-06"), Edition: "2015"},
		"废旧物资回收挑选工": {Kind: FormerName, Code: MustParse("4-01-04-00"), Edition: "1999"},
		"育婴员":       {Kind: RetiredName, Code: MustParse("4-10-01"), Edition: "2015"},
		"计算机操作员":    {Kind: RetiredName, Code: 0, Edition: "1999"},
		"研学旅游指导师":   {Kind: VariantName, Code: MustParse("4-13-04-04")},
		"保育师":       {Kind: CurrentName, Code: MustParse("4-10-01-03")},
	} {
		got, ok := NameOf(name)
		if !ok || got.Kind != want.Kind || got.Code != want.Code || got.Edition != want.Edition {
			t.Errorf("NameOf(%s) = %+v, %v; want %+v", name, got, ok, want)
		}
	}
	if _, ok := LookupName("育婴员"); ok {
		t.Error("a retired name finds an entry")
	}
	if _, ok := NameOf("汽车维修"); ok {
		t.Error("NameOf found a name nobody has")
	}
	if NameKind(9).String() != "NameKind(9)" || FormerName.String() != "former" {
		t.Error("NameKind.String")
	}
	if len(FormerNames()) != 8 || len(RetiredNames()) != 12 {
		t.Errorf("%d former, %d retired names", len(FormerNames()), len(RetiredNames()))
	}
	for _, n := range append(FormerNames(), RetiredNames()...) {
		if seedLine.MatchString(n.Document + n.Reason) {
			t.Errorf("%s cites a seed line: %s", n.Name, n.Document)
		}
	}
}

func TestOrigin(t *testing.T) {
	e, _ := Lookup(MustParse("4-12-01-01"))
	if e.Origin != EditionTitle || Edition != "2022" {
		t.Errorf("origin %q", e.Origin)
	}
}

var seedLine = regexp.MustCompile(`[0-9]{3} L[0-9]`)

const header = "announcement\t人社部函〔2024〕100号\t2024-07-31\n"

func TestOverlay(t *testing.T) {
	src := "# new occupations\n\n" + header +
		"4-04-05-12\t生成式人工智能系统应用员\tS\t\n" +
		"4-04-06\t新的小类\n" +
		"4-04-06-01\t新小类的职业\tL/S\t甲工种、乙工种\n" +
		"6-20-01-01\t装配钳工（新）\t-\t-\t装配钳工\n" +
		"4-12-01-01\t汽车维修工\tL\t汽车新能源维修工\n"
	o, err := ReadOverlay(strings.NewReader(src), "o.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if o.Len() != 5 || o.Announcement != "人社部函〔2024〕100号" || o.Date != "2024-07-31" {
		t.Errorf("overlay %+v", o)
	}
	d, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	for code, want := range map[string]string{"4-04-05-12": "生成式人工智能系统应用员", "4-04-06": "新的小类", "4-04-06-01": "新小类的职业", "6-20-01-01": "装配钳工（新）"} {
		e, ok := d.Lookup(MustParse(code))
		if !ok || e.Name != want || e.Origin != "人社部函〔2024〕100号 2024-07-31" {
			t.Errorf("%s = %+v", code, e)
		}
		if _, ok := Lookup(MustParse(code)); ok && code != "6-20-01-01" {
			t.Errorf("the shipped edition changed: %s", code)
		}
	}
	if e, _ := Lookup(MustParse("6-20-01-01")); e.Name != "装配钳工" {
		t.Errorf("the shipped edition changed: %+v", e)
	}
	if n, ok := d.NameOf("装配钳工"); !ok || n.Kind != FormerName || n.Edition != o.Origin() {
		t.Errorf("renamed: %+v", n)
	}
	if e, ok := d.LookupName("钳工"); !ok || e.Code != MustParse("6-20-01-01") {
		t.Errorf("2015 name after the rename: %+v", e)
	}
	if e, _ := d.Lookup(MustParse("4-12-01-01")); !e.Green || e.Origin != EditionTitle {
		t.Errorf("marks from the overlay: %+v", e)
	}
	if n := len(d.Children(MustParse("4-04"))); n != len(Children(MustParse("4-04")))+1 {
		t.Errorf("4-04 has %d children", n)
	}
	if len(d.Chain(MustParse("4-04-06-01"))) != 4 || d.Count(Occupation) != 1641 || len(d.Overlays()) != 1 {
		t.Error("chain, count or overlays")
	}
	wt, err := SeedWorkTypes().With(o)
	if err != nil {
		t.Fatal(err)
	}
	if w, ok := wt.Find(MustParse("4-04-06-01"), "乙工种"); !ok || !strings.Contains(w.Source, "o.tsv line 6") {
		t.Errorf("work type %+v", w)
	}
	if _, err := wt.With(o); err == nil || !strings.Contains(err.Error(), "line 6") {
		t.Errorf("work types added twice: %v", err)
	}
	// Two overlays in order: the second sees the first's codes.
	o2, err := ReadOverlay(strings.NewReader("announcement\t第二批\t2025-01-02\n4-04-06-02\t另一个职业\n"), "o2.tsv")
	if err == nil {
		t.Error("o2 adds under 4-04-06, which only o has: want an error from ReadOverlay against the shipped edition")
	}
	_ = o2
}

func TestOverlayErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"4-04-05-12\tx\n", "line 1: the first record must be the announcement"},
		{"", "no announcement line"},
		{"announcement\tx\t2024-13-01\n", "line 1: date"},
		{"announcement\tx\n", "line 1: want announcement"},
		{header + "announcement\ty\t2024-01-01\n", "line 2: a second announcement"},
		{header + "4-12-01-01\t汽车修理工\n", "line 2: code 4-12-01-01 is 汽车维修工"},
		{header + "4-12-O1-01\tx\n", "line 2: column 1: occupation: occupation code"},
		{header + "4-04-05-12\t汽车维修工\n", "line 2: the name 汽车维修工 is already occupation 4-12-01-01's"},
		{header + "4-98-01-01\tx\n", "line 2: new code 4-98-01-01 is under 4-98-01"},
		{header + "4-04-05-12\tx\n4-04-05-12\ty\n", "line 3: code 4-04-05-12 is given twice (first on line 2)"},
		{header + "4-04-05-12\tx\tQ\n", "line 2: marks"},
		{header + "4-04\tx\tS\n", "line 2: marks on 4-04"},
		{header + "4-04-05-12\n", "line 2: 1 fields"},
		{header + "4-04-05-12\t-\n", "line 2: code 4-04-05-12 has no name"},
		{header + "6-20-01-01\t新名\t-\t-\t钳工\n", "line 2: former name 钳工 is not the current name"},
		{header + "4-04-05-12\tx\t-\t-\t旧名\n", "line 2: 旧名 renames code 4-04-05-12"},
		{header + "4-04-05-12\tx\t\t\t\t\n", "line 2: 6 fields"},
		{header + strings.Repeat("x", maxOverlayLine+10) + "\n", "line 2"},
	} {
		_, err := ReadOverlay(strings.NewReader(tc.src), "f.tsv")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%.40q: %v; want %q", tc.src, err, tc.want)
		}
		if err != nil && !errors.Is(err, skillcert.ErrSyntax) && !errors.Is(err, skillcert.ErrUnknown) && !errors.Is(err, skillcert.ErrLimit) &&
			!errors.Is(err, skillcert.ErrRange) && !errors.Is(err, skillcert.ErrLength) {
			t.Errorf("%.40q: %v wraps no kind", tc.src, err)
		}
	}
	if _, err := ReadOverlay(nil, "x"); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("nil reader: %v", err)
	}
	if _, err := New(nil); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("nil overlay: %v", err)
	}
	if _, err := (*WorkTypes)(nil).With(nil); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("nil table: %v", err)
	}
	if d, err := New(); err != nil || d != Default() {
		t.Errorf("New() = %v, %v; want the default", d, err)
	}
}

// TestDefaultConcurrent: building dictionaries while others look up races
// with nothing (run under -race).
func TestDefaultConcurrent(t *testing.T) {
	o, err := ReadOverlay(strings.NewReader(header+"4-04-05-12\tx\n"), "o.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d, err := New(o)
			if err != nil {
				t.Error(err)
				return
			}
			if _, ok := d.Lookup(MustParse("4-04-05-12")); !ok {
				t.Error("overlay entry missing")
			}
			if _, ok := Lookup(MustParse("4-04-05-12")); ok {
				t.Error("overlay leaked into the default")
			}
		}()
	}
	wg.Wait()
}

func TestNameAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { NameOf("钳工") }); n != 0 {
		t.Errorf("NameOf allocates %v", n)
	}
	if n := testing.AllocsPerRun(100, func() { LookupName("钳工") }); n != 0 {
		t.Errorf("LookupName of a former name allocates %v", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = Parse(" 4-12-01-01 ") }); n != 0 {
		t.Errorf("Parse allocates %v", n)
	}
}

// wide writes s with full-width digits and dashes, as pasted from a
// document set in a Chinese font.
func wide(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9':
			return r - '0' + '０'
		case r == '-':
			return '－'
		}
		return r
	}, s)
}

func TestPropertyPasted(t *testing.T) {
	var all []Entry
	for e := range All() {
		all = append(all, e)
	}
	props := gopter.NewProperties(gopter.DefaultTestParametersWithSeed(20261201))
	props.Property("a code pasted full width with spaces around parses to the same code", prop.ForAll(func(i, pad int) bool {
		e := all[i%len(all)]
		sp := strings.Repeat("\u3000 ", pad%3)
		c, err := Parse(sp + wide(e.Code.String()) + sp)
		return err == nil && c == e.Code
	}, gen.IntRange(0, 1<<20), gen.IntRange(0, 10)))
	props.Property("an occupation's name with its mark and spaces finds it", prop.ForAll(func(i int) bool {
		e := all[i%len(all)]
		if e.IsCategory() {
			return true
		}
		got, ok := LookupName(" " + e.Name + " L/S")
		return ok && got == e
	}, gen.IntRange(0, 1<<20)))
	props.TestingRun(t)
}

func TestNilAndZero(t *testing.T) {
	c := MustParse("4-12-01-01")
	for _, d := range []*Dictionary{nil, {}} {
		if e, ok := d.Lookup(c); !ok || e.Name != "汽车维修工" {
			t.Errorf("%v: Lookup = %+v", d, e)
		}
		if _, ok := d.LookupName("钳工"); !ok || d.Count(Major) != 8 || len(d.Chain(c)) != 4 || d.Children(c) != nil || len(d.Overlays()) != 0 {
			t.Errorf("%v: look-ups on a nil or zero Dictionary", d)
		}
		if _, ok := d.NameOf("育婴员"); !ok {
			t.Error("NameOf")
		}
		n := 0
		for range d.All() {
			n++
		}
		if n != 8+79+450+1639 {
			t.Errorf("All: %d", n)
		}
	}
	var wt *WorkTypes
	if wt.Known(c) || wt.Of(c) != nil || wt.Len() != 0 {
		t.Error("nil WorkTypes")
	}
	if _, ok := wt.Find(c, ""); ok {
		t.Error("nil WorkTypes finds a row")
	}
}

func BenchmarkNameOf(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if n, ok := NameOf("保育员"); !ok || n.Kind != FormerName {
			b.Fatal(n)
		}
	}
}

func BenchmarkParsePasted(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Parse(" ４－１２－０１－０１ "); err != nil {
			b.Fatal(err)
		}
	}
}
