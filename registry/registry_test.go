package registry

import (
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/skillcert/skillcert/certcode"
)

func mustOpen(t *testing.T, s Store) *Registry {
	t.Helper()
	r, err := Open(s)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestAssignRanges(t *testing.T) {
	r := mustOpen(t, &MemoryStore{})
	for _, tc := range []struct {
		q    Request
		want []string
	}{
		// Anhui and Chongqing: 0001–9999 (D4).
		{Request{Category: 'S', Province: "34", Area: "01"}, []string{"S000034010001", "S000034010002"}},
		{Request{Category: 'Y', Province: "50", Area: "39"}, []string{"Y000050390001"}},
		// Guangdong: per area and unit kind, from 001 (002 L999: 005 is the 5th).
		{Request{Category: 'Y', Institution: "0001", Province: "44", Area: "00", Unit: certcode.StateOwned}, []string{"Y000144001001", "Y000144001002"}},
		{Request{Category: 'Y', Province: "44", Area: "01", Unit: certcode.OtherUnit}, []string{"Y000044013001"}},
		// Henan: enterprises 0001–8999, technical schools 9001–9999 (D5).
		{Request{Category: 'Y', Province: "41", Area: "12"}, []string{"Y000041120001"}},
		{Request{Category: 'Y', Province: "41", Area: "00", Unit: certcode.TechnicalSchool}, []string{"Y000041009001", "Y000041009002"}},
	} {
		for _, want := range tc.want {
			f, err := r.Assign(tc.q)
			if err != nil || f.String() != want {
				t.Errorf("Assign(%+v) = %v, %v; want %s", tc.q, f, err, want)
			}
		}
	}
	for _, q := range []Request{
		{Category: 'Y', Province: "11", Area: "00"},                                 // national rule: no documented sequence
		{Category: 'S', Province: "50", Area: "00"},                                 // Chongqing defines Y only
		{Category: 'Y', Province: "44", Area: "00"},                                 // Guangdong needs a unit kind
		{Category: 'S', Province: "44", Area: "00", Unit: certcode.StateOwned},      // and Y
		{Category: 'Y', Province: "41", Area: "00", Unit: certcode.StateOwned},      // a Guangdong unit in Henan
		{Category: 'S', Province: "41", Area: "00", Unit: certcode.TechnicalSchool}, // Henan's units are Y's
		{Category: 'Y', Province: "34", Area: "01", Unit: certcode.Enterprise},      // Anhui names no unit
		{Category: 'Y', Province: "99", Area: "00"},                                 // no such province
	} {
		if _, err := r.Assign(q); !errors.Is(err, ErrNoRange) {
			t.Errorf("Assign(%+v) = %v, want ErrNoRange", q, err)
		}
	}
	if _, err := r.Assign(Request{Category: 'S', Province: "34", Area: "09"}); err == nil {
		t.Error("Anhui has no area 09")
	}
	if _, err := r.Assign(Request{Category: 'S', Institution: "0001", Province: "34", Area: "01"}); err == nil {
		t.Error("Anhui's positions 2–5 are always 0000 (004 L254)")
	}
}

func TestExhaustion(t *testing.T) {
	r := mustOpen(t, &MemoryStore{})
	if err := r.Add(certcode.MustParseFiling("Y000044013998"), true, "cancelled"); err != nil {
		t.Fatal(err)
	}
	q := Request{Category: 'Y', Province: "44", Area: "01", Unit: certcode.OtherUnit}
	if f, err := r.Assign(q); err != nil || f.String() != "Y000044013999" {
		t.Fatalf("last code: %v %v", f, err)
	}
	if _, err := r.Assign(q); !errors.Is(err, ErrExhausted) {
		t.Errorf("after 999: %v, want ErrExhausted (nothing wraps)", err)
	}
	// Henan enterprises stop at 8999; technical schools are a range of their own.
	if err := r.Add(certcode.MustParseFiling("Y000041008999"), false, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Assign(Request{Category: 'Y', Province: "41", Area: "00"}); !errors.Is(err, ErrExhausted) {
		t.Errorf("Henan enterprise after 8999: %v", err)
	}
}

func TestLifecycle(t *testing.T) {
	r := mustOpen(t, &MemoryStore{})
	q := Request{Category: 'S', Province: "34", Area: "01"}
	a, _ := r.Assign(q)
	b, _ := r.Assign(q)
	c, _ := r.Assign(q)
	d, _ := r.Assign(q)
	// Cancellation retires the code (003 L2610–2612) and it is never assigned again.
	if err := r.Cancel(d); err != nil {
		t.Fatal(err)
	}
	if rec, _ := r.Lookup(d); !rec.Retired || rec.Reason != "cancelled" {
		t.Errorf("cancelled: %+v", rec)
	}
	if e, _ := r.Assign(q); e.String() != "S000034010005" {
		t.Errorf("after a cancellation the next code is %v, want 0005", e)
	}
	// A merger makes a new code and retires the merged ones (003 L2616).
	m, err := r.Merge([]certcode.Filing{a, b}, q)
	if err != nil || m.String() != "S000034010006" {
		t.Fatalf("Merge = %v, %v", m, err)
	}
	if rec, _ := r.Lookup(a); !rec.Retired || rec.Reason != "merged into S000034010006" {
		t.Errorf("merged: %+v", rec)
	}
	// Absorption keeps the absorbing code and retires the absorbed one.
	if err := r.Absorb(m, c); err != nil {
		t.Fatal(err)
	}
	if rec, _ := r.Lookup(m); rec.Retired {
		t.Error("the absorbing institution keeps its code")
	}
	if rec, _ := r.Lookup(c); rec.Reason != "absorbed by S000034010006" {
		t.Errorf("absorbed: %+v", rec)
	}
	for name, err := range map[string]error{
		"cancel retired":    r.Cancel(d),
		"absorb by retired": r.Absorb(a, m),
		"absorb self":       r.Absorb(m, m),
		"cancel unknown":    r.Cancel(certcode.MustParseFiling("S000034019999")),
		"add known":         r.Add(a, false, ""),
	} {
		if err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := r.Merge([]certcode.Filing{a, m}, q); !errors.Is(err, ErrRetired) {
		t.Errorf("merging a retired code: %v", err)
	}
	if _, err := r.Merge([]certcode.Filing{m}, q); err == nil {
		t.Error("a merger of one")
	}
	// A failed merger changes nothing: the code it would have made is still next.
	if e, _ := r.Assign(q); e.String() != "S000034010007" {
		t.Errorf("after a failed merger: %v", e)
	}
}

// failingStore fails every save after the first n.
type failingStore struct {
	MemoryStore
	n int
}

func (f *failingStore) Save(s State) error {
	if f.n == 0 {
		return errors.New("disk full")
	}
	f.n--
	return f.MemoryStore.Save(s)
}

func TestSaveFailureChangesNothing(t *testing.T) {
	s := &failingStore{n: 1}
	r := mustOpen(t, s)
	q := Request{Category: 'S', Province: "34", Area: "01"}
	a, _ := r.Assign(q)
	if _, err := r.Assign(q); err == nil {
		t.Fatal("a failed save reported success")
	}
	if err := r.Cancel(a); err == nil {
		t.Fatal("a failed save reported success")
	}
	if rec, _ := r.Lookup(a); rec.Retired || len(r.Codes()) != 1 {
		t.Errorf("memory moved ahead of the store: %+v %d", rec, len(r.Codes()))
	}
}

func TestFileStoreRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "codes.json")
	r := mustOpen(t, &FileStore{Path: path, Create: true})
	q := Request{Category: 'Y', Province: "50", Area: "00"}
	a, _ := r.Assign(q)
	if err := r.Cancel(a); err != nil {
		t.Fatal(err)
	}
	r2 := mustOpen(t, &FileStore{Path: path, Create: true})
	if rec, ok := r2.Lookup(a); !ok || !rec.Retired {
		t.Errorf("after a restart: %+v %v", rec, ok)
	}
	if b, _ := r2.Assign(q); b.String() != "Y000050000002" {
		t.Errorf("after a restart the retired code came back: %v", b)
	}
	// A stray temporary file, as a crash between write and rename leaves, is ignored.
	if err := os.WriteFile(path+".tmp-123", []byte("{\"codes\": [ {\"fil"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r3 := mustOpen(t, &FileStore{Path: path, Create: true}); len(r3.Codes()) != 2 {
		t.Errorf("records after a stray temp file: %d", len(r3.Codes()))
	}
	if err := os.WriteFile(path, []byte("{\"codes\": [ {\"fil"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(&FileStore{Path: path, Create: true}); err == nil {
		t.Error("a torn file was loaded without an error")
	}
}

// TestCrashMidWrite kills a process that keeps assigning codes at random
// moments and checks that the file always loads, holds every code the process
// reported done, and repeats none.
func TestCrashMidWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "codes.json")
	log := filepath.Join(dir, "done.log")
	rng := rand.New(rand.NewSource(20261123))
	for round := 0; round < 5; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperAssigner$")
		cmd.Env = append(os.Environ(), "SKILLCERT_ASSIGNER="+path, "SKILLCERT_DONE="+log)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(20+rng.Intn(80)) * time.Millisecond)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()

		r, err := Open(&FileStore{Path: path, Create: true})
		if err != nil {
			t.Fatalf("round %d: the file does not load after a kill: %v", round, err)
		}
		have := map[string]bool{}
		for _, c := range r.Codes() {
			if have[c.Filing] {
				t.Fatalf("round %d: %s twice", round, c.Filing)
			}
			have[c.Filing] = true
		}
		done, _ := os.ReadFile(log)
		for _, f := range splitLines(string(done)) {
			if !have[f] {
				t.Fatalf("round %d: %s was reported assigned but is not in the file", round, f)
			}
		}
		t.Logf("round %d: %d codes survive", round, len(have))
	}
}

func splitLines(s string) []string {
	var out []string
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != '\n' {
			i++
		}
		if i > 0 && i < len(s) { // a line without its newline was cut by the kill
			out = append(out, s[:i])
		}
		if i == len(s) {
			break
		}
		s = s[i+1:]
	}
	return out
}

// TestHelperAssigner is the child process of TestCrashMidWrite.
func TestHelperAssigner(t *testing.T) {
	path := os.Getenv("SKILLCERT_ASSIGNER")
	if path == "" {
		return // only does something as the child of TestCrashMidWrite
	}
	r, err := Open(&FileStore{Path: path, Create: true})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	done, _ := os.OpenFile(os.Getenv("SKILLCERT_DONE"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	limit, _ := strconv.Atoi(os.Getenv("SKILLCERT_COUNT"))
	for i := 0; limit == 0 || i < limit; i++ {
		f, err := r.Assign(Request{Category: 'S', Province: "34", Area: strconv.Itoa(10 + i%4)})
		if err != nil {
			os.Exit(4)
		}
		fmt.Fprintln(done, f) // reported only after Assign returned: the code is on disk
		if i%5 == 4 {
			_ = r.Cancel(f)
		}
	}
	os.Exit(0)
}

func TestPropertyNeverReassigns(t *testing.T) {
	params := gopter.DefaultTestParametersWithSeed(20261123)
	params.MinSuccessfulTests = 200
	props := gopter.NewProperties(params)
	props.Property("no retired or assigned code comes back, across restarts", prop.ForAll(
		func(ops []int) string {
			store := &MemoryStore{}
			r, _ := Open(store)
			everAssigned := map[string]bool{}
			var active []certcode.Filing
			areas := []string{"01", "02"}
			for _, op := range ops {
				q := Request{Category: 'S', Province: "34", Area: areas[op/8%2]}
				switch op % 8 {
				case 0, 1, 2: // assign
					f, err := r.Assign(q)
					if err != nil {
						return err.Error()
					}
					if everAssigned[f.String()] {
						return "reassigned " + f.String()
					}
					everAssigned[f.String()] = true
					active = append(active, f)
				case 3: // cancel
					if len(active) > 0 {
						i := op / 16 % len(active)
						if err := r.Cancel(active[i]); err != nil {
							return err.Error()
						}
						active = append(active[:i], active[i+1:]...)
					}
				case 4: // merge two
					if len(active) >= 2 {
						f, err := r.Merge(active[:2], q)
						if err != nil {
							return err.Error()
						}
						if everAssigned[f.String()] {
							return "merger reassigned " + f.String()
						}
						everAssigned[f.String()] = true
						active = append(active[2:], f)
					}
				case 5: // absorb
					if len(active) >= 2 {
						if err := r.Absorb(active[0], active[1]); err != nil {
							return err.Error()
						}
						active = append(active[:1], active[2:]...)
					}
				case 6, 7: // restart
					r, _ = Open(store)
				}
			}
			for _, f := range active {
				if rec, ok := r.Lookup(f); !ok || rec.Retired {
					return "lost active " + f.String()
				}
			}
			return ""
		},
		gen.SliceOf(gen.IntRange(0, 1<<16)),
	))
	props.TestingRun(t)
}
