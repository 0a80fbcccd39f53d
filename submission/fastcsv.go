package submission

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
)

// lines splits a CSV text into records as encoding/csv does (comma
// separated, RFC 4180 quotes, \r\n read as \n, a \r before the end of the
// file dropped, empty lines skipped), and numbers them by the line they
// start on. A record without a quote, nearly every record of a real table,
// is split here in one pass and one allocation; a record with a quote is
// collected whole (its quotes paired across lines) and handed to
// encoding/csv, so that quoted cells and their errors are exactly the
// standard library's. FuzzLines holds lines to the standard reader.
type lines struct {
	r     *bufio.Reader
	cr    *csv.Reader  // for records with quotes
	src   recordSource // what cr reads: one record at a time
	fed   int          // lines fed to cr so far
	line  int          // the lines read so far
	buf   []byte       // a line longer than r's buffer
	rec   []byte       // a record with quotes
	cells []string     // reused for each record
	err   error        // the error that ended reading, io.EOF at the end
}

func newLines(r io.Reader) *lines {
	l := &lines{r: bufio.NewReaderSize(r, 64<<10)}
	l.cr = csv.NewReader(&l.src)
	l.cr.FieldsPerRecord = -1
	l.cr.ReuseRecord = true
	return l
}

// recordSource serves one record's bytes, then io.EOF, then the next.
type recordSource struct{ b []byte }

func (s *recordSource) Read(p []byte) (int, error) {
	if len(s.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, s.b)
	s.b = s.b[n:]
	return n, nil
}

// readLine returns the next line with its \n, or what is left at the end;
// ok is false when nothing is left or reading failed (l.err says which).
func (l *lines) readLine() (line []byte, ok bool) {
	line, err := l.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		l.buf = append(l.buf[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = l.r.ReadSlice('\n')
			l.buf = append(l.buf, line...)
		}
		line = l.buf
	}
	if err != nil {
		l.err = err
		if err != io.EOF || len(line) == 0 {
			return nil, false
		}
	}
	l.line++
	return line, true
}

// next returns the next row: a record (cells, valid until the next call) or
// a blank line (no cells), and the line it starts on; ok is false at the end
// or on an error (l.err; io.EOF at the end).
func (l *lines) next() (num int, cells []string, ok bool, err error) {
	line, ok := l.readLine()
	if !ok {
		return 0, nil, false, l.err
	}
	num = l.line
	if bytes.IndexByte(line, '"') >= 0 {
		return l.quoted(num, line)
	}
	// As encoding/csv: \r\n is \n, and a \r at the very end is dropped.
	n := len(line)
	switch {
	case n > 0 && line[n-1] == '\n':
		n--
		if n > 0 && line[n-1] == '\r' {
			n--
		}
	case n > 0 && line[n-1] == '\r' && l.err == io.EOF:
		n--
	}
	if n == 0 {
		return num, nil, true, nil // an empty line: a blank row
	}
	s := string(line[:n])
	l.cells = l.cells[:0]
	for {
		i := strings.IndexByte(s, ',')
		if i < 0 {
			l.cells = append(l.cells, s)
			break
		}
		l.cells = append(l.cells, s[:i])
		s = s[i+1:]
	}
	return num, l.cells, true, nil
}

// quoted collects the record that starts with line, up to the line break
// at which its quotes pair up (or the end), and reads it with encoding/csv.
func (l *lines) quoted(num int, line []byte) (int, []string, bool, error) {
	rec := append(l.rec[:0], line...)
	quotes := bytes.Count(line, []byte{'"'})
	for quotes%2 == 1 && l.err == nil {
		more, ok := l.readLine()
		if !ok {
			break
		}
		quotes += bytes.Count(more, []byte{'"'})
		rec = append(rec, more...)
	}
	if l.err != nil && l.err != io.EOF {
		return 0, nil, false, l.err
	}
	l.rec = rec
	l.src.b = rec
	before := l.fed
	l.fed += bytes.Count(rec, []byte{'\n'})
	if rec[len(rec)-1] != '\n' {
		l.fed++
	}
	cells, err := l.cr.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			// Number the lines as the file does, not as the record does.
			d := num - 1 - before
			adj := *pe
			adj.StartLine += d
			adj.Line += d
			return 0, nil, false, &adj
		}
		return 0, nil, false, err
	}
	// Whatever is left of the record (never, for a record whose quotes
	// pair up) is left to the next read.
	l.src.b = nil
	return num, cells, true, nil
}
