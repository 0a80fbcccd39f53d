package tsv

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/skillcert/skillcert"
)

func TestRead(t *testing.T) {
	in := "\ufeffa\t b \r\n\n# note\n  \nc\n\xff\td\ne\tf\t\n"
	type rec struct {
		Line   int
		Fields []string
	}
	var got []rec
	var bad []LineError
	Read(strings.NewReader(in), 64, func(line int, f []string) { got = append(got, rec{line, f}) }, func(e LineError) { bad = append(bad, e) })
	want := []rec{{1, []string{"a", "b"}}, {5, []string{"c"}}, {7, []string{"e", "f", ""}}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("records (-want +got):\n%s", d)
	}
	if len(bad) != 1 || bad[0].Line != 6 || bad[0].Kind != skillcert.ErrSyntax {
		t.Errorf("bad lines: %+v", bad)
	}
}

func TestReadLongLine(t *testing.T) {
	in := "a\n" + strings.Repeat("x", 100) + "\nb\n"
	var lines []int
	var bad []LineError
	Read(strings.NewReader(in), 64, func(line int, _ []string) { lines = append(lines, line) }, func(e LineError) { bad = append(bad, e) })
	if len(lines) != 1 || len(bad) != 1 || bad[0].Line != 2 || !errors.Is(bad[0].Kind, skillcert.ErrLimit) {
		t.Errorf("lines %v, bad %+v", lines, bad)
	}
}
