package registry

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoad: whatever bytes the registry file holds, Load never panics, and a
// State it accepts passes its own validation (nothing is loaded silently).
func FuzzLoad(f *testing.F) {
	f.Add([]byte(`{"format":"skillcert-registry","sha256":"","codes":[]}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`[`))
	f.Add([]byte{})
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "r.json")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		st, err := (&FileStore{Path: path}).Load()
		if err != nil {
			return
		}
		if err := st.Validate(); err != nil {
			t.Fatalf("Load accepted a state that fails Validate: %v", err)
		}
	})
}
