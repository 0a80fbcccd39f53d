package registry

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
)

// sample saves a registry with active, cancelled, merged and absorbed codes
// and returns its path and state.
func sample(t *testing.T) (string, State) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "codes.json")
	r := mustOpen(t, &FileStore{Path: path, Create: true})
	q := Request{Category: 'S', Province: "34", Area: "01"}
	var fs []certcode.Filing
	for range 5 {
		f, err := r.Assign(q)
		if err != nil {
			t.Fatal(err)
		}
		fs = append(fs, f)
	}
	if err := r.Cancel(fs[0]); err != nil {
		t.Fatal(err)
	}
	m, err := r.Merge(fs[1:3], q)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Absorb(m, fs[3]); err != nil {
		t.Fatal(err)
	}
	return path, State{r.Codes()}
}

// TestTornFile cuts the saved file at every byte: each cut loads as the whole
// state (only the final newline cut) or is refused as damaged, never as part
// of the records.
func TestTornFile(t *testing.T) {
	path, want := sample(t)
	full, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	store := &FileStore{Path: path}
	loaded := 0
	for n := 0; n <= len(full); n++ {
		if err := os.WriteFile(path, full[:n], 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := store.Load()
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("cut at %d: %v, want ErrCorrupt", n, err)
			}
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("cut at %d of %d loaded partial data:\n%s", n, len(full), diff)
		}
		loaded++
	}
	if loaded != 2 { // the whole file, and the file without its final newline
		t.Errorf("%d cuts loaded, want 2", loaded)
	}
}

// TestAlteredFile changes every byte of the saved file in turn: the change is
// refused as damage, or it changed nothing the registry keeps (white space).
func TestAlteredFile(t *testing.T) {
	path, want := sample(t)
	full, _ := os.ReadFile(path)
	store := &FileStore{Path: path}
	for i := range full {
		for _, c := range []byte{'0', 'S', ' ', '"'} {
			if full[i] == c {
				continue
			}
			b := bytes.Clone(full)
			b[i] = c
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := store.Load()
			if err == nil && !cmp.Equal(want, got) {
				t.Fatalf("byte %d set to %q: loaded altered records %v", i, c, got)
			}
			if err != nil && !errors.Is(err, ErrCorrupt) {
				t.Fatalf("byte %d set to %q: %v, want ErrCorrupt", i, c, err)
			}
		}
	}
}

func TestBadRecords(t *testing.T) {
	for _, tc := range []struct {
		name, codes, field string
	}{
		{"not a filing number", `[{"filing":"S00003401000X"}]`, "codes[0]"},
		{"placeholder", `[{"filing":"S000034010001"},{"filing":"Y0000XXXXXXXX"}]`, "codes[1]"},
		{"not canonical", `[{"filing":"s000034010001"}]`, "codes[0]"},
		{"duplicate", `[{"filing":"S000034010001"},{"filing":"S000034010002"},{"filing":"S000034010001","retired":true,"reason":"cancelled"}]`, "codes[2]"},
		{"retired without reason", `[{"filing":"S000034010001","retired":true}]`, "codes[0]"},
		{"reason but active", `[{"filing":"S000034010001","reason":"cancelled"}]`, "codes[0]"},
		{"merged into nothing", `[{"filing":"S000034010001","retired":true,"reason":"merged into S000034010009"}]`, "codes[0]"},
		{"absorbed by itself", `[{"filing":"S000034010001","retired":true,"reason":"absorbed by S000034010001"}]`, "codes[0]"},
	} {
		path := filepath.Join(t.TempDir(), "codes.json")
		// Written in the layout of an earlier version, without a checksum,
		// so that only the records' own rules can catch them.
		if err := os.WriteFile(path, []byte(`{"codes":`+tc.codes+`}`), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Open(&FileStore{Path: path})
		var e *skillcert.Error
		if !errors.As(err, &e) || e.Field != tc.field || !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s: %v, want an error about %s", tc.name, err, tc.field)
		}
	}
	// The same file, good, loads; and saving it adds the checksum.
	path := filepath.Join(t.TempDir(), "codes.json")
	os.WriteFile(path, []byte(`{"codes":[{"filing":"S000034010001"}]}`), 0o644)
	r, err := Open(&FileStore{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	if f, err := r.Assign(Request{Category: 'S', Province: "34", Area: "01"}); err != nil || f.String() != "S000034010002" {
		t.Fatalf("after a file of an earlier version: %v %v", f, err)
	}
	if b, _ := os.ReadFile(path); !strings.Contains(string(b), `"sha256"`) {
		t.Errorf("saved without a checksum:\n%s", b)
	}
}

func TestMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "typo.json")
	if _, err := Open(&FileStore{Path: path}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file without Create: %v", err)
	}
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(&FileStore{Path: path, Create: true}); !errors.Is(err, ErrCorrupt) {
		t.Errorf("an empty file is not an empty registry: %v", err)
	}
}

func TestMisuse(t *testing.T) {
	var nilFile *FileStore
	var nilMem *MemoryStore
	for name, s := range map[string]Store{"nil": nil, "nil *FileStore": nilFile, "nil *MemoryStore": nilMem, "no path": &FileStore{}} {
		if _, err := Open(s); !errors.Is(err, skillcert.ErrArgument) {
			t.Errorf("Open(%s): %v", name, err)
		}
	}
	var zero Registry
	if _, err := zero.Assign(Request{Category: 'S', Province: "34", Area: "01"}); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("the zero Registry: %v", err)
	}
	var nilReg *Registry
	if nilReg.Codes() != nil || nilReg.IsRetired(certcode.MustParseFiling("S000034010001")) || !errors.Is(nilReg.Refresh(), skillcert.ErrArgument) {
		t.Error("a nil Registry")
	}
	r := mustOpen(t, &MemoryStore{})
	if err := r.Add(certcode.Filing{}, false, ""); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("Add(zero): %v", err)
	}
	if err := r.Add(certcode.MustParseFiling("S000034010001"), true, ""); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("Add(retired, no reason): %v", err)
	}
	if _, err := r.Merge(nil, Request{}); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("Merge(nil): %v", err)
	}
}

// TestTwoRegistriesOneFile: registries that share a file, each with its own
// view, never assign the same code.
func TestTwoRegistriesOneFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "codes.json")
	regs := []*Registry{mustOpen(t, &FileStore{Path: path, Create: true}), mustOpen(t, &FileStore{Path: path, Create: true})}
	var mu sync.Mutex
	seen := map[string]bool{}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 25 {
				f, err := regs[g%2].Assign(Request{Category: 'S', Province: "34", Area: "01"})
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				if seen[f.String()] {
					t.Errorf("%s assigned twice", f)
				}
				seen[f.String()] = true
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if r := mustOpen(t, &FileStore{Path: path}); len(r.Codes()) != 100 {
		t.Errorf("%d codes on file, want 100", len(r.Codes()))
	}
	// The second registry sees the first's changes after Refresh.
	if err := regs[1].Refresh(); err != nil || len(regs[1].Codes()) != 100 {
		t.Errorf("Refresh: %d codes, %v", len(regs[1].Codes()), err)
	}
}

// TestProcessesOneFile runs three processes that assign codes from one file
// at once: no code is handed out twice.
func TestProcessesOneFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "codes.json")
	var cmds []*exec.Cmd
	for i := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperAssigner$")
		cmd.Env = append(os.Environ(), "SKILLCERT_ASSIGNER="+path, "SKILLCERT_DONE="+filepath.Join(dir, "done"+string(rune('0'+i))), "SKILLCERT_COUNT=40")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	for _, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatal(err)
		}
	}
	seen := map[string]bool{}
	for i := range 3 {
		b, _ := os.ReadFile(filepath.Join(dir, "done"+string(rune('0'+i))))
		for _, f := range strings.Fields(string(b)) {
			if seen[f] {
				t.Errorf("%s handed out twice", f)
			}
			seen[f] = true
		}
	}
	if len(seen) != 120 {
		t.Errorf("%d codes handed out, want 120", len(seen))
	}
}
