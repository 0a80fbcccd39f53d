package apicheck

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestList(t *testing.T) {
	root := t.TempDir()
	write := func(rel, text string) {
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("p/p.go", `package p
type Code uint32
type hidden int
type S struct { A, B int; c int; Code }
type I interface { M(x int) (y string, err error) }
const K Code = 7
const k = 1
var V, w = 1, 2
func F(a, b string, c ...int) error { return nil }
func (c Code) String() string { return "" }
func (h hidden) String() string { return "" }
func f() {}
`)
	write("p/p_test.go", "package p\nfunc TestX() {}\n")
	write("internal/q/q.go", "package q\nfunc G() {}\n")
	write("cmd/t/main.go", "package main\nfunc main() {}\n")
	got, err := List(root, "m")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"pkg m/p, const K Code = 7",
		"pkg m/p, func F(string, string, ...int) error",
		"pkg m/p, method (Code) String() string",
		"pkg m/p, type Code uint32",
		"pkg m/p, type I interface",
		"pkg m/p, type I interface, M(int) (string, error)",
		"pkg m/p, type S struct",
		"pkg m/p, type S struct, A int",
		"pkg m/p, type S struct, B int",
		"pkg m/p, type S struct, embedded Code",
		"pkg m/p, var V",
	}
	slices.Sort(want)
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("List (-want +got):\n%s", d)
	}
}
