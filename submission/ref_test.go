package submission

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"testing"
)

// refRecords is the reading of a CSV text as it was before lines: every
// record through encoding/csv, blank lines found from the gaps between
// records' lines. FuzzLines holds lines to it.
func refRecords(text io.Reader) iter.Seq2[Row, error] {
	return func(yield func(Row, error) bool) {
		cl := &countLines{r: text}
		cr := csv.NewReader(cl)
		cr.FieldsPerRecord = -1 // ragged rows are the checker's business
		cr.ReuseRecord = true
		next := 1 // the next line no record has covered
		for {
			rec, err := cr.Read()
			if err == io.EOF {
				for ; next <= cl.lines(); next++ {
					if !yield(Row{Num: next}, nil) {
						return
					}
				}
				return
			}
			if err != nil {
				yield(Row{Num: next}, err)
				return
			}
			line, _ := cr.FieldPos(0)
			for ; next < line; next++ {
				if !yield(Row{Num: next}, nil) {
					return
				}
			}
			// The record ends on the line its last cell starts on, plus the
			// line breaks inside that cell.
			next = line + 1
			if len(rec) > 0 {
				last, _ := cr.FieldPos(len(rec) - 1)
				next = last + 1 + strings.Count(rec[len(rec)-1], "\n")
			}
			if !yield(Row{Num: line, Cells: rec}, nil) {
				return
			}
		}
	}
}

// countLines counts the lines read through it; a last line without a line
// break counts.
type countLines struct {
	r       io.Reader
	n       int
	partial bool
}

func (c *countLines) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += strings.Count(string(p[:n]), "\n")
	if n > 0 {
		c.partial = p[n-1] != '\n'
	}
	return n, err
}

func (c *countLines) lines() int {
	if c.partial {
		return c.n + 1
	}
	return c.n
}

// collect reads a CSV text with lines, or with refRecords, into a listing.
func collect(text string, ref bool) (out []string) {
	add := func(num int, cells []string, err error) {
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				out = append(out, fmt.Sprintf("error at line %d (record from %d) column %d: %v", pe.Line, pe.StartLine, pe.Column, pe.Err))
			} else {
				out = append(out, "error: "+err.Error())
			}
			return
		}
		out = append(out, fmt.Sprintf("%d %q", num, cells))
	}
	if ref {
		for r, err := range refRecords(strings.NewReader(text)) {
			add(r.Num, r.Cells, err)
		}
		return out
	}
	l := newLines(strings.NewReader(text))
	blanks := 0 // blank rows just before an error, which refRecords never yields
	for {
		num, cells, ok, err := l.next()
		if !ok {
			if err != io.EOF {
				out = out[:len(out)-blanks]
				add(0, nil, err)
			}
			return out
		}
		if blanks++; cells != nil {
			blanks = 0
		}
		add(num, cells, nil)
	}
}

var linesSeeds = []string{
	"", "\n", "\n\n", "a", "a\n", "a\r\n", "a\r", "\r", "\r\n\r\n", "a,b,c\n,,\n", "a\rb,c\n",
	"\"a,b\",c\n", "\"a\nb\",c\nd\n", "\"a\r\nb\"\r\n", "\"\"\"\",x\n", "a\"b\n", "\"a\"b\n", "\"abc\n", "\"abc",
	"x\n\"a\nb\n\nc\"\ny\n", "a,\"b\"\n\n\"c\",d\r\n", "\"a\"\r", "张三,\"合肥，某公司\",1\n李四,\"x\"\"y\"\n", "a\n\"b\n",
	"\"\"\n", "\"\",\"\"\n", ",\n", "\"a\"\"\n\"\n",
}

// TestLines holds lines to encoding/csv on the seeds.
func TestLines(t *testing.T) {
	long := strings.Repeat("长", 30000) // 90,000 bytes: more than the reader's buffer
	more := []string{long + ",y\n" + long + "\r\nz\n", "a\n\"" + long + "\n" + long + "\",b\n" + long, "\"" + long + "\"\"\n", long + "\r"}
	for _, s := range append(more, linesSeeds...) {
		got, want := collect(s, false), collect(s, true)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", s, got, want)
		}
	}
}

// FuzzLines holds lines to encoding/csv: the same records, on the same
// lines, the same blank rows, the same errors. (One difference is wanted:
// blank lines just before a record that cannot be read are yielded by lines
// before its error, and were not by the old reading.)
func FuzzLines(f *testing.F) {
	for _, s := range linesSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := collect(s, false), collect(s, true)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", s, got, want)
		}
	})
}
