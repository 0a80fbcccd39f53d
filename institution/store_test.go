package institution_test

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/institution"
	"github.com/skillcert/skillcert/internal/atomicfile"
	_ "modernc.org/sqlite"
)

func records(g *institution.Registry) []institution.Record {
	var out []institution.Record
	for r := range g.All() {
		out = append(out, r)
	}
	return out
}

func TestFileStore(t *testing.T) {
	p := filepath.Join(t.TempDir(), "reg.jsonl")
	if _, err := institution.OpenFile(p); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("opening a missing file: %v, want fs.ErrNotExist", err)
	}
	s, err := institution.CreateFile(p)
	if err != nil {
		t.Fatal(err)
	}
	r := xinhua()
	first := r
	first.Events = r.Events[:3]
	if err := s.Add(first); err != nil {
		t.Fatal(err)
	}
	for _, e := range r.Events[3:] {
		if err := s.AddEvent(r.Filing, e); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := institution.OpenFile(p); !errors.Is(err, atomicfile.ErrLocked) {
		t.Fatalf("second writer: %v, want ErrLocked", err)
	}
	if _, err := institution.CreateFile(p + "x"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := institution.CreateFile(p); !errors.Is(err, fs.ErrExist) {
		t.Fatalf("creating over a file: %v, want fs.ErrExist", err)
	}
	s2, err := institution.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	want := xinhua()
	got := records(s2.Registry())
	if len(got) != 1 {
		t.Fatalf("read %d records", len(got))
	}
	if d := cmp.Diff(want, got[0], cmp.Comparer(func(a, b certcode.Filing) bool { return a == b }), cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); d != "" {
		t.Errorf("round trip (-want +got):\n%s", d)
	}
}

// TestFileCutAtEveryByte: a registry file cut at any byte is read as an
// error about damage, never as a smaller registry.
func TestFileCutAtEveryByte(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "reg")
	s, err := institution.CreateFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Add(xinhua()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	data, _ := os.ReadFile(p)
	cut := filepath.Join(dir, "cut")
	for i := 0; i < len(data); i++ {
		os.WriteFile(cut, data[:i], 0o644)
		if g, err := institution.ReadFile(cut); !errors.Is(err, institution.ErrCorrupt) {
			t.Fatalf("cut at %d: %v records, err %v; want ErrCorrupt", i, g.Len(), err)
		}
	}
}

// TestCrash kills a writer (kill -9) at random moments, again and again,
// and checks after each kill that every event the writer reported as
// committed is in the file and the file reads.
func TestCrash(t *testing.T) {
	if os.Getenv("SKILLCERT_CRASH_CHILD") != "" {
		crashChild()
		return
	}
	p := filepath.Join(t.TempDir(), "reg")
	s, err := institution.CreateFile(p)
	if err != nil {
		t.Fatal(err)
	}
	r := xinhua()
	r.Events = r.Events[:1]
	r.Events[0].Until = time.Time{}
	if err := s.Add(r); err != nil {
		t.Fatal(err)
	}
	s.Close()
	committed := 1
	for round := 0; round < 8; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrash$")
		cmd.Env = append(os.Environ(), "SKILLCERT_CRASH_CHILD="+p)
		out, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(out)
		n := 0
		for sc.Scan() && n < 3+round*2 {
			if c, err := strconv.Atoi(sc.Text()); err == nil {
				committed, n = c, n+1
			}
		}
		cmd.Process.Kill() // SIGKILL, mid-write or between writes
		for sc.Scan() {
			if c, err := strconv.Atoi(sc.Text()); err == nil {
				committed = c
			}
		}
		cmd.Wait()
		g, err := institution.ReadFile(p)
		if err != nil {
			t.Fatalf("round %d: after kill: %v", round, err)
		}
		got, _ := g.Lookup(r.Filing)
		if len(got.Events) < committed {
			t.Fatalf("round %d: %d events on disk, %d were committed", round, len(got.Events), committed)
		}
	}
	if committed < 20 {
		t.Fatalf("the writers committed only %d events: they did not run", committed)
	}
}

// crashChild suspends and resumes the record until killed, printing the
// number of events after each committed write.
func crashChild() {
	p := os.Getenv("SKILLCERT_CRASH_CHILD")
	s, err := institution.OpenFile(p)
	for err != nil && errors.Is(err, atomicfile.ErrLocked) { // the killed writer's lock is being released
		time.Sleep(time.Millisecond)
		s, err = institution.OpenFile(p)
	}
	if err != nil {
		os.Exit(3)
	}
	g, _ := s.Registry().Lookup(xinhuaFiling)
	n := len(g.Events)
	d := g.Events[n-1].Date
	for {
		d = d.AddDate(0, 0, 1)
		k := institution.SuspendedFrom
		if g.Events[len(g.Events)-1].Kind == institution.SuspendedFrom {
			k = institution.Resumed
		}
		e := institution.Event{Kind: k, Date: d}
		if err := s.AddEvent(xinhuaFiling, e); err != nil {
			os.Exit(4)
		}
		g.Events = append(g.Events, e)
		os.Stdout.WriteString(strconv.Itoa(len(g.Events)) + "\n")
	}
}

var ctx = context.Background()

func testSQL(t *testing.T, db *sql.DB) {
	if _, err := institution.OpenSQL(ctx, db); err == nil {
		t.Fatal("opening a database without the tables succeeded")
	}
	s, err := institution.CreateSQL(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := institution.CreateSQL(ctx, db); err == nil {
		t.Fatal("creating the tables twice succeeded")
	}
	r := xinhua()
	first := r
	first.Events = r.Events[:3]
	if err := s.Add(ctx, first); err != nil {
		t.Fatal(err)
	}
	for _, e := range r.Events[3:] {
		if err := s.AddEvent(ctx, r.Filing, e); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.AddEvent(ctx, r.Filing, institution.Event{Kind: institution.Resumed, Date: day("2030-01-01")}); err == nil {
		t.Fatal("an invalid event was stored")
	}
	s2, err := institution.OpenSQL(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	got := records(s2.Registry())
	if len(got) != 1 {
		t.Fatalf("read %d records", len(got))
	}
	if d := cmp.Diff(xinhua(), got[0], cmp.Comparer(func(a, b certcode.Filing) bool { return a == b }), cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); d != "" {
		t.Errorf("round trip (-want +got):\n%s", d)
	}
}

func TestSQLite(t *testing.T) {
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "reg.db")+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	testSQL(t, db)
}

// TestPostgreSQL runs against the server SKILLCERT_PG_URL names. In CI
// (CI=true) a missing URL fails the test: the PostgreSQL store must be
// tested there.
func TestPostgreSQL(t *testing.T) {
	url := os.Getenv("SKILLCERT_PG_URL")
	if url == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but SKILLCERT_PG_URL is empty: the PostgreSQL store must be tested in CI")
		}
		t.Skip("PostgreSQL tests need SKILLCERT_PG_URL (for example postgres://skillcert:skillcert@127.0.0.1:5432/skillcert)")
	}
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, tb := range []string{"skillcert_institution_events", "skillcert_institutions", "skillcert_institution_schema"} {
		if _, err := db.ExecContext(ctx, "DROP TABLE IF EXISTS "+tb); err != nil {
			t.Fatalf("PostgreSQL at SKILLCERT_PG_URL: %v", err)
		}
	}
	testSQL(t, db)
}
