package registry

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sync"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/internal/atomicfile"
)

// fileFormat names the layout FileStore writes.
const fileFormat = "skillcert-registry/1"

// file is the layout of a FileStore file: the records and the SHA-256 of
// their compact JSON, so that a damaged file is detected, not loaded.
type file struct {
	Format string          `json:"format"`
	SHA256 string          `json:"sha256"`
	Codes  json.RawMessage `json:"codes"`
}

// FileStore keeps a registry's State in one JSON file that carries a
// checksum of its records. Save writes a new file beside it, syncs it, renames
// it over the old one and syncs the folder, so that a crash at any moment
// leaves the old or the new State; Load refuses a file whose checksum or
// records are wrong. Lock takes an exclusive OS lock (flock) on Path+".lock",
// so that registries in several processes on one file take turns.
//
// A missing file is an error wrapping fs.ErrNotExist, so that a mistyped path
// cannot start the numbering again; set Create for the first run, when the
// missing file is the empty registry.
type FileStore struct {
	Path   string
	Create bool // a missing file is the empty State, not an error
}

func (s *FileStore) corrupt(kind, cause error, want string) error {
	if cause == nil {
		cause = ErrCorrupt
	} else {
		cause = errors.Join(ErrCorrupt, cause)
	}
	return &skillcert.Error{Pkg: "registry", What: "registry file", Input: s.Path, Kind: kind, Cause: cause, Want: want}
}

// Load reads and validates the State.
func (s *FileStore) Load() (State, error) {
	if s == nil || s.Path == "" {
		return State{}, errNilStore
	}
	b, err := os.ReadFile(s.Path)
	if errors.Is(err, fs.ErrNotExist) && s.Create {
		return State{}, nil
	}
	if err != nil {
		return State{}, fmt.Errorf("registry: %w (set FileStore.Create for a new registry)", err)
	}
	var f file
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&f); err != nil {
		return State{}, s.corrupt(skillcert.ErrSyntax, err, "a complete registry file; restore it from a backup")
	}
	if dec.More() {
		return State{}, s.corrupt(skillcert.ErrSyntax, nil, "one JSON object")
	}
	var st State
	switch {
	case f.Format == "" && f.SHA256 == "":
		// A file of an earlier version, written without a checksum: its
		// records are validated all the same, and Save adds the checksum.
	case f.Format != fileFormat:
		return State{}, s.corrupt(skillcert.ErrSyntax, nil, "the format "+fileFormat)
	default:
		var compact bytes.Buffer
		if err := json.Compact(&compact, f.Codes); err != nil {
			return State{}, s.corrupt(skillcert.ErrSyntax, err, "a complete registry file")
		}
		sum := sha256.Sum256(compact.Bytes())
		if hex.EncodeToString(sum[:]) != f.SHA256 {
			return State{}, s.corrupt(skillcert.ErrChecksum, nil, "records that match the file's checksum; restore it from a backup")
		}
	}
	if f.Codes == nil {
		return State{}, s.corrupt(skillcert.ErrSyntax, nil, `a "codes" member`)
	}
	if err := json.Unmarshal(f.Codes, &st.Codes); err != nil {
		return State{}, s.corrupt(skillcert.ErrSyntax, err, "a list of records")
	}
	if err := st.Validate(); err != nil {
		return State{}, err
	}
	return st, nil
}

// Save replaces the State on disk atomically: after a crash the file holds
// the old State or the new one, whole.
func (s *FileStore) Save(st State) error {
	if s == nil || s.Path == "" {
		return errNilStore
	}
	if st.Codes == nil {
		st.Codes = []Record{}
	}
	codes, err := json.Marshal(st.Codes)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(codes)
	var indented bytes.Buffer
	if err := json.Indent(&indented, codes, "\t", "\t"); err != nil {
		return err
	}
	b, err := json.MarshalIndent(file{fileFormat, hex.EncodeToString(sum[:]), indented.Bytes()}, "", "\t")
	if err != nil {
		return err
	}
	return atomicfile.Write(s.Path, append(b, '\n'), 0o644)
}

// Lock takes an exclusive lock on Path+".lock", waiting for other holders.
func (s *FileStore) Lock() (func(), error) {
	if s == nil || s.Path == "" {
		return nil, errNilStore
	}
	return lockFile(s.Path + ".lock")
}

// MemoryStore keeps the State in memory, for tests and for one process that
// needs no restart. The zero value is an empty store.
type MemoryStore struct {
	lock sync.Mutex // held by Lock
	mu   sync.Mutex // guards st
	st   State
}

// Lock takes the store for one read-modify-write.
func (m *MemoryStore) Lock() (func(), error) {
	if m == nil {
		return nil, errNilStore
	}
	m.lock.Lock()
	return m.lock.Unlock, nil
}

// Load returns a copy of the saved State.
func (m *MemoryStore) Load() (State, error) {
	if m == nil {
		return State{}, errNilStore
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.st.clone(), nil
}

// Save keeps a copy of st.
func (m *MemoryStore) Save(st State) error {
	if m == nil {
		return errNilStore
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.st = st.clone()
	return nil
}
