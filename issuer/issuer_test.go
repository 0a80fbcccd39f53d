package issuer_test

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/issuer"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/registry"
)

var ctx = context.Background()

var (
	anhui = certcode.MustParseFiling("S000034010001")
	other = certcode.MustParseFiling("Y000144001005")
)

// sqliteDB opens the SQLite file at path with the package's documented DSN.
func sqliteDB(t testing.TB, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", issuer.SQLiteDSN(path))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// createSQLite creates a store serving anhui in the SQLite file at path.
func createSQLite(t testing.TB, path string) *issuer.SQL {
	t.Helper()
	st, err := issuer.CreateSQL(ctx, sqliteDB(t, path), anhui)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// pgURL returns SKILLCERT_PG_URL with a fresh schema of its own on the search
// path, dropped when the test ends. Without SKILLCERT_PG_URL it skips, except
// in CI (CI=true), where PostgreSQL must be tested: it fails. .ci/run starts a
// server (.ci/postgres.sh) and sets the variable.
func pgURL(t testing.TB) string {
	t.Helper()
	base := os.Getenv("SKILLCERT_PG_URL")
	if base == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but SKILLCERT_PG_URL is empty: the PostgreSQL tests must run in CI (.ci/run starts a server with .ci/postgres.sh)")
		}
		t.Skip("PostgreSQL tests need SKILLCERT_PG_URL (for example postgres://skillcert:skillcert@127.0.0.1:5432/skillcert); .ci/run sets it")
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("SKILLCERT_PG_URL: %v", err)
	}
	defer admin.Close()
	schema := fmt.Sprintf("skillcert_test_%d_%d", os.Getpid(), rand.Int63())
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("PostgreSQL at SKILLCERT_PG_URL cannot be used: %v", err)
	}
	t.Cleanup(func() {
		admin, err := sql.Open("pgx", base)
		if err == nil {
			_, _ = admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE")
			admin.Close()
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("SKILLCERT_PG_URL: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func pgDB(t testing.TB, url string) *sql.DB {
	t.Helper()
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func createPostgres(t testing.TB) *issuer.SQL {
	t.Helper()
	st, err := issuer.CreateSQL(ctx, pgDB(t, pgURL(t)), anhui)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

type store struct {
	name string
	open func(t testing.TB) issuer.Store
}

func stores() []store {
	return []store{
		{"memory", func(t testing.TB) issuer.Store {
			m, err := issuer.NewMemory(anhui)
			if err != nil {
				t.Fatal(err)
			}
			return m
		}},
		{"sqlite", func(t testing.TB) issuer.Store { return createSQLite(t, filepath.Join(t.TempDir(), "s.db")) }},
		{"postgres", func(t testing.TB) issuer.Store { return createPostgres(t) }},
	}
}

func TestIssue(t *testing.T) {
	for _, st := range stores() {
		t.Run(st.name, func(t *testing.T) {
			is, err := issuer.New(anhui, st.open(t))
			if err != nil {
				t.Fatal(err)
			}
			c, err := is.Next(ctx, 2024, level.Four)
			if err != nil || c.String() != "S000034010001244000001" {
				t.Fatalf("Next = %v, %v", c, err)
			}
			b, err := is.Block(ctx, 2024, level.Four, 3)
			if err != nil || len(b) != 3 || b[0].Serial() != 2 || b[2].Serial() != 4 {
				t.Fatalf("Block = %v, %v", b, err)
			}
			// Per year and level (003 L2584): another level starts at 1.
			if c, _ := is.Next(ctx, 2024, level.Three); c.Serial() != 1 {
				t.Errorf("level 3 starts at %d", c.Serial())
			}
			if c, _ := is.Next(ctx, 2025, level.Four); c.Serial() != 1 {
				t.Errorf("2025 starts at %d", c.Serial())
			}
			// History: numbers used before are never issued again.
			if err := is.Used(ctx, certcode.MustParse("S000034010001244000010"), certcode.MustParse("S000034010001244000007")); err != nil {
				t.Fatal(err)
			}
			if c, _ := is.Next(ctx, 2024, level.Four); c.Serial() != 11 {
				t.Errorf("after history up to 10: %d", c.Serial())
			}
			if err := is.UsedUpTo(ctx, 2024, level.Four, 5); err != nil { // never lowers
				t.Fatal(err)
			}
			if c, _ := is.Next(ctx, 2024, level.Four); c.Serial() != 12 {
				t.Errorf("a lower history moved the counter back: %d", c.Serial())
			}
			if err := is.Used(ctx, certcode.MustParse("Y000144001005205000001")); !errors.Is(err, skillcert.ErrArgument) {
				t.Errorf("another filing's number as history: %v", err)
			}
			// 999999 is the end: nothing wraps.
			if err := is.UsedUpTo(ctx, 2030, level.One, 999990); err != nil {
				t.Fatal(err)
			}
			_, err = is.Block(ctx, 2030, level.One, 10)
			if !errors.Is(err, issuer.ErrExhausted) || !strings.Contains(err.Error(), "S000034010001 2030 level 1") || !strings.Contains(err.Error(), "9 left") {
				t.Errorf("a block past 999999: %v", err)
			}
			b, err = is.Block(ctx, 2030, level.One, 9)
			if err != nil || b[8].String() != "S000034010001301999999" {
				t.Errorf("the last 9: %v %v", b, err)
			}
			if _, err := is.Next(ctx, 2030, level.One); !errors.Is(err, issuer.ErrExhausted) {
				t.Errorf("after 999999: %v", err)
			}
			// A filing number the store does not serve.
			is2, _ := issuer.New(other, st.open(t))
			if _, err := is2.Next(ctx, 2024, level.Five); !errors.Is(err, issuer.ErrNotServed) || !strings.Contains(err.Error(), "Y000144001005") {
				t.Errorf("an unserved filing number: %v", err)
			}
			if err := is2.UsedUpTo(ctx, 2024, level.Five, 3); !errors.Is(err, issuer.ErrNotServed) {
				t.Errorf("history of an unserved filing number: %v", err)
			}
		})
	}
}

func TestRetiredFilingIssuesNothing(t *testing.T) {
	reg, _ := registry.Open(&registry.MemoryStore{})
	f, _ := reg.Assign(registry.Request{Category: 'S', Province: "34", Area: "01"})
	m, _ := issuer.NewMemory(f)
	is, _ := issuer.New(f, m, issuer.WithRetired(reg.IsRetired))
	if _, err := is.Next(ctx, 2024, level.Five); err != nil {
		t.Fatal(err)
	}
	_ = reg.Cancel(f)
	if _, err := is.Next(ctx, 2024, level.Five); !errors.Is(err, issuer.ErrRetired) {
		t.Errorf("a retired filing issued: %v", err)
	}
}

// argErr checks that err is a *skillcert.Error of the kind.
func argErr(t *testing.T, name string, err error, kind error) {
	t.Helper()
	var e *skillcert.Error
	if !errors.As(err, &e) || !errors.Is(err, kind) || errors.Is(err, issuer.ErrExhausted) {
		t.Errorf("%s: %v, want a *skillcert.Error of kind %v", name, err, kind)
	}
}

// TestMisuse: zero values, nil arguments, counts and enumerations out of
// range are errors of the root model, never panics and never ErrExhausted.
func TestMisuse(t *testing.T) {
	m, _ := issuer.NewMemory(anhui)
	sqlite := createSQLite(t, filepath.Join(t.TempDir(), "m.db"))
	var nilCtx context.Context
	key := issuer.Key{Filing: anhui, Year: 2024, Level: level.Four}
	for _, st := range []issuer.Store{m, sqlite} {
		name := fmt.Sprintf("%T", st)
		for _, n := range []int{0, -1, -1 << 62, certcode.MaxSerial + 1} {
			_, err := st.Allocate(ctx, key, n)
			argErr(t, name+" Allocate n="+strconv.Itoa(n), err, skillcert.ErrArgument)
		}
		_, err := st.Allocate(nilCtx, key, 1)
		argErr(t, name+" nil context", err, skillcert.ErrArgument)
		_, err = st.Allocate(ctx, issuer.Key{}, 1)
		argErr(t, name+" zero Key", err, skillcert.ErrArgument)
		_, err = st.Allocate(ctx, issuer.Key{Filing: anhui, Year: 2018, Level: level.Four}, 1)
		argErr(t, name+" year 2018", err, skillcert.ErrRange)
		_, err = st.Allocate(ctx, issuer.Key{Filing: anhui, Year: 2024, Level: 6}, 1)
		argErr(t, name+" level 6", err, skillcert.ErrArgument)
		argErr(t, name+" Raise -1", st.Raise(ctx, key, -1), skillcert.ErrRange)
		argErr(t, name+" Raise 1000000", st.Raise(ctx, key, 1000000), skillcert.ErrRange)
		argErr(t, name+" Raise nil context", st.Raise(nilCtx, key, 1), skillcert.ErrArgument)
	}
	// Zero values and nil pointers of every exported type.
	var zeroMem issuer.Memory
	_, err := zeroMem.Allocate(ctx, key, 1)
	if !errors.Is(err, issuer.ErrNotServed) {
		t.Errorf("the zero Memory: %v, want ErrNotServed", err)
	}
	var nilMem *issuer.Memory
	_, err = nilMem.Allocate(ctx, key, 1)
	argErr(t, "nil *Memory", err, skillcert.ErrArgument)
	argErr(t, "nil *Memory Serve", nilMem.Serve(anhui), skillcert.ErrArgument)
	argErr(t, "Memory Serve zero Filing", m.Serve(certcode.Filing{}), skillcert.ErrArgument)
	if _, err := issuer.NewMemory(certcode.Filing{}); err == nil {
		t.Error("NewMemory with the zero Filing")
	}
	var zeroSQL issuer.SQL
	_, err = zeroSQL.Allocate(ctx, key, 1)
	argErr(t, "zero SQL", err, skillcert.ErrArgument)
	argErr(t, "zero SQL Raise", zeroSQL.Raise(ctx, key, 1), skillcert.ErrArgument)
	argErr(t, "zero SQL Serve", zeroSQL.Serve(ctx, anhui), skillcert.ErrArgument)
	_, err = zeroSQL.Filings(ctx)
	argErr(t, "zero SQL Filings", err, skillcert.ErrArgument)
	var nilSQL *issuer.SQL
	_, err = nilSQL.Allocate(ctx, key, 1)
	argErr(t, "nil *SQL", err, skillcert.ErrArgument)
	_, err = issuer.CreateSQL(ctx, nil, anhui)
	argErr(t, "CreateSQL nil db", err, skillcert.ErrArgument)
	_, err = issuer.OpenSQL(ctx, nil)
	argErr(t, "OpenSQL nil db", err, skillcert.ErrArgument)
	_, err = issuer.OpenSQL(nilCtx, sqliteDB(t, filepath.Join(t.TempDir(), "x.db")))
	argErr(t, "OpenSQL nil context", err, skillcert.ErrArgument)
	_, err = issuer.CreateSQL(ctx, sqliteDB(t, filepath.Join(t.TempDir(), "y.db")), certcode.Filing{})
	argErr(t, "CreateSQL zero Filing", err, skillcert.ErrArgument)
	argErr(t, "SQL Serve zero Filing", sqlite.Serve(ctx, certcode.Filing{}), skillcert.ErrArgument)

	_, err = issuer.New(certcode.Filing{}, m)
	argErr(t, "New zero Filing", err, skillcert.ErrArgument)
	_, err = issuer.New(anhui, nil)
	argErr(t, "New nil Store", err, skillcert.ErrArgument)
	_, err = issuer.New(anhui, nilMem)
	argErr(t, "New nil *Memory", err, skillcert.ErrArgument)
	_, err = issuer.New(anhui, nilSQL)
	argErr(t, "New nil *SQL", err, skillcert.ErrArgument)

	for name, is := range map[string]*issuer.Issuer{"zero Issuer": {}, "nil *Issuer": nil} {
		_, err := is.Next(ctx, 2024, level.Four)
		argErr(t, name+" Next", err, skillcert.ErrArgument)
		_, err = is.Block(ctx, 2024, level.Four, 3)
		argErr(t, name+" Block", err, skillcert.ErrArgument)
		argErr(t, name+" Used", is.Used(ctx, certcode.MustParse("S000034010001244000010")), skillcert.ErrArgument)
		argErr(t, name+" UsedUpTo", is.UsedUpTo(ctx, 2024, level.Four, 3), skillcert.ErrArgument)
		if is.Filing().IsValid() {
			t.Errorf("%s has a filing number", name)
		}
	}
	is, _ := issuer.New(anhui, m, nil) // a nil Option is ignored
	for name, f := range map[string]func() error{
		"Next nil context":   func() error { _, err := is.Next(nilCtx, 2024, level.Four); return err },
		"Next year 2018":     func() error { _, err := is.Next(ctx, 2018, level.Four); return err },
		"Next year 2100":     func() error { _, err := is.Next(ctx, 2100, level.Four); return err },
		"Next level 0":       func() error { _, err := is.Next(ctx, 2024, 0); return err },
		"Next level 9":       func() error { _, err := is.Next(ctx, 2024, 9); return err },
		"Block 0":            func() error { _, err := is.Block(ctx, 2024, level.Four, 0); return err },
		"Block -5":           func() error { _, err := is.Block(ctx, 2024, level.Four, -5); return err },
		"Block 1000000":      func() error { _, err := is.Block(ctx, 2024, level.Four, 1000000); return err },
		"UsedUpTo 1000000":   func() error { return is.UsedUpTo(ctx, 2024, level.Four, 1000000) },
		"UsedUpTo -1":        func() error { return is.UsedUpTo(ctx, 2024, level.Four, -1) },
		"UsedUpTo level 0":   func() error { return is.UsedUpTo(ctx, 2024, 0, 1) },
		"Used the zero Code": func() error { return is.Used(ctx, certcode.Code{}) },
		"Used nil context":   func() error { return is.Used(nilCtx) },
	} {
		err := f()
		var e *skillcert.Error
		if !errors.As(err, &e) || errors.Is(err, issuer.ErrExhausted) {
			t.Errorf("%s: %v, want a *skillcert.Error", name, err)
		} else if !errors.Is(err, skillcert.ErrArgument) && !errors.Is(err, skillcert.ErrRange) {
			t.Errorf("%s: %v, want ErrArgument or ErrRange", name, err)
		}
	}
	// Nothing was reserved by the refusals.
	if c, err := is.Next(ctx, 2024, level.Four); err != nil || c.Serial() != 1 {
		t.Errorf("after the refusals: %v %v", c, err)
	}
	var e *skillcert.Error
	_, err = is.Next(ctx, 2018, level.Four)
	if !errors.As(err, &e) || e.Source == "" || strings.Contains(e.Error(), " L") || !strings.Contains(e.Chinese(), "2019") {
		t.Errorf("year error: %v / %s", err, e.Chinese())
	}
}

// TestOpen: opening a database without numbering state is ErrNotCreated,
// never a new start at 000001; CreateSQL is idempotent and keeps the count.
func TestOpen(t *testing.T) {
	type dbcase struct {
		name string
		db   func(t *testing.T) *sql.DB
	}
	cases := []dbcase{
		{"sqlite", func(t *testing.T) *sql.DB { return sqliteDB(t, filepath.Join(t.TempDir(), "serials.db")) }},
		{"postgres", func(t *testing.T) *sql.DB { return pgDB(t, pgURL(t)) }},
	}
	for _, dc := range cases {
		t.Run(dc.name, func(t *testing.T) {
			db := dc.db(t)
			_, err := issuer.OpenSQL(ctx, db)
			if !errors.Is(err, issuer.ErrNotCreated) || !strings.Contains(err.Error(), "CreateSQL") {
				t.Fatalf("OpenSQL of an empty database: %v", err)
			}
			st, err := issuer.CreateSQL(ctx, db, anhui)
			if err != nil {
				t.Fatal(err)
			}
			is, _ := issuer.New(anhui, st)
			if _, err := is.Block(ctx, 2024, level.Five, 7); err != nil {
				t.Fatal(err)
			}
			// Created again: nothing is lost.
			if _, err := issuer.CreateSQL(ctx, db, anhui); err != nil {
				t.Fatal(err)
			}
			st, err = issuer.OpenSQL(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			is, _ = issuer.New(anhui, st)
			if c, err := is.Next(ctx, 2024, level.Five); err != nil || c.Serial() != 8 {
				t.Errorf("after create, allocate, create, open: %v %v", c, err)
			}
			fs, err := st.Filings(ctx)
			if err != nil || len(fs) != 1 || fs[0] != anhui {
				t.Errorf("Filings = %v, %v", fs, err)
			}
			is2, _ := issuer.New(other, st)
			if _, err := is2.Next(ctx, 2024, level.Five); !errors.Is(err, issuer.ErrNotServed) {
				t.Errorf("unserved: %v", err)
			}
			if err := st.Serve(ctx, other, other); err != nil {
				t.Fatal(err)
			}
			if c, err := is2.Next(ctx, 2024, level.Five); err != nil || c.Serial() != 1 {
				t.Errorf("after Serve: %v %v", c, err)
			}
			if fs, _ := st.Filings(ctx); len(fs) != 2 {
				t.Errorf("Filings after Serve = %v", fs)
			}
			// A table of an earlier skillcert without served filing numbers.
			if _, err := db.ExecContext(ctx, "DROP TABLE skillcert_filings"); err != nil {
				t.Fatal(err)
			}
			if _, err := issuer.OpenSQL(ctx, db); !errors.Is(err, issuer.ErrNotCreated) || !strings.Contains(err.Error(), "earlier") {
				t.Errorf("a store without served filing numbers: %v", err)
			}
		})
	}
}

// TestOpenMistypedPath: a mistyped SQLite path opens an empty file, and
// OpenSQL says so instead of numbering from 000001 again.
func TestOpenMistypedPath(t *testing.T) {
	dir := t.TempDir()
	st := createSQLite(t, filepath.Join(dir, "serials.db"))
	is, _ := issuer.New(anhui, st)
	if _, err := is.Block(ctx, 2024, level.Five, 50); err != nil {
		t.Fatal(err)
	}
	_, err := issuer.OpenSQL(ctx, sqliteDB(t, filepath.Join(dir, "serail.db")))
	if !errors.Is(err, issuer.ErrNotCreated) {
		t.Fatalf("a mistyped path: %v", err)
	}
	st, err = issuer.OpenSQL(ctx, sqliteDB(t, filepath.Join(dir, "serials.db")))
	if err != nil {
		t.Fatal(err)
	}
	is, _ = issuer.New(anhui, st)
	if c, err := is.Next(ctx, 2024, level.Five); err != nil || c.Serial() != 51 {
		t.Errorf("the right path: %v %v", c, err)
	}
}

// TestSQLiteDSN: a path with the characters a DSN gives meaning to opens
// the file with that exact name.
func TestSQLiteDSN(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a b?c#d%20e.db")
	createSQLite(t, path)
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("the file was not created under its own name: %v", err)
	}
	if _, err := issuer.OpenSQL(ctx, sqliteDB(t, path)); err != nil {
		t.Fatal(err)
	}
}

// TestConcurrent allocates singles and small blocks from many goroutines at
// once (run it with -race): every number is distinct and, with no failures,
// there are no gaps.
func TestConcurrent(t *testing.T) {
	for _, st := range stores() {
		t.Run(st.name, func(t *testing.T) {
			is, _ := issuer.New(anhui, st.open(t))
			hammer(t, []*issuer.Issuer{is}, 8, 25, func(w, i int) int { return 1 + (w+i)%3 })
		})
	}
}

// contentionEach is how many single allocations each of TestContention's 64
// goroutines makes: the full 2,000 under the race detector too (about 12 s on
// 2 cores with -race, 4 s without).
const contentionEach = 2000

// TestContention is the load of an exam centre on one SQLite file with the
// documented DSN: 64 goroutines, each allocating single numbers one after the
// other. Not one error, not one duplicate, no gap.
func TestContention(t *testing.T) {
	is, _ := issuer.New(anhui, createSQLite(t, filepath.Join(t.TempDir(), "busy.db")))
	start := time.Now()
	hammer(t, []*issuer.Issuer{is}, 64, contentionEach, func(int, int) int { return 1 })
	t.Logf("64 × %d single allocations in %v", contentionEach, time.Since(start))
}

// TestServers: several stores on their own connection pools to one
// database, as several servers (or processes) use PostgreSQL or one SQLite
// file, allocate at once without a duplicate.
func TestServers(t *testing.T) {
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			var open func() *sql.DB
			if name == "sqlite" {
				path := filepath.Join(t.TempDir(), "servers.db")
				open = func() *sql.DB { return sqliteDB(t, path) }
			} else {
				url := pgURL(t)
				open = func() *sql.DB { return pgDB(t, url) }
			}
			if _, err := issuer.CreateSQL(ctx, open(), anhui); err != nil {
				t.Fatal(err)
			}
			var iss []*issuer.Issuer
			for range 4 {
				st, err := issuer.OpenSQL(ctx, open())
				if err != nil {
					t.Fatal(err)
				}
				is, _ := issuer.New(anhui, st)
				iss = append(iss, is)
			}
			hammer(t, iss, 32, 100, func(w, i int) int { return 1 + (w*i)%5 })
		})
	}
}

// hammer runs workers goroutines, spread over the issuers, that each make
// each allocations of size(w, i) numbers, and checks that they got distinct numbers without a
// gap.
func hammer(t *testing.T, iss []*issuer.Issuer, workers, each int, size func(w, i int) int) {
	t.Helper()
	var mu sync.Mutex
	got := map[int]bool{}
	var wg sync.WaitGroup
	errs := make(chan error, workers+1)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var mine []int
			for i := 0; i < each; i++ {
				cs, err := iss[w%len(iss)].Block(ctx, 2024, level.Five, size(w, i))
				if err != nil {
					errs <- err
					return
				}
				for _, c := range cs {
					mine = append(mine, c.Serial())
				}
			}
			mu.Lock()
			defer mu.Unlock()
			for _, s := range mine {
				if got[s] {
					errs <- fmt.Errorf("serial %d twice", s)
					return
				}
				got[s] = true
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for i := 1; i <= len(got); i++ {
		if !got[i] {
			t.Fatalf("gap at %d of %d", i, len(got))
		}
	}
}

// TestExhaustedUnderContention: when the last serials go to goroutines at
// once, exactly those left are handed out and the rest are ErrExhausted.
func TestExhaustedUnderContention(t *testing.T) {
	for _, st := range stores() {
		t.Run(st.name, func(t *testing.T) {
			is, _ := issuer.New(anhui, st.open(t))
			if err := is.UsedUpTo(ctx, 2024, level.Two, certcode.MaxSerial-9); err != nil {
				t.Fatal(err)
			}
			raceToExhaustion(t, certcode.MaxSerial, func() (int, error) {
				c, err := is.Next(ctx, 2024, level.Two)
				return c.Serial(), err
			})
		})
	}
}

// raceToExhaustion draws serials from 24 goroutines at once from a key whose
// history stands at highest-9: exactly 9 are issued, all distinct and above
// the history, and the other 15 callers are told the key is exhausted.
func raceToExhaustion(t *testing.T, highest int, next func() (int, error)) {
	t.Helper()
	var mu sync.Mutex
	got, exhausted := map[int]bool{}, 0
	var wg sync.WaitGroup
	for range 24 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			serial, err := next()
			mu.Lock()
			defer mu.Unlock()
			switch {
			case errors.Is(err, issuer.ErrExhausted):
				exhausted++
			case err != nil:
				t.Error(err)
			case got[serial]:
				t.Errorf("serial %d twice", serial)
			default:
				got[serial] = true
			}
		}()
	}
	wg.Wait()
	if len(got) != 9 || exhausted != 15 {
		t.Errorf("%d issued, %d exhausted; want 9 and 15", len(got), exhausted)
	}
	for s := range got {
		if s < highest-8 {
			t.Errorf("serial %d issued below the history", s)
		}
	}
}

// TestBusy holds SQLite's write lock from another connection while the
// store allocates through a DSN whose busy timeout is 1 ms: the store retries
// until the lock is gone, or says the database stayed busy when the context
// ends first.
func TestBusy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "locked.db")
	createSQLite(t, path)
	short := strings.Replace(issuer.SQLiteDSN(path), "busy_timeout(10000)", "busy_timeout(1)", 1)
	db, err := sql.Open("sqlite", short)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st, err := issuer.OpenSQL(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	is, _ := issuer.New(anhui, st)
	if _, err := is.Next(ctx, 2024, level.Five); err != nil { // connections open, WAL set
		t.Fatal(err)
	}
	lock := func() (release func()) {
		other := sqliteDB(t, path)
		tx, err := other.BeginTx(ctx, nil) // BEGIN IMMEDIATE: the write lock
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO skillcert_filings (filing) VALUES ('Y000144001005')"); err != nil {
			t.Fatal(err)
		}
		return func() { _ = tx.Rollback() }
	}
	release := lock()
	time.AfterFunc(300*time.Millisecond, release)
	start := time.Now()
	c, err := is.Next(ctx, 2024, level.Five)
	if err != nil || c.Serial() != 2 {
		t.Fatalf("after the lock was released: %v %v", c, err)
	}
	if d := time.Since(start); d < 250*time.Millisecond {
		t.Errorf("allocated in %v while the lock was held", d)
	}
	release = lock()
	defer release()
	short2, cancel := context.WithTimeout(ctx, 150*time.Millisecond)
	defer cancel()
	_, err = is.Next(short2, 2024, level.Five)
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "busy") {
		t.Errorf("a lock held past the deadline: %v", err)
	}
}

// A child process (TestHelperChild) opens the store named by driver and dsn.
type childStore struct{ driver, dsn string }

func sqliteChild(path string) childStore { return childStore{"sqlite", issuer.SQLiteDSN(path)} }

// TestProcesses runs copies of the test binary that create the same new
// SQLite file at the same moment and then allocate from it.
func TestProcesses(t *testing.T) {
	dir := t.TempDir()
	cs := sqliteChild(filepath.Join(dir, "shared.db"))
	const procs, each = 6, 40
	var cmds []*exec.Cmd
	for p := 0; p < procs; p++ {
		cmd := child(cs, filepath.Join(dir, "out"+strconv.Itoa(p)), each, 1+p%2, true)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	for _, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("child: %v", err)
		}
	}
	seen := map[int]bool{}
	for p := 0; p < procs; p++ {
		for _, s := range readSerials(t, filepath.Join(dir, "out"+strconv.Itoa(p))) {
			if seen[s] {
				t.Fatalf("serial %d issued twice", s)
			}
			seen[s] = true
		}
	}
	if want := procs / 2 * each * 3; len(seen) != want {
		t.Fatalf("%d serials, want %d", len(seen), want)
	}
}

// TestCrash kills processes in the middle of allocating, single numbers or
// blocks, and checks that no serial a dead process returned is issued again.
func TestCrash(t *testing.T) {
	for _, db := range []string{"sqlite", "postgres"} {
		for _, block := range []int{1, 500} {
			t.Run(fmt.Sprintf("%s/block=%d", db, block), func(t *testing.T) {
				dir := t.TempDir()
				var cs childStore
				if db == "sqlite" {
					cs = sqliteChild(filepath.Join(dir, "crash.db"))
				} else {
					cs = childStore{"pgx", pgURL(t)}
				}
				crash(t, cs, filepath.Join(dir, "done"), block, false)
			})
		}
	}
}

// crash runs the crash test on the store cs, for the certificate numbers of
// anhui or (spec) the 专项 certificate numbers of zz.
func crash(t *testing.T, cs childStore, out string, block int, spec bool) {
	db, err := sql.Open(cs.driver, cs.dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	created, err := issuer.CreateSQL(ctx, db, anhui)
	if err != nil {
		t.Fatal(err)
	}
	if err := created.ServeSpecial(ctx, zz); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(20261123))
	for round := 0; round < 4; round++ {
		cmd := child(cs, out, 1<<30, block, false)
		if spec {
			cmd.Env = append(cmd.Env, "SKILLCERT_CHILD_SPECIAL=true")
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(150+rng.Intn(150)) * time.Millisecond)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
	}
	returned := readSerials(t, out)
	if len(returned) == 0 {
		t.Fatal("the children returned nothing before they were killed")
	}
	sort.Ints(returned)
	for i := 1; i < len(returned); i++ {
		if returned[i] == returned[i-1] {
			t.Fatalf("serial %d returned twice across restarts", returned[i])
		}
	}
	st, err := issuer.OpenSQL(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	var next int
	if spec {
		is, _ := issuer.NewSpecial(zz, st)
		n, err := is.Next(ctx, 2024)
		if err != nil {
			t.Fatal(err)
		}
		next = n.Serial()
	} else {
		is, _ := issuer.New(anhui, st)
		c, err := is.Next(ctx, 2024, level.Five)
		if err != nil {
			t.Fatal(err)
		}
		next = c.Serial()
	}
	if next <= returned[len(returned)-1] {
		t.Fatalf("after the crashes the next serial is %d; highest returned %d", next, returned[len(returned)-1])
	}
	t.Logf("%d serials returned across 4 killed processes; next is %d", len(returned), next)
}

// child starts this test binary as an allocating process (TestHelperChild)
// that makes n allocations of block numbers each, after creating the store
// (create) or opening it.
func child(cs childStore, out string, n, block int, create bool) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperChild$")
	cmd.Env = append(os.Environ(), "SKILLCERT_CHILD_DRIVER="+cs.driver, "SKILLCERT_CHILD_DSN="+cs.dsn,
		"SKILLCERT_CHILD_OUT="+out, "SKILLCERT_CHILD_N="+strconv.Itoa(n), "SKILLCERT_CHILD_BLOCK="+strconv.Itoa(block),
		"SKILLCERT_CHILD_CREATE="+strconv.FormatBool(create))
	cmd.Stderr = os.Stderr
	return cmd
}

func readSerials(t *testing.T, path string) []int {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, complete := strings.CutSuffix(sc.Text(), ".")
		if n, err := strconv.Atoi(line); err == nil && complete {
			out = append(out, n)
		}
	}
	return out
}

// TestHelperChild is the child process of TestProcesses and TestCrash. The
// serials of a block are written only after Block returned, each with a final
// "." so that a line cut by a kill is not counted.
func TestHelperChild(t *testing.T) {
	dsn := os.Getenv("SKILLCERT_CHILD_DSN")
	if dsn == "" {
		return // only does something as a child process
	}
	fail := func(code int, err error) {
		fmt.Fprintln(os.Stderr, "child:", err)
		os.Exit(code)
	}
	n, _ := strconv.Atoi(os.Getenv("SKILLCERT_CHILD_N"))
	block, _ := strconv.Atoi(os.Getenv("SKILLCERT_CHILD_BLOCK"))
	out, err := os.OpenFile(os.Getenv("SKILLCERT_CHILD_OUT"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		fail(3, err)
	}
	db, err := sql.Open(os.Getenv("SKILLCERT_CHILD_DRIVER"), dsn)
	if err != nil {
		fail(3, err)
	}
	var st *issuer.SQL
	if os.Getenv("SKILLCERT_CHILD_CREATE") == "true" {
		st, err = issuer.CreateSQL(ctx, db, anhui)
	} else {
		st, err = issuer.OpenSQL(ctx, db)
	}
	if err != nil {
		fail(4, err)
	}
	is, _ := issuer.New(anhui, st)
	spec, _ := issuer.NewSpecial(zz, st)
	var buf []byte
	for i := 0; i < n; i++ {
		var serials []int
		if os.Getenv("SKILLCERT_CHILD_SPECIAL") == "true" {
			ns, err := spec.Block(ctx, 2024, block)
			if err != nil {
				fail(5, err)
			}
			for _, n := range ns {
				serials = append(serials, n.Serial())
			}
		} else {
			cs, err := is.Block(ctx, 2024, level.Five, block)
			if err != nil {
				fail(5, err)
			}
			for _, c := range cs {
				serials = append(serials, c.Serial())
			}
		}
		buf = buf[:0]
		for _, s := range serials {
			buf = strconv.AppendInt(buf, int64(s), 10)
			buf = append(buf, ".\n"...)
		}
		if _, err := out.Write(buf); err != nil {
			fail(6, err)
		}
	}
	out.Close()
	os.Exit(0)
}

func benchmarkAllocator(b *testing.B, st issuer.Store, block int) {
	is, _ := issuer.New(anhui, st)
	b.ReportAllocs()
	b.ResetTimer()
	year, lv, used := 2020, level.Five, 0
	for i := 0; i < b.N; i++ {
		if used+block > certcode.MaxSerial { // move to the next (year, level) before this one runs out
			used, lv = 0, lv-1
			if lv == 0 {
				year, lv = year+1, level.Five
			}
		}
		used += block
		if _, err := is.Block(ctx, year, lv, block); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*block)/b.Elapsed().Seconds(), "numbers/s")
}

// BenchmarkAllocate measures numbers per second for single numbers and for
// blocks of 1,000 (an exam session), per store; PostgreSQL when
// SKILLCERT_PG_URL is set:
//
//	go test -run '^$' -bench Allocate -benchtime 2000x ./issuer
func BenchmarkAllocate(b *testing.B) {
	for _, st := range stores() {
		for _, block := range []int{1, 1000} {
			b.Run(fmt.Sprintf("%s/block=%d", st.name, block), func(b *testing.B) {
				benchmarkAllocator(b, st.open(b), block)
			})
		}
	}
}

// BenchmarkAllocateParallel measures single numbers from 64 goroutines at
// once, where concurrent allocations share transactions.
func BenchmarkAllocateParallel(b *testing.B) {
	for _, st := range stores() {
		b.Run(st.name, func(b *testing.B) {
			is, _ := issuer.New(anhui, st.open(b))
			b.ReportAllocs()
			b.SetParallelism(32) // 64 goroutines on 2 cores
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if _, err := is.Next(ctx, 2024, level.Five); err != nil {
						b.Error(err)
						return
					}
				}
			})
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "numbers/s")
		})
	}
}
