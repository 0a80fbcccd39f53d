package issuer_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/issuer"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/special"
)

// The 专项 institutions of the tests: 郑州市's centre in the example of
// 豫人社办函〔2020〕41号 二（四） (seed 003 L4852–4856) and one it manages.
var (
	zz      = special.MustParseInstitution("16015000")
	zzOther = special.MustParseInstitution("16015001")
)

// specialStores are the stores of stores() that also serve zz.
func specialStores() []store {
	var out []store
	for _, st := range stores() {
		open := st.open
		out = append(out, store{st.name, func(t testing.TB) issuer.Store {
			s := open(t)
			var err error
			switch s := s.(type) {
			case *issuer.Memory:
				err = s.ServeSpecial(zz)
			case *issuer.SQL:
				err = s.ServeSpecial(ctx, zz)
			}
			if err != nil {
				t.Fatal(err)
			}
			return s
		}})
	}
	return out
}

func TestSpecialIssue(t *testing.T) {
	for _, st := range specialStores() {
		t.Run(st.name, func(t *testing.T) {
			s := st.open(t)
			is, err := issuer.NewSpecial(zz, s)
			if err != nil {
				t.Fatal(err)
			}
			if is.Institution() != zz {
				t.Errorf("Institution = %v", is.Institution())
			}
			// 2-digit year + institution code + 5-digit serial (003 L4858–4860).
			n, err := is.Next(ctx, 2024)
			if err != nil || n.String() != "241601500000001" {
				t.Fatalf("Next = %v, %v", n, err)
			}
			b, err := is.Block(ctx, 2024, 3)
			if err != nil || len(b) != 3 || b[0].String() != "241601500000002" || b[2].String() != "241601500000004" {
				t.Fatalf("Block = %v, %v", b, err)
			}
			// Counted per year: the number carries the year, so 2025 starts
			// at 00001 and the two numbers still differ.
			if n, _ := is.Next(ctx, 2025); n.String() != "251601500000001" {
				t.Errorf("2025 starts at %v", n)
			}
			// A filing number's certificates in the same store are counted
			// apart from the institution's.
			fi, _ := issuer.New(anhui, s)
			if c, err := fi.Next(ctx, 2024, level.Four); err != nil || c.Serial() != 1 {
				t.Errorf("the filing number's counter: %v %v", c, err)
			}
			if n, _ := is.Next(ctx, 2024); n.Serial() != 5 {
				t.Errorf("after a certificate number of a filing: %v", n)
			}
			// History.
			if err := is.Used(ctx, special.MustParse("241601500000010"), special.MustParse("241601500000007")); err != nil {
				t.Fatal(err)
			}
			if n, _ := is.Next(ctx, 2024); n.Serial() != 11 {
				t.Errorf("after history up to 10: %v", n)
			}
			if err := is.UsedUpTo(ctx, 2024, 3); err != nil { // never lowers
				t.Fatal(err)
			}
			if n, _ := is.Next(ctx, 2024); n.Serial() != 12 {
				t.Errorf("a lower history moved the counter back: %v", n)
			}
			if err := is.Used(ctx, special.MustParse("241601500100001")); !errors.Is(err, skillcert.ErrArgument) {
				t.Errorf("another institution's number as history: %v", err)
			}
			// 99999 is the end (003 L4860 "00001-99999"): nothing wraps.
			if err := s.Raise(ctx, issuer.Key{Special: zz, Year: 2030}, special.MaxSerial-9); err != nil {
				t.Fatal(err)
			}
			_, err = is.Block(ctx, 2030, 10)
			if !errors.Is(err, issuer.ErrExhausted) || !strings.Contains(err.Error(), "16015000 2030") ||
				!strings.Contains(err.Error(), "99999, 9 left") {
				t.Errorf("a block past 99999: %v", err)
			}
			b, err = is.Block(ctx, 2030, 9)
			if err != nil || b[0].String() != "301601500099991" || b[8].String() != "301601500099999" {
				t.Errorf("the last 9: %v %v", b, err)
			}
			if _, err := is.Next(ctx, 2030); !errors.Is(err, issuer.ErrExhausted) {
				t.Errorf("after 99999: %v", err)
			}
			if err := is.UsedUpTo(ctx, 2031, special.MaxSerial); err != nil {
				t.Fatal(err)
			}
			if _, err := is.Next(ctx, 2031); !errors.Is(err, issuer.ErrExhausted) {
				t.Errorf("after a history up to 99999: %v", err)
			}
			// An institution the store does not serve.
			is2, _ := issuer.NewSpecial(zzOther, s)
			if _, err := is2.Next(ctx, 2024); !errors.Is(err, issuer.ErrNotServed) || !strings.Contains(err.Error(), "16015001") {
				t.Errorf("an unserved institution: %v", err)
			}
			if err := is2.UsedUpTo(ctx, 2024, 3); !errors.Is(err, issuer.ErrNotServed) {
				t.Errorf("history of an unserved institution: %v", err)
			}
			// A store that serves filing numbers only refuses every 专项 key.
			is3, _ := issuer.NewSpecial(zz, stores()[0].open(t))
			if _, err := is3.Next(ctx, 2024); !errors.Is(err, issuer.ErrNotServed) {
				t.Errorf("a store serving no institution: %v", err)
			}
		})
	}
}

// TestSpecialExhaustedUnderContention: the last 9 serials of a year go to 9
// of 24 goroutines asking at once; the rest are ErrExhausted.
func TestSpecialExhaustedUnderContention(t *testing.T) {
	for _, st := range specialStores() {
		t.Run(st.name, func(t *testing.T) {
			is, _ := issuer.NewSpecial(zz, st.open(t))
			if err := is.UsedUpTo(ctx, 2024, special.MaxSerial-9); err != nil {
				t.Fatal(err)
			}
			raceToExhaustion(t, special.MaxSerial, func() (int, error) {
				n, err := is.Next(ctx, 2024)
				return n.Serial(), err
			})
		})
	}
}

// TestSpecialConcurrent allocates singles and small blocks of 专项 numbers
// from many goroutines at once (run it with -race), beside certificate
// numbers of a filing number in the same store: every number is distinct and
// there are no gaps.
func TestSpecialConcurrent(t *testing.T) {
	for _, st := range specialStores() {
		t.Run(st.name, func(t *testing.T) {
			s := st.open(t)
			is, _ := issuer.NewSpecial(zz, s)
			fi, _ := issuer.New(anhui, s)
			const workers, each = 16, 40
			var mu sync.Mutex
			got := map[special.Number]bool{}
			var wg sync.WaitGroup
			for w := range workers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					var mine []special.Number
					for i := range each {
						if (w+i)%4 == 0 { // the filing's counter, interleaved
							if _, err := fi.Block(ctx, 2024, level.Five, 2); err != nil {
								t.Error(err)
								return
							}
						}
						ns, err := is.Block(ctx, 2024, 1+(w*i)%3)
						if err != nil {
							t.Error(err)
							return
						}
						mine = append(mine, ns...)
					}
					mu.Lock()
					defer mu.Unlock()
					for _, n := range mine {
						if got[n] {
							t.Errorf("%v twice", n)
						}
						got[n] = true
					}
				}()
			}
			wg.Wait()
			for i := 1; i <= len(got); i++ {
				n, _ := zz.Number(2024, i)
				if !got[n] {
					t.Fatalf("gap at %d of %d", i, len(got))
				}
			}
		})
	}
}

// TestSpecialReopen: a SQLite file keeps the institutions it serves and
// their counters when it is closed and opened again.
func TestSpecialReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "special.db")
	db := sqliteDB(t, path)
	st, err := issuer.CreateSQL(ctx, db, anhui)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.ServeSpecial(ctx, zz, zzOther, zz); err != nil {
		t.Fatal(err)
	}
	is, _ := issuer.NewSpecial(zz, st)
	if _, err := is.Block(ctx, 2024, 41); err != nil {
		t.Fatal(err)
	}
	st.Close()
	db.Close()

	st, err = issuer.OpenSQL(ctx, sqliteDB(t, path))
	if err != nil {
		t.Fatal(err)
	}
	is, _ = issuer.NewSpecial(zz, st)
	if n, err := is.Next(ctx, 2024); err != nil || n.String() != "241601500000042" {
		t.Errorf("after reopening: %v %v", n, err)
	}
	sp, err := st.Specials(ctx)
	if err != nil || fmt.Sprint(sp) != "[16015000 16015001]" {
		t.Errorf("Specials = %v, %v", sp, err)
	}
	fs, err := st.Filings(ctx)
	if err != nil || fmt.Sprint(fs) != "[S000034010001]" {
		t.Errorf("Filings = %v, %v", fs, err)
	}
}

// TestSpecialCrash kills processes in the middle of allocating 专项 numbers
// and checks that no serial a dead process returned is issued again.
func TestSpecialCrash(t *testing.T) {
	for _, db := range []string{"sqlite", "postgres"} {
		t.Run(db, func(t *testing.T) {
			dir := t.TempDir()
			var cs childStore
			if db == "sqlite" {
				cs = sqliteChild(filepath.Join(dir, "crash.db"))
			} else {
				cs = childStore{"pgx", pgURL(t)}
			}
			crash(t, cs, filepath.Join(dir, "done"), 50, true)
		})
	}
}

// TestSpecialMisuse: zero values, nil arguments, keys naming both or neither
// and numbers out of range are errors of the root model, never panics.
func TestSpecialMisuse(t *testing.T) {
	m, _ := issuer.NewMemory(anhui)
	_ = m.ServeSpecial(zz)
	sqlite := createSQLite(t, filepath.Join(t.TempDir(), "m.db"))
	if err := sqlite.ServeSpecial(ctx, zz); err != nil {
		t.Fatal(err)
	}
	var nilCtx context.Context
	key := issuer.Key{Special: zz, Year: 2024}
	for _, st := range []issuer.Store{m, sqlite} {
		name := fmt.Sprintf("%T", st)
		for _, n := range []int{0, -1, special.MaxSerial + 1, certcode.MaxSerial} {
			_, err := st.Allocate(ctx, key, n)
			argErr(t, fmt.Sprintf("%s Allocate n=%d", name, n), err, skillcert.ErrArgument)
		}
		_, err := st.Allocate(ctx, issuer.Key{Filing: anhui, Special: zz, Year: 2024, Level: level.Four}, 1)
		argErr(t, name+" both", err, skillcert.ErrArgument)
		_, err = st.Allocate(ctx, issuer.Key{Special: zz, Year: 2024, Level: level.Four}, 1)
		argErr(t, name+" special with a level", err, skillcert.ErrArgument)
		_, err = st.Allocate(ctx, issuer.Key{Special: zz, Year: 2019}, 1)
		argErr(t, name+" year 2019", err, skillcert.ErrRange)
		argErr(t, name+" Raise 100000", st.Raise(ctx, key, special.MaxSerial+1), skillcert.ErrRange)
		argErr(t, name+" Raise -1", st.Raise(ctx, key, -1), skillcert.ErrRange)
	}
	argErr(t, "Memory ServeSpecial zero", m.ServeSpecial(special.Institution{}), skillcert.ErrArgument)
	argErr(t, "SQL ServeSpecial zero", sqlite.ServeSpecial(ctx, special.Institution{}), skillcert.ErrArgument)
	var nilMem *issuer.Memory
	argErr(t, "nil *Memory ServeSpecial", nilMem.ServeSpecial(zz), skillcert.ErrArgument)
	var nilSQL *issuer.SQL
	argErr(t, "nil *SQL ServeSpecial", nilSQL.ServeSpecial(ctx, zz), skillcert.ErrArgument)
	_, err := nilSQL.Specials(ctx)
	argErr(t, "nil *SQL Specials", err, skillcert.ErrArgument)

	_, err = issuer.NewSpecial(special.Institution{}, m)
	argErr(t, "NewSpecial zero institution", err, skillcert.ErrArgument)
	_, err = issuer.NewSpecial(zz, nil)
	argErr(t, "NewSpecial nil store", err, skillcert.ErrArgument)
	_, err = issuer.NewSpecial(zz, nilMem)
	argErr(t, "NewSpecial nil *Memory", err, skillcert.ErrArgument)

	is, _ := issuer.NewSpecial(zz, m)
	for _, y := range []int{0, 2019, 2100} {
		_, err := is.Next(ctx, y)
		argErr(t, fmt.Sprintf("Next year %d", y), err, skillcert.ErrRange)
	}
	for _, n := range []int{0, -1, special.MaxSerial + 1} {
		_, err := is.Block(ctx, 2024, n)
		argErr(t, fmt.Sprintf("Block n=%d", n), err, skillcert.ErrArgument)
	}
	_, err = is.Next(nilCtx, 2024)
	argErr(t, "Next nil context", err, skillcert.ErrArgument)
	argErr(t, "UsedUpTo 100000", is.UsedUpTo(ctx, 2024, special.MaxSerial+1), skillcert.ErrRange)
	argErr(t, "Used zero Number", is.Used(ctx, special.Number{}), skillcert.ErrArgument)
	argErr(t, "Used nil context", is.Used(nilCtx), skillcert.ErrArgument)

	var zero issuer.SpecialIssuer
	_, err = zero.Next(ctx, 2024)
	argErr(t, "zero SpecialIssuer", err, skillcert.ErrArgument)
	var nilIs *issuer.SpecialIssuer
	_, err = nilIs.Block(ctx, 2024, 1)
	argErr(t, "nil *SpecialIssuer", err, skillcert.ErrArgument)
	if nilIs.Institution().IsValid() {
		t.Error("nil *SpecialIssuer has an institution")
	}
	// Nothing was counted by the refused calls.
	if n, err := is.Next(ctx, 2024); err != nil || n.Serial() != 1 {
		t.Errorf("after misuse: %v %v", n, err)
	}
}

func TestSpecialKeyString(t *testing.T) {
	for k, want := range map[issuer.Key]string{
		{Special: zz, Year: 2024}:                          "16015000 2024 专项",
		{Filing: anhui, Year: 2024, Level: level.Four}:     "S000034010001 2024 level 4",
		{Filing: anhui, Special: zz, Year: 2024, Level: 4}: "S000034010001 2024 level 4",
	} {
		if got := k.String(); got != want {
			t.Errorf("%#v.String() = %q, want %q", k, got, want)
		}
	}
}
