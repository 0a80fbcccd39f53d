package institution

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strconv"
	"time"

	skillcert "github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/internal/atomicfile"
	"github.com/skillcert/skillcert/occupation"
)

// FileHeader is the first line of a registry file.
const FileHeader = `{"format":"skillcert-institutions","version":1}`

// wireRecord is a record as a line of a registry file.
type wireRecord struct {
	Filing string      `json:"filing"`
	Credit string      `json:"credit,omitempty"`
	Kind   string      `json:"kind"`
	Events []wireEvent `json:"events"`
}

type wireEvent struct {
	Event      string `json:"event"`
	Date       string `json:"date"`
	Until      string `json:"until,omitempty"`
	Name       string `json:"name,omitempty"`
	Occupation string `json:"occupation,omitempty"`
	WorkType   string `json:"workType,omitempty"`
	Levels     string `json:"levels,omitempty"`
	Branch     string `json:"branch,omitempty"`
}

func toWire(r Record) wireRecord {
	w := wireRecord{Filing: r.Filing.String(), Credit: r.CreditCode, Kind: r.Kind.String(), Events: make([]wireEvent, len(r.Events))}
	for i, e := range r.Events {
		we := wireEvent{Event: e.Kind.String(), Date: e.Date.Format(time.DateOnly), Name: e.Name}
		if !e.Until.IsZero() {
			we.Until = e.Until.Format(time.DateOnly)
		}
		if e.Kind == ScopeAdded || e.Kind == ScopeRemoved {
			we.Occupation, we.WorkType, we.Levels = e.Scope.Occupation.String(), e.Scope.WorkType, e.Scope.Levels.String()
		}
		if e.Branch.IsValid() {
			we.Branch = e.Branch.String()
		}
		w.Events[i] = we
	}
	return w
}

// fromWire reads a record line; field names the place of a bad value.
func fromWire(w wireRecord) (Record, string, error) {
	r := Record{CreditCode: w.Credit}
	var err error
	if r.Filing, err = certcode.ParseFiling(w.Filing); err != nil {
		return r, "filing", err
	}
	if r.Kind, err = ParseKind(w.Kind); err != nil {
		return r, "kind", err
	}
	date := func(s string) (time.Time, error) {
		if s == "" {
			return time.Time{}, nil
		}
		return time.Parse(time.DateOnly, s)
	}
	r.Events = make([]Event, len(w.Events))
	for i, we := range w.Events {
		at := "events[" + strconv.Itoa(i) + "]."
		e := Event{Name: we.Name}
		if e.Kind, err = ParseEventKind(we.Event); err != nil {
			return r, at + "event", err
		}
		if e.Date, err = time.Parse(time.DateOnly, we.Date); err != nil {
			return r, at + "date", err
		}
		if e.Until, err = date(we.Until); err != nil {
			return r, at + "until", err
		}
		if we.Occupation != "" || e.Kind == ScopeAdded || e.Kind == ScopeRemoved {
			if e.Scope.Occupation, err = occupation.Parse(we.Occupation); err != nil {
				return r, at + "occupation", err
			}
			if e.Scope.Levels, err = ParseLevels(we.Levels); err != nil {
				return r, at + "levels", err
			}
			e.Scope.WorkType = we.WorkType
		}
		if we.Branch != "" {
			if e.Branch, err = certcode.ParseFiling(we.Branch); err != nil {
				return r, at + "branch", err
			}
		}
		r.Events[i] = e
	}
	return r, "", nil
}

func encodeRecord(r Record) []byte {
	b, _ := json.Marshal(toWire(r)) // strings only: cannot fail
	return b
}

func corrupt(path string, line int, reason string, cause error) error {
	return &skillcert.Error{Pkg: "institution", What: "registry file", Input: path, Field: "line " + strconv.Itoa(line),
		Kind: skillcert.ErrSyntax, Cause: errors.Join(ErrCorrupt, cause), Want: reason}
}

// ReadFile reads a registry file as WriteFile and FileStore write it and
// returns its registry. Any damage (a line cut short, a checksum that does
// not match, a record that does not validate) is an error naming the line;
// nothing is skipped. It takes no lock: the writers replace the file
// atomically, so a reader sees one whole version.
func ReadFile(path string) (*Registry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return decodeFile(path, data)
}

// decodeFile reads the bytes of a registry file.
func decodeFile(path string, data []byte) (*Registry, error) {
	lines, err := atomicfile.Unframe(data)
	if err != nil {
		line := 0
		var ce *atomicfile.CorruptError
		if errors.As(err, &ce) {
			line = ce.Line
		}
		return nil, corrupt(path, line, "an undamaged registry file", err)
	}
	if len(lines) == 0 || string(lines[0]) != FileHeader {
		return nil, corrupt(path, 1, "the header "+FileHeader, nil)
	}
	reg := &Registry{}
	for i, l := range lines[1:] {
		var w wireRecord
		dec := json.NewDecoder(bytes.NewReader(l))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&w); err != nil {
			return nil, corrupt(path, i+2, "a record in JSON", err)
		}
		r, field, err := fromWire(w)
		if err != nil {
			return nil, corrupt(path, i+2, "a readable "+field, err)
		}
		if err := reg.Add(r); err != nil {
			return nil, corrupt(path, i+2, "a valid record", err)
		}
	}
	return reg, nil
}

// encodeFile returns the bytes of a registry file holding reg.
func encodeFile(reg *Registry) []byte {
	lines := [][]byte{[]byte(FileHeader)}
	for r := range reg.All() {
		lines = append(lines, encodeRecord(r))
	}
	data, _ := atomicfile.Frame(lines) // JSON lines hold no newline
	return data
}

// FileStore keeps a registry in one file: a header line, one JSON line per
// record with all its events, each line prefixed with its CRC-32C, and a
// trailer with the line count and a SHA-256 of the file. Every change
// rewrites the file atomically (a temporary file, fsync, rename, fsync of
// the directory) before it returns, so a crash loses no committed change
// and never leaves half a file. While a FileStore is open it holds an OS
// lock on "<path>.lock", so a second writer cannot interleave.
type FileStore struct {
	path string
	lock *atomicfile.Locker
	reg  *Registry
}

// CreateFile creates a new, empty registry file at path and opens it. An
// existing file is an error: use OpenFile.
func CreateFile(path string) (*FileStore, error) {
	lock, err := atomicfile.Lock(path + ".lock")
	if err != nil {
		return nil, err
	}
	reg := &Registry{}
	if err := atomicfile.Create(path, encodeFile(reg), 0o644); err != nil {
		lock.Unlock()
		return nil, err
	}
	return &FileStore{path: path, lock: lock, reg: reg}, nil
}

// OpenFile opens an existing registry file for reading and writing. A
// missing file is an error (errors.Is(err, fs.ErrNotExist)), never an empty
// registry; a damaged one is an error naming the line.
func OpenFile(path string) (*FileStore, error) {
	lock, err := atomicfile.Lock(path + ".lock")
	if err != nil {
		return nil, err
	}
	reg, err := ReadFile(path)
	if err != nil {
		lock.Unlock()
		return nil, err
	}
	return &FileStore{path: path, lock: lock, reg: reg}, nil
}

// Registry returns the store's registry, to read. Change it only through
// the store's Add and AddEvent, which write the change to the file.
func (s *FileStore) Registry() *Registry { return s.reg }

func (s *FileStore) usable() error {
	if s == nil || s.lock == nil {
		return &skillcert.Error{Pkg: "institution", What: "file store", Kind: skillcert.ErrArgument, Want: "an open store (CreateFile or OpenFile)"}
	}
	return nil
}

// Add validates r (see Registry.Add), adds it and writes the file; when
// Add returns nil the record is on disk.
func (s *FileStore) Add(r Record) error {
	if err := s.usable(); err != nil {
		return err
	}
	if err := s.reg.Add(r); err != nil {
		return err
	}
	if err := atomicfile.Write(s.path, encodeFile(s.reg), 0o644); err != nil {
		s.reg.undoAdd()
		return err
	}
	return nil
}

// AddAll validates and adds every record, then writes the file once: all
// are added, or none (the error names the first that does not validate).
// Use it to load many records; Add rewrites the file for each.
func (s *FileStore) AddAll(rs []Record) error {
	if err := s.usable(); err != nil {
		return err
	}
	for i, r := range rs {
		if err := s.reg.Add(r); err != nil {
			for ; i > 0; i-- {
				s.reg.undoAdd()
			}
			return err
		}
	}
	if err := atomicfile.Write(s.path, encodeFile(s.reg), 0o644); err != nil {
		for range rs {
			s.reg.undoAdd()
		}
		return err
	}
	return nil
}

// AddEvent validates e as the next event of record f (see
// Registry.AddEvent), appends it and writes the file; when AddEvent returns
// nil the event is on disk.
func (s *FileStore) AddEvent(f certcode.Filing, e Event) error {
	if err := s.usable(); err != nil {
		return err
	}
	if err := s.reg.AddEvent(f, e); err != nil {
		return err
	}
	if err := atomicfile.Write(s.path, encodeFile(s.reg), 0o644); err != nil {
		s.reg.undoEvent(f)
		return err
	}
	return nil
}

// Close releases the lock. The registry stays readable.
func (s *FileStore) Close() error {
	if s == nil || s.lock == nil {
		return nil
	}
	err := s.lock.Unlock()
	s.lock = nil
	return err
}
