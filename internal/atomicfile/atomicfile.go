// Package atomicfile writes files so that a reader or a crash never sees
// half of a write, frames their lines with checksums so that damage is
// found, never read as data, and locks them against a second writer.
//
// A write goes to a temporary file in the same directory, is synced,
// renamed over the target and the directory synced: after a crash the file
// is the old one or the new one, whole. Frame and Unframe put a CRC-32C
// before every line and a trailer with the line count and a SHA-256 of all
// before it, so a file cut at any byte, or changed in any byte, is reported
// as damaged with the line where it is.
package atomicfile

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"strconv"
)

// ErrCorrupt is the cause of every error Unframe returns.
var ErrCorrupt = errors.New("damaged file")

// ErrLocked is returned by Lock when another process holds the lock.
var ErrLocked = errors.New("file locked by another writer")

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// CorruptError says where a framed file is damaged.
type CorruptError struct {
	Line   int    // 1-based line of the file; 0 for the whole file
	Reason string // what is wrong
}

func (e *CorruptError) Error() string {
	if e.Line > 0 {
		return "line " + strconv.Itoa(e.Line) + ": " + e.Reason
	}
	return e.Reason
}

// Unwrap returns ErrCorrupt.
func (e *CorruptError) Unwrap() error { return ErrCorrupt }

const trailer = "#end "

// Frame returns the lines, each prefixed with its CRC-32C in 8 hex digits
// and a space, each ended by "\n", followed by the trailer line
// "#end <count> <sha256 of everything before, hex>\n". A line may not
// contain "\n" nor start with "#".
func Frame(lines [][]byte) ([]byte, error) {
	var b bytes.Buffer
	for i, l := range lines {
		if bytes.IndexByte(l, '\n') >= 0 {
			return nil, fmt.Errorf("atomicfile: line %d contains a newline", i+1)
		}
		var c [8]byte
		v := crcOf(l)
		hex.Encode(c[:], []byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)})
		b.Write(c[:])
		b.WriteByte(' ')
		b.Write(l)
		b.WriteByte('\n')
	}
	sum := sha256.Sum256(b.Bytes())
	b.WriteString(trailer)
	b.WriteString(strconv.Itoa(len(lines)))
	b.WriteByte(' ')
	b.WriteString(hex.EncodeToString(sum[:]))
	b.WriteByte('\n')
	return b.Bytes(), nil
}

func crcOf(l []byte) uint32 { return crc32.Checksum(l, castagnoli) }

// Unframe checks data as Frame writes it and returns its lines (sub-slices
// of data). Any damage — a line cut short, a checksum that does not match,
// a missing or wrong trailer, bytes after it — is a *CorruptError naming the
// line.
func Unframe(data []byte) ([][]byte, error) {
	var lines [][]byte
	rest := data
	for n := 1; ; n++ {
		if len(rest) == 0 {
			return nil, &CorruptError{Line: n, Reason: "file ends without its trailer line (cut short?)"}
		}
		nl := bytes.IndexByte(rest, '\n')
		if nl < 0 {
			return nil, &CorruptError{Line: n, Reason: "line cut short (no end of line)"}
		}
		line := rest[:nl]
		if bytes.HasPrefix(line, []byte(trailer)) {
			f := bytes.Fields(line[len(trailer):])
			if len(f) != 2 {
				return nil, &CorruptError{Line: n, Reason: "trailer is not \"#end <count> <sha256>\""}
			}
			if c, err := strconv.Atoi(string(f[0])); err != nil || c != len(lines) {
				return nil, &CorruptError{Line: n, Reason: "trailer counts " + strconv.Quote(string(f[0])) + " lines, the file has " + strconv.Itoa(len(lines))}
			}
			sum := sha256.Sum256(data[:len(data)-len(rest)])
			if hex.EncodeToString(sum[:]) != string(f[1]) {
				return nil, &CorruptError{Line: n, Reason: "SHA-256 of the file does not match its trailer"}
			}
			if len(rest) != nl+1 {
				return nil, &CorruptError{Line: n + 1, Reason: "bytes after the trailer line"}
			}
			return lines, nil
		}
		if len(line) < 9 || line[8] != ' ' {
			return nil, &CorruptError{Line: n, Reason: "line does not start with an 8-digit checksum and a space"}
		}
		var c [4]byte
		if _, err := hex.Decode(c[:], line[:8]); err != nil {
			return nil, &CorruptError{Line: n, Reason: "checksum is not hexadecimal"}
		}
		if uint32(c[0])<<24|uint32(c[1])<<16|uint32(c[2])<<8|uint32(c[3]) != crcOf(line[9:]) {
			return nil, &CorruptError{Line: n, Reason: "checksum does not match the line"}
		}
		lines = append(lines, line[9:])
		rest = rest[nl+1:]
	}
}

// Write replaces the file at path with data, atomically: it writes a
// temporary file in the same directory, syncs it, renames it over path and
// syncs the directory. After a crash path holds the old data or the new,
// whole.
func Write(path string, data []byte, perm os.FileMode) error {
	tmp, err := writeTemp(path, data, perm)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("atomicfile: %w", err)
	}
	return syncDir(filepath.Dir(path))
}

// Create writes data to path only if path does not exist yet, atomically
// as Write does; an existing path is an error wrapping os.ErrExist.
func Create(path string, data []byte, perm os.FileMode) error {
	tmp, err := writeTemp(path, data, perm)
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	if err := os.Link(tmp, path); err != nil {
		return fmt.Errorf("atomicfile: %w", err)
	}
	return syncDir(filepath.Dir(path))
}

func writeTemp(path string, data []byte, perm os.FileMode) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return "", fmt.Errorf("atomicfile: %w", err)
	}
	name := f.Name()
	fail := func(err error) (string, error) {
		f.Close()
		os.Remove(name)
		return "", fmt.Errorf("atomicfile: %w", err)
	}
	if err := f.Chmod(perm); err != nil {
		return fail(err)
	}
	if _, err := f.Write(data); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		os.Remove(name)
		return "", fmt.Errorf("atomicfile: %w", err)
	}
	return name, nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("atomicfile: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("atomicfile: syncing %s: %w", dir, err)
	}
	return nil
}
