package atomicfile

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

var sample = [][]byte{[]byte(`{"a":1}`), []byte(`{"b":"二"}`), []byte(``), []byte(`x`)}

func TestFrameRoundTrip(t *testing.T) {
	for n := 0; n <= len(sample); n++ {
		data, err := Frame(sample[:n])
		if err != nil {
			t.Fatal(err)
		}
		got, err := Unframe(data)
		if err != nil {
			t.Fatalf("%d lines: %v", n, err)
		}
		if len(got) != n {
			t.Fatalf("%d lines: got %d", n, len(got))
		}
		for i := range got {
			if !bytes.Equal(got[i], sample[i]) {
				t.Errorf("line %d: %q, want %q", i, got[i], sample[i])
			}
		}
	}
}

func TestFrameRejectsNewline(t *testing.T) {
	if _, err := Frame([][]byte{[]byte("a\nb")}); err == nil {
		t.Fatal("a line with a newline was framed")
	}
}

// TestCutAtEveryByte cuts a framed file at every byte: every proper prefix
// is reported as damaged, never read as fewer lines.
func TestCutAtEveryByte(t *testing.T) {
	data, err := Frame(sample)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(data); i++ {
		lines, err := Unframe(data[:i])
		if err == nil {
			t.Fatalf("cut at byte %d: read %d lines, want a damage error", i, len(lines))
		}
		var ce *CorruptError
		if !errors.As(err, &ce) || !errors.Is(err, ErrCorrupt) {
			t.Fatalf("cut at byte %d: %v is not a *CorruptError", i, err)
		}
	}
}

// TestFlipEveryByte changes every byte in turn: each change is found.
func TestFlipEveryByte(t *testing.T) {
	data, _ := Frame(sample)
	for i := range data {
		d := bytes.Clone(data)
		d[i] ^= 0x01
		if _, err := Unframe(d); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("byte %d changed: err %v, want ErrCorrupt", i, err)
		}
	}
	if _, err := Unframe(append(bytes.Clone(data), 'x')); !errors.Is(err, ErrCorrupt) {
		t.Fatal("bytes after the trailer not reported")
	}
}

func TestWriteAndCreate(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "f")
	if err := Create(p, []byte("one"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Create(p, []byte("two"), 0o644); !errors.Is(err, os.ErrExist) {
		t.Fatalf("Create over an existing file: %v, want os.ErrExist", err)
	}
	if err := Write(p, []byte("three"), 0o600); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(p)
	if err != nil || string(b) != "three" {
		t.Fatalf("read %q, %v", b, err)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 {
		t.Fatalf("temporary files left: %v", ents)
	}
	if err := Write(filepath.Join(dir, "no", "such"), nil, 0o644); err == nil {
		t.Fatal("write into a missing directory succeeded")
	}
}

func TestLock(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.lock")
	l, err := Lock(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Lock(p); !errors.Is(err, ErrLocked) {
		t.Fatalf("second lock: %v, want ErrLocked", err)
	}
	if err := l.Unlock(); err != nil {
		t.Fatal(err)
	}
	if err := l.Unlock(); err != nil {
		t.Fatal(err)
	}
	l2, err := Lock(p)
	if err != nil {
		t.Fatalf("lock after unlock: %v", err)
	}
	l2.Unlock()
}

func FuzzUnframe(f *testing.F) {
	d, _ := Frame(sample)
	f.Add(d)
	f.Add([]byte("#end 0 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines, err := Unframe(data)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v is not ErrCorrupt", err)
			}
			return
		}
		again, err := Frame(lines)
		if err != nil || !bytes.Equal(again, data) {
			t.Fatalf("accepted data does not frame back to itself")
		}
	})
}
