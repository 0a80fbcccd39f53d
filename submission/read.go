package submission

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"errors"
	"io"
	"iter"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/skillcert/skillcert"
)

// Encoding is how a CSV file's text is encoded.
type Encoding uint8

// The encodings Chinese spreadsheets export CSV in.
const (
	UTF8    Encoding = iota + 1 // UTF-8 without a byte-order mark
	UTF8BOM                     // UTF-8 with a byte-order mark, as Excel writes "CSV UTF-8"
	GB18030                     // GB18030, a superset of GBK, as Excel writes "CSV" on a Chinese system
)

// String returns "UTF-8", "UTF-8 with BOM" or "GB18030"; any other value
// prints as "Encoding(7)".
func (e Encoding) String() string {
	switch e {
	case UTF8:
		return "UTF-8"
	case UTF8BOM:
		return "UTF-8 with BOM"
	case GB18030:
		return "GB18030"
	}
	return "Encoding(" + strconv.Itoa(int(e)) + ")"
}

// Errors of reading a table.
var (
	ErrEmpty  = errors.New("submission: the file is empty")
	ErrNoRows = errors.New("submission: the table has a header but no rows")
	ErrBinary = errors.New("submission: the file is not a text table (it holds NUL bytes or a UTF-16 byte-order mark); save it as CSV in UTF-8 or GB18030, or as XLSX")
)

// ReadError says that a table could not be read completely, and where reading
// stopped: no row at or after that place was checked, so the table must not
// be taken as clean. errors.Is(err, skillcert.ErrLimit) tells a limit from
// damaged input (skillcert.ErrSyntax) and from an I/O error (neither).
type ReadError struct {
	// Row is the row at which reading stopped, as the file's own program
	// numbers it: the CSV line (the line of the offending byte) or the
	// spreadsheet row; 0 when the source did not say.
	Row int
	// Offset is, for CSV, the offset in bytes from the start of the file of
	// the offending byte (invalid bytes) or of the start of the line that
	// holds it (a limit); -1 when not known.
	Offset  int64
	Kind    error  // skillcert.ErrSyntax, skillcert.ErrLimit, or nil for an I/O error
	English string // what is wrong, in English
	Chinese string // the same in Chinese
	Err     error  // the underlying error (an I/O error, a *csv.ParseError), or nil
	line    bool   // Row is a CSV line
}

// Error returns "submission: line 57 (byte 12345): … ; the table was not
// fully read".
func (e *ReadError) Error() string {
	var b strings.Builder
	b.WriteString("submission: ")
	switch {
	case e.Row > 0 && e.Offset >= 0:
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(e.Row))
		b.WriteString(" (byte ")
		b.WriteString(strconv.FormatInt(e.Offset, 10))
		b.WriteString("): ")
	case e.Row > 0 && e.line:
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(e.Row))
		b.WriteString(": ")
	case e.Row > 0:
		b.WriteString("row ")
		b.WriteString(strconv.Itoa(e.Row))
		b.WriteString(": ")
	}
	switch {
	case e.English != "":
		b.WriteString(e.English)
	case e.Err != nil:
		b.WriteString(e.Err.Error())
	default:
		b.WriteString("unreadable")
	}
	b.WriteString("; the table was not fully read")
	return b.String()
}

// Unwrap returns the kind and the underlying error.
func (e *ReadError) Unwrap() []error {
	var out []error
	if e.Kind != nil {
		out = append(out, e.Kind)
	}
	if e.Err != nil {
		out = append(out, e.Err)
	}
	return out
}

// sniffSize is how much of a file is looked at to tell its encoding.
const sniffSize = 64 << 10

// CSV reads a CSV table row by row, in bounded memory. Its encoding is
// decided from the first 64 KiB: UTF-8 (with or without a byte-order mark)
// when they hold fewer byte sequences invalid in UTF-8 than in GB18030, and
// GB18030 (so GBK) otherwise; a single stray byte does not make a UTF-8 file
// GB18030. The rest of the file is then checked as it is read: a line with
// bytes that are not valid in the chosen encoding (a file that mixes
// encodings, or damaged bytes) stops the reading with a *ReadError that names
// the line and byte offset.
type CSV struct {
	r   io.Reader
	lim Limits
	enc Encoding
}

// NewCSV returns a reader of the CSV table r within the limits lim (zero
// fields take their defaults).
func NewCSV(r io.Reader, lim Limits) *CSV {
	return &CSV{r: r, lim: lim.withDefaults()}
}

// CSVRows is NewCSV(r, lim).Rows().
func CSVRows(r io.Reader, lim Limits) iter.Seq2[Row, error] { return NewCSV(r, lim).Rows() }

// Encoding returns the encoding found; 0 before Rows has read the file's
// start.
func (c *CSV) Encoding() Encoding { return c.enc }

// Rows returns the table's rows in order. Row.Num is the line a record
// starts on; a blank line is yielded as a row without cells, so that blank
// rows are counted. Row.Cells is reused: it is valid until the next row.
// After an error nothing more is yielded. Rows reads the file once.
func (c *CSV) Rows() iter.Seq2[Row, error] {
	return func(yield func(Row, error) bool) {
		if c.r == nil {
			yield(Row{}, &skillcert.Error{Pkg: "submission", What: "table", Kind: skillcert.ErrArgument, Want: "a reader"})
			return
		}
		br := bufio.NewReaderSize(c.r, sniffSize)
		head, err := br.Peek(sniffSize)
		if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
			yield(Row{}, &ReadError{Row: 1, Offset: 0, English: err.Error(), Chinese: "读取失败：" + err.Error(), Err: err})
			return
		}
		if len(head) == 0 {
			return
		}
		if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) || bytes.IndexByte(head, 0) >= 0 {
			yield(Row{}, ErrBinary)
			return
		}
		g := &guard{r: br, max: c.lim.MaxRecordBytes, line: 1}
		var text io.Reader = g
		switch {
		case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
			br.Discard(3)
			g.base = 3
			c.enc, g.gb = UTF8BOM, false
		case chooseGB18030(head, len(head) < sniffSize):
			c.enc, g.gb = GB18030, true
			text = simplifiedchinese.GB18030.NewDecoder().Reader(g)
		default:
			c.enc = UTF8
		}
		l := newLines(text)
		for {
			num, cells, ok, err := l.next()
			if !ok {
				if err != io.EOF {
					yield(Row{Num: l.line + 1}, c.readError(err, g, l.line+1))
				}
				return
			}
			if !yield(Row{Num: num, Cells: cells}, nil) {
				return
			}
		}
	}
}

func (c *CSV) readError(err error, g *guard, next int) error {
	var re *ReadError
	if errors.As(err, &re) {
		return re
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ReadError{Row: pe.Line, Offset: -1, Kind: skillcert.ErrSyntax, Err: err, line: true,
			English: "column " + strconv.Itoa(pe.Column) + ": " + pe.Err.Error() + " (a quote in a cell must be doubled, and a quoted cell must end in a quote)",
			Chinese: "第 " + strconv.Itoa(pe.Column) + " 列附近引号不配对（单元格内的引号应写作两个引号）"}
	}
	return &ReadError{Row: next, Offset: g.base + g.off, Err: err, English: err.Error(), Chinese: "读取失败：" + err.Error(), line: true}
}

// chooseGB18030 reports whether head reads better as GB18030 than as UTF-8:
// it has fewer invalid byte sequences. A character cut by the end of the
// window (when the file goes on) is not counted against either.
func chooseGB18030(head []byte, whole bool) bool {
	u := countInvalid(head, utf8Step, whole)
	if u == 0 {
		return false
	}
	return countInvalid(head, gbStep, whole) < u
}

// A step reads one character at the start of b and returns its size, or
// stepBad (the first byte is invalid) or stepShort (b ends inside a
// character that could still be valid).
type step func(b []byte) int

const (
	stepBad   = -1
	stepShort = -2
)

func utf8Step(b []byte) int {
	if b[0] < utf8.RuneSelf {
		return 1
	}
	if !utf8.FullRune(b) {
		// Incomplete: a valid prefix of a sequence, or a bad first byte.
		if b[0] >= 0xC2 && b[0] <= 0xF4 {
			for _, c := range b[1:] {
				if c < 0x80 || c > 0xBF {
					return stepBad
				}
			}
			return stepShort
		}
		return stepBad
	}
	r, size := utf8.DecodeRune(b)
	if r == utf8.RuneError && size == 1 {
		return stepBad
	}
	return size
}

// validUTF8 is utf8.Valid, faster on Chinese text: ASCII is skipped eight
// bytes at a time, and characters of three bytes whose first byte allows
// any continuation bytes (E1–EC, EE, EF: nearly all of CJK) are checked
// without tables, two at a time where eight bytes are left. TestValidUTF8
// and FuzzValidUTF8 hold it to utf8.Valid.
func validUTF8(b []byte) bool {
	i, n := 0, len(b)
	for i < n {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			for i+8 <= n && binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 == 0 {
				i += 8
			}
			continue
		}
		if c >= 0xE1 && c <= 0xEF && c != 0xED {
			for i+8 <= n {
				w := binary.LittleEndian.Uint64(b[i:])
				// Two leads 1110xxxx, each with two 10xxxxxx.
				if w&0xC0C0F0C0C0F0 != 0x8080E08080E0 {
					break
				}
				if l1, l2 := byte(w), byte(w>>24); l1 == 0xE0 || l1 == 0xED || l2 == 0xE0 || l2 == 0xED {
					break
				}
				i += 6
			}
			if c := b[i]; i+2 < n && c >= 0xE1 && c <= 0xEF && c != 0xED && b[i+1]&0xC0 == 0x80 && b[i+2]&0xC0 == 0x80 {
				i += 3
				continue
			}
			if b[i] < utf8.RuneSelf {
				continue
			}
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// gbStep reads GB18030's byte structure: one byte 00–80 (80 is GBK's €),
// two bytes 81–FE 40–7E|80–FE, or four bytes 81–FE 30–39 81–FE 30–39.
func gbStep(b []byte) int {
	c := b[0]
	switch {
	case c <= 0x80:
		return 1
	case c == 0xFF:
		return stepBad
	}
	if len(b) < 2 {
		return stepShort
	}
	c2 := b[1]
	switch {
	case c2 >= 0x40 && c2 <= 0x7E || c2 >= 0x80 && c2 <= 0xFE:
		return 2
	case c2 < 0x30 || c2 > 0x39:
		return stepBad
	}
	if len(b) < 3 {
		return stepShort
	}
	if b[2] < 0x81 || b[2] == 0xFF {
		return stepBad
	}
	if len(b) < 4 {
		return stepShort
	}
	if b[3] < 0x30 || b[3] > 0x39 {
		return stepBad
	}
	return 4
}

// countInvalid counts the invalid sequences of b.
func countInvalid(b []byte, st step, whole bool) int {
	n := 0
	for i := 0; i < len(b); {
		switch s := st(b[i:]); s {
		case stepBad:
			n++
			i++
		case stepShort:
			if whole {
				n++
			}
			i = len(b)
		default:
			i += s
		}
	}
	return n
}

// firstInvalid returns the index of the first invalid sequence of b, or -1,
// and the length of an incomplete character at its end.
func firstInvalid(b []byte, st step, fast func([]byte) bool) (bad, tail int) {
	if fast != nil {
		// Most reads end inside a character: validate up to the start of the
		// last one, then that one alone.
		cut := len(b)
		for k := 0; k < 4 && cut > 0; k++ {
			cut--
			if b[cut] < 0x80 || b[cut] >= 0xC0 {
				break
			}
		}
		if fast(b[:cut]) {
			if cut == len(b) {
				return -1, 0
			}
			switch s := st(b[cut:]); {
			case s == stepShort:
				return -1, len(b) - cut
			case s == len(b)-cut:
				return -1, 0
			}
		}
	}
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		switch s := st(b[i:]); s {
		case stepBad:
			return i, 0
		case stepShort:
			return -1, len(b) - i
		default:
			i += s
		}
	}
	return -1, 0
}

// guard passes a CSV file's raw bytes to the CSV parser while counting lines,
// refusing a record longer than max bytes before it is buffered, and checking
// every byte against the file's encoding. On a problem it passes on the lines
// before the offending one and then a *ReadError, so every complete row
// before it is still read.
type guard struct {
	r     io.Reader
	gb    bool  // GB18030, else UTF-8
	max   int   // MaxRecordBytes
	base  int64 // bytes before the guard's input (a BOM)
	off   int64 // bytes passed so far
	line  int   // the line the next byte belongs to
	start int64 // offset of that line's first byte, after base
	rec   int   // bytes of the record being read
	quote bool  // inside a quoted cell
	carry [4]byte
	nc    int // bytes of carry: a character cut by the end of the last read
	badN  int // bytes of carry found invalid
	err   error
}

func (g *guard) Read(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	n, err := g.r.Read(p)
	b := p[:n]
	bad, badInCarry := g.validate(b, err != nil)
	if bad < 0 && !badInCarry && !g.quote && g.rec+len(b) <= g.max && bytes.IndexByte(b, '"') < 0 {
		// The common case: valid bytes, no quotes, and no record near the
		// limit. Only the lines need counting.
		if nl := bytes.LastIndexByte(b, '\n'); nl >= 0 {
			g.line += bytes.Count(b, []byte{'\n'})
			g.start = g.off + int64(nl+1)
			g.rec = len(b) - (nl + 1)
		} else {
			g.rec += len(b)
		}
		g.off += int64(n)
		return n, err
	}
	for start := 0; start < len(b); {
		end := len(b)
		nl := bytes.IndexByte(b[start:], '\n')
		if nl >= 0 {
			end = start + nl + 1
		}
		seg := b[start:end]
		if badInCarry || bad >= start && bad < end {
			return g.fail(start, g.encodingError(b, start, bad, badInCarry))
		}
		if g.rec+len(seg) > g.max {
			return g.fail(start, &ReadError{Row: g.line, Offset: g.base + g.start, Kind: skillcert.ErrLimit, line: true,
				English: "a record longer than " + strconv.Itoa(g.max) + " bytes (Limits.MaxRecordBytes)",
				Chinese: "一行超过 " + strconv.Itoa(g.max) + " 字节的上限"})
		}
		if q := bytes.Count(seg, []byte{'"'}); q&1 == 1 {
			g.quote = !g.quote
		}
		g.rec += len(seg)
		if nl >= 0 {
			g.line++
			g.start = g.off + int64(end)
			if !g.quote {
				g.rec = 0
			}
		}
		start = end
	}
	if bad >= 0 || badInCarry { // at the end of input: a cut character
		return g.fail(len(b), g.encodingError(b, len(b), bad, badInCarry))
	}
	g.off += int64(n)
	return n, err
}

// fail passes on b's lines before the one starting at start… and keeps err.
func (g *guard) fail(start int, err error) (int, error) {
	g.err = err
	// Pass only whole lines: the bytes up to the start of the offending
	// line, if it starts in this read.
	g.off += int64(start)
	return start, err
}

// validate returns the index in b of the first byte invalid in the encoding
// (or -1), and whether an incomplete character carried from the last read
// turned out invalid. At the end of the input an incomplete character is
// invalid.
func (g *guard) validate(b []byte, eof bool) (bad int, inCarry bool) {
	st, fast := utf8Step, validUTF8
	if g.gb {
		st, fast = gbStep, nil
	}
	i := 0
	if g.nc > 0 {
		var tmp [8]byte
		k := copy(tmp[:], g.carry[:g.nc])
		k += copy(tmp[k:], b)
		switch s := st(tmp[:k]); {
		case s == stepBad:
			g.badN, g.nc = g.nc, 0
			return -1, true
		case s == stepShort:
			if eof || len(b) >= 4 {
				g.badN, g.nc = g.nc, 0
				return -1, true
			}
			copy(g.carry[g.nc:], b)
			g.nc += len(b)
			return -1, false
		default:
			i = s - g.nc
			g.nc = 0
		}
	}
	bad, tail := firstInvalid(b[i:], st, fast)
	if bad >= 0 {
		return i + bad, false
	}
	if tail > 0 {
		if eof {
			return len(b) - tail, false
		}
		g.nc = copy(g.carry[:], b[len(b)-tail:])
	}
	return -1, false
}

// encodingError describes the invalid bytes at b[bad:] (or in the carried
// character) on the line that starts at b[start:] or before.
func (g *guard) encodingError(b []byte, start, bad int, inCarry bool) error {
	line := g.line
	var off int64
	var got []byte
	if inCarry {
		got = append(got, g.carry[:g.badN]...)
		off = g.base + g.off - int64(g.badN)
	} else {
		line += bytes.Count(b[start:bad], []byte{'\n'})
		off = g.base + g.off + int64(bad)
		got = b[bad:min(len(b), bad+8)]
		if i := bytes.IndexByte(got, '\n'); i >= 0 {
			got = got[:i]
		}
	}
	name, other, otherStep := "UTF-8", "GB18030", step(gbStep)
	if g.gb {
		name, other, otherStep = "GB18030", "UTF-8", utf8Step
	}
	var en, zh string
	q := skillcert.Quote(string(got))
	if len(got) > 0 && otherStep(got) > 0 {
		en = "bytes " + q + " are not " + name + ", the encoding of the file's start, but " + other + ": the file mixes encodings; save the whole table in one encoding"
		zh = "字节 " + q + " 不是文件开头所用的 " + name + " 编码，而是 " + other + "：文件混用了两种编码，请以同一编码保存整个表格"
	} else {
		en = "bytes " + q + " are valid in neither " + name + " (the encoding of the file's start) nor " + other + ": the file is damaged here"
		zh = "字节 " + q + " 既不是 " + name + "（文件开头的编码）也不是 " + other + "：文件在此处已损坏"
	}
	return &ReadError{Row: line, Offset: off, Kind: skillcert.ErrSyntax, English: en, Chinese: zh, line: true}
}
