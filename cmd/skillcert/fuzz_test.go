package main

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
)

// FuzzValidateLines: whatever standard input holds, validate never panics,
// exits 0, 1 or 2, and writes no line longer than a few KB.
func FuzzValidateLines(f *testing.F) {
	f.Add([]byte("Y000144001005205000001\n"))
	f.Add([]byte("\ufeffY 0001 44 001005 20 5 000001\r\nS000034010001244000001\n\n"))
	f.Add([]byte("ｙ０００１４４００１００５２０５０００００１"))
	f.Add([]byte("\xff\xfe\x00\n" + strings.Repeat("9", 70000) + "\nY000144001005205000001"))
	f.Add([]byte{})
	for _, kind := range []string{"cert", "filing", "card", "credit", "id", "special", "special-inst"} {
		f.Add([]byte(kind + "\n"))
	}
	kinds := []string{"cert", "filing", "card", "credit", "id", "special", "special-inst"}
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, kind := range kinds {
			var out, errOut bytes.Buffer
			code := run([]string{"validate", "-kind", kind}, bytes.NewReader(in), &out, &errOut)
			if code < 0 || code > 2 {
				t.Fatalf("-kind %s: exit %d", kind, code)
			}
			for _, w := range []*bytes.Buffer{&out, &errOut} {
				sc := bufio.NewScanner(w)
				sc.Buffer(nil, 1<<20)
				for sc.Scan() {
					if n := len(sc.Bytes()); n > 8<<10 {
						t.Fatalf("-kind %s: an output line of %d bytes", kind, n)
					}
				}
			}
		}
	})
}
