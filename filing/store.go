package filing

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// FileStore keeps a registry's State in one JSON file. Save writes a new file
// beside it, syncs it to disk and renames it over the old one, so that a crash
// at any moment leaves either the old or the new State, never a torn file.
type FileStore struct {
	Path string
}

// Load reads the State; a missing file is the empty State.
func (s FileStore) Load() (State, error) {
	b, err := os.ReadFile(s.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return State{}, nil
	}
	if err != nil {
		return State{}, err
	}
	var st State
	if err := json.Unmarshal(b, &st); err != nil {
		return State{}, fmt.Errorf("filing: %s: %w", s.Path, err)
	}
	return st, nil
}

// Save replaces the State on disk: write-then-rename, with the file and its
// folder synced.
func (s FileStore) Save(st State) error {
	b, err := json.MarshalIndent(st, "", "\t")
	if err != nil {
		return err
	}
	dir := filepath.Dir(s.Path)
	tmp, err := os.CreateTemp(dir, filepath.Base(s.Path)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), s.Path); err != nil {
		return err
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// MemoryStore keeps the State in memory, for tests and for one process that
// needs no restart.
type MemoryStore struct {
	mu sync.Mutex
	st State
}

// Load returns a copy of the saved State.
func (m *MemoryStore) Load() (State, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.st.clone(), nil
}

// Save keeps a copy of st.
func (m *MemoryStore) Save(st State) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.st = st.clone()
	return nil
}
