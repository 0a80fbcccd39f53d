package institution_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/skillcert/skillcert/institution"
)

// FuzzReadFile: any bytes read as a registry file give a registry or an
// error wrapping ErrCorrupt, never a panic.
func FuzzReadFile(f *testing.F) {
	dir := f.TempDir()
	s, err := institution.CreateFile(filepath.Join(dir, "seed"))
	if err != nil {
		f.Fatal(err)
	}
	s.Add(xinhua())
	s.Close()
	seed, _ := os.ReadFile(filepath.Join(dir, "seed"))
	f.Add(seed)
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "f")
		os.WriteFile(p, data, 0o644)
		g, err := institution.ReadFile(p)
		if err != nil {
			if !errors.Is(err, institution.ErrCorrupt) {
				t.Fatalf("error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		for r := range g.All() {
			if _, ok := r.On(r.Events[0].Date); !ok {
				t.Fatal("a record read from the file does not validate")
			}
		}
	})
}
