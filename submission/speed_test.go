package submission

import (
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/nationalid"
	"github.com/skillcert/skillcert/submission/subgen"
)

// TestResidentIDFastPath holds residentIDOK to nationalid.CheckResidentID:
// on canonical 18-character numbers they agree both ways (the fast path
// accepts exactly what the authority accepts), and on any other form the
// fast path accepts nothing.
func TestResidentIDFastPath(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	days := []time.Time{today, time.Date(2000, 2, 29, 0, 0, 0, 0, time.UTC), time.Date(1990, 1, 1, 23, 0, 0, 0, time.FixedZone("CST", 8*3600))}
	withCheck := func(s17 string) string {
		sum := 0
		for i := 0; i < 17; i++ {
			sum += int(s17[i]-'0') * idWeights[i]
		}
		return s17 + string("10X98765432"[sum%11])
	}
	var ids []string
	for i := 0; i < 20000; i++ {
		// Birth dates around the edges: the minimum year, leap days,
		// impossible months and days, the reference day.
		y := []int{nationalid.MinBirthYear - 1, nationalid.MinBirthYear, 1900, 1949, 1990, 2000, 2024, 2026, 2027, 1799 + rng.Intn(300)}[rng.Intn(10)]
		m, d := rng.Intn(14), rng.Intn(33)
		s17 := strconv.Itoa(100000+rng.Intn(900000)) + strconv.Itoa(10000 + y)[1:] + strconv.Itoa(100 + m)[1:] + strconv.Itoa(100 + d)[1:] + strconv.Itoa(1000 + rng.Intn(1000))[1:]
		id := withCheck(s17)
		switch rng.Intn(4) {
		case 0: // a wrong check character
			id = s17 + string("0123456789Xx"[rng.Intn(12)])
		case 1: // a stray character somewhere
			b := []byte(id)
			b[rng.Intn(18)] = "0123456789Xx -/"[rng.Intn(15)]
			id = string(b)
		}
		ids = append(ids, id)
	}
	ids = append(ids, "11010519491231002X", "11010519491231002x", " 11010519491231002X", "１１０１０５１９４９１２３１００２Ｘ", "", "110105194912310021", "11010520261123002X")
	agree := 0
	for _, ref := range days {
		y, m, d := ref.Date()
		ymd := y*10000 + int(m)*100 + d
		for _, id := range ids {
			fast := residentIDOK(id, ymd)
			slow := nationalid.CheckResidentID(id, ref) == nil
			canonical := len(id) == 18 && (id[17] == 'X' || id[17] >= '0' && id[17] <= '9')
			for i := 0; canonical && i < 17; i++ {
				canonical = id[i] >= '0' && id[i] <= '9'
			}
			switch {
			case fast && !slow:
				t.Fatalf("%q on %v: the fast path accepts what CheckResidentID refuses", id, ref)
			case canonical && fast != slow:
				t.Fatalf("%q on %v: the fast path refuses a canonical number CheckResidentID accepts", id, ref)
			}
			if fast {
				agree++
			}
		}
	}
	if agree < 1000 {
		t.Fatalf("only %d numbers valid: the test does not exercise the fast path", agree)
	}
}

// cleanRows returns n generated rows without defects, each as its own cells.
func cleanRows(t testing.TB, n int) [][]string {
	var rows [][]string
	if _, err := subgen.Generate(subgen.Options{Rows: n, Seed: 7}, func(cells []string) error {
		rows = append(rows, append([]string(nil), cells...))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestRowAllocs: checking a clean row allocates nothing but its share of the
// duplicate index's growth and of the memos (well under one allocation in
// four rows).
func TestRowAllocs(t *testing.T) {
	const n = 10_000
	rows := cleanRows(t, n)
	var bad int
	allocs := testing.AllocsPerRun(3, func() {
		c := NewChecker(Options{Today: today})
		if err := c.Header(Row{Num: 1, Cells: subgen.Header}); err != nil {
			t.Fatal(err)
		}
		for i, cells := range rows {
			if fs := c.Row(Row{Num: i + 2, Cells: cells}); len(fs) != 0 {
				bad++
			}
		}
	})
	if bad != 0 {
		t.Fatalf("%d clean rows with findings", bad)
	}
	t.Logf("%.0f allocations for %d clean rows", allocs, n)
	// The growth of the index and the memos is about 0.08 a row at this
	// size and falls as the table grows; one allocation in a row's path
	// would add 1.
	if perRow := allocs / n; perRow > 0.25 {
		t.Fatalf("%.0f allocations for %d clean rows: %.3f a row, want < 0.25", allocs, n, perRow)
	}
}

// TestTrim holds the fast trim to strings.TrimSpace for every character at
// either end of a cell.
func TestTrim(t *testing.T) {
	// Every space is in the Basic Multilingual Plane; a few characters
	// beyond it and an invalid one stand for the rest.
	var rs []rune
	for r := rune(0); r <= 0xFFFF; r++ {
		rs = append(rs, r)
	}
	rs = append(rs, 0x10000, 0x1F600, 0x20000, 0x10FFFF, 0x110000)
	for _, r := range rs {
		c := string(r)
		for _, s := range []string{c, "a" + c, c + "a", "中" + c, c + "中", "é" + c, c + c} {
			if got, want := trim(s), strings.TrimSpace(s); got != want {
				t.Fatalf("trim(%q) = %q, want %q", s, got, want)
			}
		}
	}
	for _, s := range []string{"\xe3\x80", "\x80\x80", "a\xc2", "\xe2\x80\x80\x80", "\u3000中\u00a0"} {
		if got, want := trim(s), strings.TrimSpace(s); got != want {
			t.Fatalf("trim(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestValidUTF8 holds validUTF8 to utf8.Valid on every short sequence of
// interesting bytes and on random ones.
func TestValidUTF8(t *testing.T) {
	bytes := []byte{0, 'a', 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xE4, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF}
	var rec func(b []byte)
	rec = func(b []byte) {
		if got, want := validUTF8(b), utf8.Valid(b); got != want {
			t.Fatalf("validUTF8(% x) = %v, want %v", b, got, want)
		}
		if len(b) == 4 {
			return
		}
		for _, c := range bytes {
			rec(append(b, c))
		}
	}
	rec(nil)
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 300000; i++ {
		b := make([]byte, rng.Intn(24))
		for j := range b {
			b[j] = bytes[rng.Intn(len(bytes))]
			if rng.Intn(2) == 0 { // runs of CJK for the two-at-a-time path
				b[j] = []byte("张三合")[rng.Intn(9)]
			}
		}
		if got, want := validUTF8(b), utf8.Valid(b); got != want {
			t.Fatalf("validUTF8(% x) = %v, want %v", b, got, want)
		}
	}
	text := []byte("张三,201,11010519491231002X,合肥某汽车服务有限公司,汽车维修工,四级/中级工\n")
	for i := 0; i < 100000; i++ {
		b := append([]byte(nil), text[:rng.Intn(len(text))]...)
		if len(b) > 0 && rng.Intn(2) == 0 {
			b[rng.Intn(len(b))] = byte(rng.Intn(256))
		}
		if got, want := validUTF8(b), utf8.Valid(b); got != want {
			t.Fatalf("validUTF8(% x) = %v, want %v", b, got, want)
		}
	}
}

// FuzzValidUTF8 holds validUTF8 to utf8.Valid.
func FuzzValidUTF8(f *testing.F) {
	f.Add([]byte("张三,201\n"))
	f.Add([]byte{0xED, 0xA0, 0x80})
	f.Add([]byte{0xE4, 0xB8})
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := validUTF8(b), utf8.Valid(b); got != want {
			t.Fatalf("validUTF8(% x) = %v, want %v", b, got, want)
		}
	})
}

// TestHasLineBreak holds the eight-byte scan to strings.ContainsAny.
func TestHasLineBreak(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	alphabet := []byte{'\n', '\r', 0, 0x0D - 1, 0x0E, 'a', 0x7F, 0x80, 0xFF, 0x8D, 0x8A}
	for i := 0; i < 200000; i++ {
		b := make([]byte, rng.Intn(30))
		for j := range b {
			b[j] = alphabet[rng.Intn(len(alphabet))]
			if rng.Intn(3) > 0 {
				b[j] = 'A' + byte(rng.Intn(26))
			}
		}
		if got, want := hasLineBreak(string(b)), strings.ContainsAny(string(b), "\r\n"); got != want {
			t.Fatalf("hasLineBreak(%q) = %v, want %v", b, got, want)
		}
	}
}

// TestIsBlank holds isBlank to strings.TrimSpace.
func TestIsBlank(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		for _, s := range []string{string(r), string(r) + " ", " " + string(r), string(r) + string(r)} {
			if got, want := isBlank(s), strings.TrimSpace(s) == ""; got != want {
				t.Fatalf("isBlank(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// TestMemo: a memo returns only what was put for the same text and tag, and
// keeps two texts that share a set.
func TestMemo(t *testing.T) {
	var m memo[int]
	want := map[[2]string]int{}
	sets := map[uint8][]string{}
	for n := 0; n < 2000; n++ {
		s, tag := strconv.Itoa(n*7919)+"职业名称", uint64(n%3)
		i, hit := m.find(s, tag)
		if hit {
			t.Fatalf("%q found before it was put", s)
		}
		m.put(i, s, tag, n)
		want[[2]string{s, strconv.Itoa(int(tag))}] = n
		sets[i] = append(sets[i], s)
		if j, hit := m.find(s, tag); !hit || m.vals[j] != n {
			t.Fatalf("%q not found right after put", s)
		}
		if j, hit := m.find(s, tag+1); hit {
			t.Fatalf("%q found under another tag at %d", s, j)
		}
	}
	for k, v := range want {
		tag, _ := strconv.Atoi(k[1])
		if j, hit := m.find(k[0], uint64(tag)); hit && m.vals[j] != v {
			t.Fatalf("%q: %d, want %d", k[0], m.vals[j], v)
		}
	}
	// Two texts of one set both stay.
	for i, ss := range sets {
		if len(ss) < 2 {
			continue
		}
		a, b := ss[len(ss)-2], ss[len(ss)-1]
		var m2 memo[int]
		ia, _ := m2.find(a, 0)
		m2.put(ia, a, 0, 1)
		ib, _ := m2.find(b, 0)
		if ib != ia {
			continue // the tags differed in the first memo
		}
		m2.put(ib, b, 0, 2)
		if _, hit := m2.find(a, 0); !hit {
			t.Fatalf("set %d: %q pushed out by %q", i, a, b)
		}
		return
	}
	t.Fatal("no two texts shared a set")
}

// TestCSVAllocs: reading and checking a clean CSV table allocates one
// string a record (the record's text, which its cells share, as
// encoding/csv with ReuseRecord does) and little else.
func TestCSVAllocs(t *testing.T) {
	const n = 10_000
	var b strings.Builder
	b.WriteString(strings.Join(subgen.Header, ",") + "\n")
	for _, cells := range cleanRows(t, n) {
		b.WriteString(strings.Join(cells, ",") + "\r\n")
	}
	table := b.String()
	allocs := testing.AllocsPerRun(3, func() {
		sum, _, err := CheckCSV(strings.NewReader(table), Options{Today: today}, func(f skillcert.Finding) error {
			t.Errorf("a finding in a clean table: %+v", f)
			return nil
		})
		if err != nil || sum.Clean != n {
			t.Fatal(sum, err)
		}
	})
	t.Logf("%.0f allocations for %d clean rows", allocs, n)
	if perRow := allocs / n; perRow > 1.25 {
		t.Fatalf("%.0f allocations for %d clean rows: %.3f a row, want < 1.25", allocs, n, perRow)
	}
}

// TestRowTable: every key stored is found with its row, through every
// growth, and no key is found that was not stored.
func TestRowTable(t *testing.T) {
	var tb rowTable
	rng := rand.New(rand.NewSource(4))
	keys := map[uint64]int32{}
	for n := int32(1); n <= 200_000; n++ {
		k := rng.Uint64()>>uint(rng.Intn(60)) | 1
		first, dup := tb.firstOrAdd(k, n)
		if want, seen := keys[k]; seen != dup || dup && first != want {
			t.Fatalf("key %d: (%d, %v), want (%d, %v)", k, first, dup, want, seen)
		}
		if !dup {
			keys[k] = n
		}
	}
	if tb.n != len(keys) || 4*tb.n > 3*len(tb.slots) {
		t.Fatalf("%d keys in %d slots, want %d", tb.n, len(tb.slots), len(keys))
	}
}
