package issuer_test

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand"
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

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/issuer"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/registry"
)

var ctx = context.Background()

var anhui = certcode.MustParseFiling("S000034010001")

// sqliteDSN opens SQLite files the way several processes can share them.
func sqliteDSN(path string) string {
	return "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)"
}

func openSQLite(t testing.TB, path string) *issuer.SQL {
	t.Helper()
	db, err := sql.Open("sqlite", sqliteDSN(path))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	a, err := issuer.NewSQL(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// openPostgres returns an allocator on a fresh table namespace of the server
// SKILLCERT_PG_URL names, or skips, saying why. .ci/run starts a server.
func openPostgres(t testing.TB) *issuer.SQL {
	t.Helper()
	url := os.Getenv("SKILLCERT_PG_URL")
	if url == "" {
		t.Skip("PostgreSQL tests need SKILLCERT_PG_URL (for example postgres://skillcert:skillcert@127.0.0.1:5432/skillcert); .ci/run sets it")
	}
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.ExecContext(ctx, "DROP TABLE IF EXISTS skillcert_serials"); err != nil {
		t.Fatalf("PostgreSQL at SKILLCERT_PG_URL: %v", err)
	}
	a, err := issuer.NewSQL(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

type store struct {
	name string
	open func(t testing.TB) issuer.Allocator
}

func stores() []store {
	return []store{
		{"memory", func(testing.TB) issuer.Allocator { return issuer.NewMemory() }},
		{"sqlite", func(t testing.TB) issuer.Allocator { return openSQLite(t, filepath.Join(t.TempDir(), "s.db")) }},
		{"postgres", func(t testing.TB) issuer.Allocator { return openPostgres(t) }},
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
			// Per year and level (D9): another level starts at 1.
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
			if err := is.Used(ctx, certcode.MustParse("Y000144001005205000001")); err == nil {
				t.Error("another filing's number accepted as history")
			}
			// 999999 is the end: nothing wraps.
			if err := is.UsedUpTo(ctx, 2030, level.One, 999990); err != nil {
				t.Fatal(err)
			}
			if _, err := is.Block(ctx, 2030, level.One, 10); !errors.Is(err, issuer.ErrExhausted) {
				t.Errorf("a block past 999999: %v", err)
			}
			b, err = is.Block(ctx, 2030, level.One, 9)
			if err != nil || b[8].String() != "S000034010001301999999" {
				t.Errorf("the last 9: %v %v", b, err)
			}
			if _, err := is.Next(ctx, 2030, level.One); !errors.Is(err, issuer.ErrExhausted) {
				t.Errorf("after 999999: %v", err)
			}
			for _, bad := range []func() error{
				func() error { _, err := is.Next(ctx, 2018, level.Four); return err },
				func() error { _, err := is.Next(ctx, 2024, 0); return err },
				func() error { _, err := is.Block(ctx, 2024, level.Four, 0); return err },
				func() error { return is.UsedUpTo(ctx, 2024, level.Four, 1000000) },
			} {
				if bad() == nil {
					t.Error("bad input accepted")
				}
			}
		})
	}
}

func TestRetiredFilingIssuesNothing(t *testing.T) {
	reg, _ := registry.Open(&registry.MemoryStore{})
	f, _ := reg.Assign(registry.Request{Category: 'S', Province: "34", Area: "01"})
	is, _ := issuer.New(f, issuer.NewMemory(), issuer.WithRetired(reg.IsRetired))
	if _, err := is.Next(ctx, 2024, level.Five); err != nil {
		t.Fatal(err)
	}
	_ = reg.Cancel(f)
	if _, err := is.Next(ctx, 2024, level.Five); !errors.Is(err, issuer.ErrRetired) {
		t.Errorf("a retired filing issued: %v", err)
	}
	if _, err := issuer.New(certcode.Filing{}, issuer.NewMemory()); err == nil {
		t.Error("the zero Filing accepted")
	}
	if _, err := issuer.New(f, nil); err == nil {
		t.Error("a nil Allocator accepted")
	}
}

// TestConcurrent allocates from many goroutines at once (run it with -race):
// every number is distinct and, with no failures, there are no gaps.
func TestConcurrent(t *testing.T) {
	for _, st := range stores() {
		t.Run(st.name, func(t *testing.T) {
			is, _ := issuer.New(anhui, st.open(t))
			const workers, each = 8, 25
			var mu sync.Mutex
			got := map[int]bool{}
			var wg sync.WaitGroup
			errs := make(chan error, workers)
			for w := 0; w < workers; w++ {
				wg.Add(1)
				go func(w int) {
					defer wg.Done()
					for i := 0; i < each; i++ {
						n := 1 + (w+i)%3 // singles and small blocks
						cs, err := is.Block(ctx, 2024, level.Five, n)
						if err != nil {
							errs <- err
							return
						}
						mu.Lock()
						for _, c := range cs {
							if got[c.Serial()] {
								errs <- fmt.Errorf("serial %d twice", c.Serial())
							}
							got[c.Serial()] = true
						}
						mu.Unlock()
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
		})
	}
}

// TestProcesses runs copies of the test binary that allocate from one SQLite
// file at the same time.
func TestProcesses(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "shared.db")
	openSQLite(t, db) // create the table once
	const procs, each = 4, 60
	var cmds []*exec.Cmd
	for p := 0; p < procs; p++ {
		cmd := child(db, filepath.Join(dir, "out"+strconv.Itoa(p)), each)
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
	if len(seen) != procs*each {
		t.Fatalf("%d serials, want %d", len(seen), procs*each)
	}
}

// TestCrash kills a process in the middle of allocating, restarts, and checks
// that no serial the dead process returned is issued again.
func TestCrash(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "crash.db")
	out := filepath.Join(dir, "done")
	rng := rand.New(rand.NewSource(20261123))
	for round := 0; round < 4; round++ {
		cmd := child(db, out, 1<<30)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(50+rng.Intn(150)) * time.Millisecond)
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
	is, _ := issuer.New(anhui, openSQLite(t, db))
	next, err := is.Next(ctx, 2024, level.Five)
	if err != nil || next.Serial() <= returned[len(returned)-1] {
		t.Fatalf("after the crashes: %v %v; highest returned %d", next, err, returned[len(returned)-1])
	}
	t.Logf("%d serials returned across 4 killed processes; next is %d", len(returned), next.Serial())
}

// child starts this test binary as an allocating process (TestHelperChild).
func child(db, out string, n int) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperChild$")
	cmd.Env = append(os.Environ(), "SKILLCERT_CHILD_DB="+db, "SKILLCERT_CHILD_OUT="+out, "SKILLCERT_CHILD_N="+strconv.Itoa(n))
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

// TestHelperChild is the child process of TestProcesses and TestCrash. Each
// serial is written only after Next returned, with a final "." so that a
// line cut by a kill is not counted.
func TestHelperChild(t *testing.T) {
	db := os.Getenv("SKILLCERT_CHILD_DB")
	if db == "" {
		return // only does something as a child process
	}
	n, _ := strconv.Atoi(os.Getenv("SKILLCERT_CHILD_N"))
	out, err := os.OpenFile(os.Getenv("SKILLCERT_CHILD_OUT"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		os.Exit(3)
	}
	is, _ := issuer.New(anhui, openSQLite(t, db))
	for i := 0; i < n; i++ {
		c, err := is.Next(ctx, 2024, level.Five)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(4)
		}
		fmt.Fprintf(out, "%d.\n", c.Serial())
	}
	out.Close()
}

func benchmarkAllocator(b *testing.B, a issuer.Allocator, block int) {
	is, _ := issuer.New(anhui, a)
	b.ReportAllocs()
	b.ResetTimer()
	year, lv, used := 2020, level.Five, 0
	for i := 0; i < b.N; i++ {
		if used+block > issuer.MaxSerial { // move to the next (year, level) before this one runs out
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

// BenchmarkAllocate measures numbers per second, for single numbers and blocks
// of 1,000, per store:
//
//	go test -run '^$' -bench Allocate ./issuer
func BenchmarkAllocate(b *testing.B) {
	for _, st := range stores() {
		for _, block := range []int{1, 1000} {
			b.Run(fmt.Sprintf("%s/block=%d", st.name, block), func(b *testing.B) {
				benchmarkAllocator(b, st.open(b), block)
			})
		}
	}
}
