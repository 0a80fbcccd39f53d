// Package tsv reads the small tab-separated files skillcert's overlays are
// written in: UTF-8 text (a BOM at the start is ignored), one record a line,
// fields separated by tabs and trimmed of spaces, blank lines and lines
// starting with # skipped.
package tsv

import (
	"bufio"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/skillcert/skillcert"
)

// LineError is a line that could not be read: not UTF-8 (ErrSyntax), longer
// than the limit (ErrLimit), or where the reader failed (ErrSyntax).
type LineError struct {
	Line int    // 1-based
	Msg  string // what is wrong, in English
	Kind error  // skillcert.ErrSyntax or skillcert.ErrLimit
}

// Read calls fn with each record's line number and fields and bad with each
// line it cannot read, in the order of the file. Reading stops at the first
// line over maxLine bytes or at a failure of r, the last call of bad.
func Read(r io.Reader, maxLine int, fn func(line int, fields []string), bad func(LineError)) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, min(4096, maxLine)), maxLine) // the limit is the larger of the two
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSuffix(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !utf8.ValidString(line) {
			bad(LineError{n, "not UTF-8", skillcert.ErrSyntax})
			continue
		}
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		fn(n, f)
	}
	if err := sc.Err(); err != nil {
		kind := skillcert.ErrSyntax
		if errors.Is(err, bufio.ErrTooLong) {
			kind = skillcert.ErrLimit
		}
		bad(LineError{n + 1, err.Error(), kind})
	}
}
