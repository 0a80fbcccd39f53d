package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/skillcert/skillcert"
)

// The scanner reads the XML of one part as a stream of tags, checking that
// they nest, and the text of the elements its caller asks for. It is not a
// general XML parser: it reads what SpreadsheetML parts contain, refuses a
// DTD, and ignores namespaces (elements are matched by local name), which is
// how every spreadsheet reader treats these parts. It was written by hand
// because encoding/xml takes several times longer than inflating the part.

const (
	bufSize  = 64 << 10
	maxName  = 256 // longest element or attribute name
	maxDepth = 256 // deepest nesting of elements
	maxAttr  = 64  // longest value kept of the attributes r and t
)

type tokKind uint8

const (
	tokStart tokKind = iota + 1
	tokEnd
	tokEOF
)

// errStop unwinds the parser when the consumer of the rows stops early.
var errStop = errors.New("stop")

type scanner struct {
	r    io.Reader
	part string
	want string // what a syntax error says is wanted
	buf  []byte
	pos  int
	end  int
	base int64 // offset in the part of buf[0]
	rerr error // sticky error of r; io.EOF at the end

	row int // the row being read, for errors

	// The last tag read by next.
	kind  tokKind
	name  []byte // its local name
	aname []byte // scratch: an attribute's name
	empty bool   // <x/>
	attrR []byte // value of attribute r (no prefix), when present
	attrT []byte // value of attribute t (no prefix), when present
	hasR  bool
	hasT  bool
	long  bool // an r or t value longer than maxAttr

	// Open elements: local names, one after the other, and where each starts.
	stack  []byte
	starts []int
}

func newScanner(r io.Reader, part string) *scanner {
	return &scanner{r: r, part: part, want: "well-formed sheet XML as Excel writes it", buf: make([]byte, bufSize),
		name: make([]byte, 0, 32), aname: make([]byte, 0, 32), attrR: make([]byte, 0, maxAttr), attrT: make([]byte, 0, maxAttr),
		stack: make([]byte, 0, 256), starts: make([]int, 0, 16)}
}

// fill reads more of the part into the buffer, keeping buf[pos:end]. It
// returns false when nothing more could be read.
func (s *scanner) fill() bool {
	if s.rerr != nil {
		return false
	}
	if s.pos > 0 {
		n := copy(s.buf, s.buf[s.pos:s.end])
		s.base += int64(s.pos)
		s.pos, s.end = 0, n
	}
	for range 100 {
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			s.rerr = err
			return n > 0
		}
		if n > 0 {
			return true
		}
	}
	s.rerr = io.ErrNoProgress
	return false
}

// need makes at least n bytes available at buf[pos:] unless the part ends
// first; it reports whether they are.
func (s *scanner) need(n int) bool {
	for s.end-s.pos < n {
		if !s.fill() {
			return false
		}
	}
	return true
}

func (s *scanner) readByte() (byte, bool) {
	if s.pos < s.end {
		c := s.buf[s.pos]
		s.pos++
		return c, true
	}
	if !s.fill() {
		return 0, false
	}
	c := s.buf[s.pos]
	s.pos++
	return c, true
}

// offset is the position in the part of the next byte.
func (s *scanner) offset() int64 { return s.base + int64(s.pos) }

// syntax returns an error of kind ErrSyntax at the current row.
func (s *scanner) syntax(format string, args ...any) error {
	return partErr(s.part, s.row, skillcert.ErrSyntax,
		fmt.Errorf(format+" (byte %d of the part)", append(args, s.offset())...), s.want)
}

// eof returns the error for a part that ended, or could not be read, where
// more was wanted.
func (s *scanner) eof(where string) error {
	var se *skillcert.Error
	switch err := s.rerr; {
	case errors.As(err, &se):
		if se.Field == "" && s.row > 0 {
			c := *se
			c.Field, c.Got = rowField(s.row), rowGot(s.row)
			return &c
		}
		return se
	case err == nil || err == io.EOF:
		return s.syntax("the part ends %s: it is truncated", where)
	case errors.Is(err, zip.ErrFormat):
		return partErr(s.part, s.row, skillcert.ErrSyntax,
			fmt.Errorf("the part holds more than its header declares, or is damaged, near byte %d: %w", s.offset(), err),
			"a complete XLSX workbook; copy or download the file again")
	default:
		return partErr(s.part, s.row, skillcert.ErrSyntax,
			fmt.Errorf("the part is damaged or truncated near byte %d: %w", s.offset(), err),
			"a complete XLSX workbook; copy or download the file again")
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// next reads up to and including the next tag, skipping text, comments and
// processing instructions. A start tag's local name is in s.name, and the
// attributes r and t in s.attrR and s.attrT. It checks that end tags match
// their start tags.
func (s *scanner) next() error {
	for {
		i := bytes.IndexByte(s.buf[s.pos:s.end], '<')
		if i < 0 {
			s.pos = s.end
			if !s.fill() {
				if s.rerr == io.EOF && len(s.starts) == 0 {
					s.kind = tokEOF
					return nil
				}
				return s.eof("outside a tag")
			}
			continue
		}
		s.pos += i + 1
		skipped, err := s.special()
		if err != nil {
			return err
		}
		if !skipped {
			return s.tag()
		}
	}
}

// special reads what follows "<" when it is a comment, a processing
// instruction or CDATA outside text, and reports whether it was one.
func (s *scanner) special() (bool, error) {
	if !s.need(1) {
		return false, s.eof("after <")
	}
	switch s.buf[s.pos] {
	case '?':
		s.pos++
		return true, s.skipPast("?>", "inside a processing instruction")
	case '!':
		s.need(9)
		rest := s.buf[s.pos:s.end]
		switch {
		case bytes.HasPrefix(rest, []byte("!--")):
			s.pos += 3
			return true, s.skipPast("-->", "inside a comment")
		case bytes.HasPrefix(rest, []byte("![CDATA[")):
			s.pos += 8
			return true, s.skipPast("]]>", "inside CDATA")
		case bytes.HasPrefix(rest, []byte("!DOCTYPE")):
			return false, s.syntax("a document type declaration, which SpreadsheetML parts never have")
		}
		return false, s.syntax("<! that begins no comment or CDATA")
	}
	return false, nil
}

// skipPast skips to just after the next occurrence of the terminator.
func (s *scanner) skipPast(term, where string) error {
	t := []byte(term)
	for {
		if i := bytes.Index(s.buf[s.pos:s.end], t); i >= 0 {
			s.pos += i + len(t)
			return nil
		}
		// Keep the last bytes, which may begin the terminator.
		if s.end-s.pos >= len(t) {
			s.pos = s.end - (len(t) - 1)
		}
		if !s.fill() {
			return s.eof(where)
		}
	}
}

// tag reads a tag after its "<".
func (s *scanner) tag() error {
	if ok, err := s.fastTag(); ok || err != nil {
		return err
	}
	return s.slowTag()
}

// fastTag reads a tag that lies whole in the buffer, with no reference in
// the values of r and t; it reports false, having read nothing, for any
// other tag, which slowTag reads byte by byte.
func (s *scanner) fastTag() (bool, error) {
	gt := bytes.IndexByte(s.buf[s.pos:s.end], '>')
	if gt < 0 {
		if s.pos > 0 || s.end < len(s.buf) {
			s.fill()
			gt = bytes.IndexByte(s.buf[s.pos:s.end], '>')
		}
		if gt < 0 {
			return false, nil
		}
	}
	b := s.buf[s.pos : s.pos+gt]
	if len(b) == 0 {
		return false, nil
	}
	if b[0] == '/' {
		n := b[1:]
		for len(n) > 0 && isSpace(n[len(n)-1]) {
			n = n[:len(n)-1]
		}
		if !plainName(n) {
			return false, nil
		}
		s.setName(n)
		s.kind = tokEnd
		s.pos += gt + 1
		return true, s.pop()
	}
	i := 0
	for i < len(b) && !isSpace(b[i]) && b[i] != '/' {
		i++
	}
	if !plainName(b[:i]) {
		return false, nil
	}
	empty := false
	hasR, hasT := false, false
	var r, t []byte
	for {
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		if i == len(b) {
			break
		}
		if b[i] == '/' {
			if i != len(b)-1 {
				return false, nil
			}
			empty = true
			break
		}
		eq := bytes.IndexByte(b[i:], '=')
		if eq <= 0 {
			return false, nil
		}
		an := b[i : i+eq]
		for len(an) > 0 && isSpace(an[len(an)-1]) {
			an = an[:len(an)-1]
		}
		if !plainName(an) {
			return false, nil
		}
		i += eq + 1
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		if i == len(b) || b[i] != '"' && b[i] != '\'' {
			return false, nil
		}
		q := bytes.IndexByte(b[i+1:], b[i])
		if q < 0 {
			return false, nil // the value holds a '>', or is malformed
		}
		v := b[i+1 : i+1+q]
		if bytes.IndexByte(v, '<') >= 0 || bytes.IndexByte(v, '&') >= 0 && len(an) == 1 {
			return false, nil
		}
		if len(an) == 1 && an[0] == 'r' {
			r, hasR = v, true
		} else if len(an) == 1 && an[0] == 't' {
			t, hasT = v, true
		}
		i += q + 2
	}
	s.setName(b[:nameLen(b)])
	s.kind = tokStart
	s.empty, s.hasR, s.hasT, s.long = empty, hasR, hasT, false
	if hasR {
		if len(r) > maxAttr {
			s.long, r = true, r[:maxAttr]
		}
		s.attrR = append(s.attrR[:0], r...)
	}
	if hasT {
		if len(t) > maxAttr {
			s.long, t = true, t[:maxAttr]
		}
		s.attrT = append(s.attrT[:0], t...)
	}
	s.pos += gt + 1
	if empty {
		return true, nil
	}
	return true, s.push()
}

// nameLen is the length of the name at the start of a start tag's body.
func nameLen(b []byte) int {
	i := 0
	for i < len(b) && !isSpace(b[i]) && b[i] != '/' {
		i++
	}
	return i
}

// plainName reports whether n is a non-empty name without the characters
// that end names.
func plainName(n []byte) bool {
	if len(n) == 0 || len(n) > maxName {
		return false
	}
	for _, c := range n {
		if isSpace(c) || c == '<' || c == '>' || c == '"' || c == '\'' || c == '=' || c == '/' {
			return false
		}
	}
	return true
}

// setName sets s.name to the local name of n.
func (s *scanner) setName(n []byte) {
	if i := bytes.LastIndexByte(n, ':'); i >= 0 {
		n = n[i+1:]
	}
	s.name = append(s.name[:0], n...)
}

// slowTag reads a tag byte by byte, after its "<".
func (s *scanner) slowTag() error {
	c, ok := s.readByte()
	if !ok {
		return s.eof("inside a tag")
	}
	end := c == '/'
	if !end {
		s.pos--
	}
	if err := s.readName(&s.name); err != nil {
		return err
	}
	if len(s.name) == 0 {
		return s.syntax("a tag without a name")
	}
	if i := bytes.LastIndexByte(s.name, ':'); i >= 0 {
		s.name = s.name[:copy(s.name, s.name[i+1:])]
	}
	if end {
		s.kind = tokEnd
		if err := s.skipSpace(); err != nil {
			return err
		}
		c, ok := s.readByte()
		if !ok {
			return s.eof("inside an end tag")
		}
		if c != '>' {
			return s.syntax("%q inside the end tag </%s>", c, s.name)
		}
		return s.pop()
	}
	s.kind = tokStart
	s.empty, s.hasR, s.hasT, s.long = false, false, false, false
	for {
		if err := s.skipSpace(); err != nil {
			return err
		}
		c, ok := s.readByte()
		if !ok {
			return s.eof("inside a start tag")
		}
		switch c {
		case '>':
			return s.push()
		case '/':
			c, ok := s.readByte()
			if !ok {
				return s.eof("inside a start tag")
			}
			if c != '>' {
				return s.syntax("/ not followed by > in the tag <%s>", s.name)
			}
			s.empty = true
			return nil
		}
		s.pos--
		if err := s.attr(); err != nil {
			return err
		}
	}
}

func (s *scanner) skipSpace() error {
	for {
		for s.pos < s.end {
			if !isSpace(s.buf[s.pos]) {
				return nil
			}
			s.pos++
		}
		if !s.fill() {
			return s.eof("inside a tag")
		}
	}
}

// readName reads an XML name into *dst.
func (s *scanner) readName(dst *[]byte) error {
	*dst = (*dst)[:0]
	for {
		for s.pos < s.end {
			c := s.buf[s.pos]
			if isSpace(c) || c == '>' || c == '/' || c == '=' || c == '<' || c == '"' || c == '\'' {
				return nil
			}
			if len(*dst) == maxName {
				return s.syntax("a name longer than %d bytes", maxName)
			}
			*dst = append(*dst, c)
			s.pos++
		}
		if !s.fill() {
			return s.eof("inside a name")
		}
	}
}

// attr reads one attribute, keeping the value of r and t.
func (s *scanner) attr() error {
	if err := s.readName(&s.aname); err != nil {
		return err
	}
	n := s.aname
	if len(n) == 0 {
		c, _ := s.readByte()
		return s.syntax("%q where an attribute name should be, in the tag <%s>", c, s.name)
	}
	if err := s.skipSpace(); err != nil {
		return err
	}
	if c, ok := s.readByte(); !ok {
		return s.eof("inside a start tag")
	} else if c != '=' {
		return s.syntax("attribute %s without =value in the tag <%s>", n, s.name)
	}
	if err := s.skipSpace(); err != nil {
		return err
	}
	q, ok := s.readByte()
	if !ok {
		return s.eof("inside a start tag")
	}
	if q != '"' && q != '\'' {
		return s.syntax("attribute %s's value is not quoted, in the tag <%s>", n, s.name)
	}
	var dst *[]byte
	switch {
	case len(n) == 1 && n[0] == 'r':
		dst, s.hasR = &s.attrR, true
	case len(n) == 1 && n[0] == 't':
		dst, s.hasT = &s.attrT, true
	}
	if dst != nil {
		*dst = (*dst)[:0]
	}
	for {
		buf := s.buf[s.pos:s.end]
		i := bytes.IndexByte(buf, q)
		if i < 0 {
			i = len(buf)
		}
		if j := bytes.IndexByte(buf[:i], '<'); j >= 0 {
			return s.syntax("< inside the value of attribute %s, in the tag <%s>", n, s.name)
		}
		if dst != nil {
			if len(*dst)+i > maxAttr {
				s.long = true
			} else {
				*dst = append(*dst, buf[:i]...)
			}
		}
		s.pos += i
		if i < len(buf) {
			s.pos++
			break
		}
		if !s.fill() {
			return s.eof("inside an attribute value")
		}
	}
	if dst != nil && bytes.IndexByte(*dst, '&') >= 0 {
		v, err := s.unescape(*dst)
		if err != nil {
			return err
		}
		*dst = append((*dst)[:0], v...)
	}
	return nil
}

// unescape decodes the references in a short attribute value.
func (s *scanner) unescape(v []byte) ([]byte, error) {
	out := make([]byte, 0, len(v))
	for len(v) > 0 {
		i := bytes.IndexByte(v, '&')
		if i < 0 {
			return append(out, v...), nil
		}
		out = append(out, v[:i]...)
		v = v[i:]
		j := bytes.IndexByte(v, ';')
		if j < 0 {
			return nil, s.syntax("& that begins no reference")
		}
		var err error
		if out, err = s.reference(out, v[1:j]); err != nil {
			return nil, err
		}
		v = v[j+1:]
	}
	return out, nil
}

// reference appends the character the reference &name; stands for.
func (s *scanner) reference(dst, name []byte) ([]byte, error) {
	switch string(name) {
	case "amp":
		return append(dst, '&'), nil
	case "lt":
		return append(dst, '<'), nil
	case "gt":
		return append(dst, '>'), nil
	case "quot":
		return append(dst, '"'), nil
	case "apos":
		return append(dst, '\''), nil
	}
	if len(name) < 2 || name[0] != '#' {
		return nil, s.syntax("unknown entity &%s;", clip(name))
	}
	var r rune
	digits := name[1:]
	base := rune(10)
	if digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	if len(digits) == 0 {
		return nil, s.syntax("character reference &%s; without digits", clip(name))
	}
	for _, c := range digits {
		var d rune
		switch {
		case '0' <= c && c <= '9':
			d = rune(c - '0')
		case base == 16 && 'a' <= c && c <= 'f':
			d = rune(c-'a') + 10
		case base == 16 && 'A' <= c && c <= 'F':
			d = rune(c-'A') + 10
		default:
			return nil, s.syntax("character reference &%s; with a bad digit", clip(name))
		}
		r = r*base + d
		if r > utf8.MaxRune {
			return nil, s.syntax("character reference &%s; beyond Unicode", clip(name))
		}
	}
	if !xmlChar(r) {
		return nil, s.syntax("character reference &%s; to a character XML does not allow", clip(name))
	}
	return utf8.AppendRune(dst, r), nil
}

func clip(b []byte) []byte {
	if len(b) > 16 {
		return b[:16]
	}
	return b
}

// xmlChar reports whether XML 1.0 allows the character.
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= utf8.MaxRune
}

func (s *scanner) push() error {
	if len(s.starts) == maxDepth {
		return s.syntax("elements nested deeper than %d", maxDepth)
	}
	s.starts = append(s.starts, len(s.stack))
	s.stack = append(s.stack, s.name...)
	return nil
}

func (s *scanner) pop() error {
	if len(s.starts) == 0 {
		return s.syntax("</%s> closes no element", s.name)
	}
	i := s.starts[len(s.starts)-1]
	if open := s.stack[i:]; !bytes.Equal(open, s.name) {
		return s.syntax("</%s> closes <%s>", s.name, open)
	}
	s.stack = s.stack[:i]
	s.starts = s.starts[:len(s.starts)-1]
	return nil
}

// depth is the number of open elements.
func (s *scanner) depth() int { return len(s.starts) }

// is reports whether the last tag's local name is n.
func (s *scanner) is(n string) bool { return string(s.name) == n }

// skip skips the content of the element whose start tag was just read, up
// to and including its end tag.
func (s *scanner) skip() error {
	if s.empty {
		return nil
	}
	d := s.depth()
	for {
		if err := s.next(); err != nil {
			return err
		}
		switch s.kind {
		case tokEOF:
			return s.eof("inside an element")
		case tokEnd:
			if s.depth() < d {
				return nil
			}
		}
	}
}

// text appends the text of the element whose start tag was just read to
// dst, up to its end tag, which it reads. It fails when the text is longer
// than max bytes or the element holds another element.
func (s *scanner) text(dst []byte, max int, what string) ([]byte, error) {
	if s.empty {
		return dst, nil
	}
	start := len(dst)
	for {
		if s.pos == s.end && !s.fill() {
			return dst, s.eof("inside <" + what + ">")
		}
		buf := s.buf[s.pos:s.end]
		i := 0
		for i < len(buf) && buf[i] != '<' && buf[i] != '&' && buf[i] != '\r' {
			i++
		}
		dst = append(dst, buf[:i]...)
		s.pos += i
		if len(dst)-start > max {
			return dst, errTooLong
		}
		if i == len(buf) {
			continue
		}
		switch buf[i] {
		case '\r':
			// XML reads a line end CR LF, and a CR alone, as LF.
			s.pos++
			dst = append(dst, '\n')
			if s.need(1) && s.buf[s.pos] == '\n' {
				s.pos++
			}
		case '&':
			s.pos++
			s.need(12)
			rest := s.buf[s.pos:s.end]
			j := bytes.IndexByte(rest[:min(len(rest), 12)], ';')
			if j < 0 {
				return dst, s.syntax("& that begins no reference, inside <%s>", what)
			}
			var err error
			if dst, err = s.reference(dst, rest[:j]); err != nil {
				return dst, err
			}
			s.pos += j + 1
		case '<':
			s.pos++
			if !s.need(1) {
				return dst, s.eof("inside <" + what + ">")
			}
			if s.buf[s.pos] == '!' && s.need(9) && bytes.HasPrefix(s.buf[s.pos:s.end], []byte("![CDATA[")) {
				s.pos += 8
				var err error
				if dst, err = s.cdata(dst, start, max, what); err != nil {
					return dst, err
				}
				continue
			}
			skipped, err := s.special()
			if err != nil {
				return dst, err
			}
			if skipped {
				continue
			}
			if err := s.tag(); err != nil {
				return dst, err
			}
			if s.kind != tokEnd {
				return dst, s.syntax("element <%s> inside <%s>", s.name, what)
			}
			return dst, nil
		}
	}
}

// errTooLong is returned by text when the text passes its bound; the caller
// turns it into a limit error that names the cell.
var errTooLong = errors.New("text too long")

// cdata appends a CDATA section's content after "<![CDATA[".
func (s *scanner) cdata(dst []byte, start, max int, what string) ([]byte, error) {
	for {
		buf := s.buf[s.pos:s.end]
		if i := bytes.Index(buf, []byte("]]>")); i >= 0 {
			dst = append(dst, buf[:i]...)
			s.pos += i + 3
			if len(dst)-start > max {
				return dst, errTooLong
			}
			return dst, nil
		}
		keep := min(len(buf), 2)
		dst = append(dst, buf[:len(buf)-keep]...)
		s.pos = s.end - keep
		if len(dst)-start > max {
			return dst, errTooLong
		}
		if !s.fill() {
			return dst, s.eof("inside CDATA in <" + what + ">")
		}
	}
}

// prolog reads up to and including the root element's start tag, and
// checks that the part is UTF-8.
func (s *scanner) prolog() error {
	if s.need(4) {
		b := s.buf[s.pos:s.end]
		switch {
		case bytes.HasPrefix(b, []byte{0xFE, 0xFF}), bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
			return s.syntax("the part is UTF-16")
		case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
			s.pos += 3
		}
		if bytes.HasPrefix(s.buf[s.pos:s.end], []byte("<?xml")) {
			s.need(256)
			b := s.buf[s.pos:s.end]
			if i := bytes.Index(b, []byte("?>")); i > 0 {
				decl := b[:i]
				if j := bytes.Index(decl, []byte("encoding=")); j >= 0 && j+10 < len(decl) {
					enc := decl[j+10:]
					if k := bytes.IndexAny(enc, `"'`); k >= 0 {
						enc = enc[:k]
					}
					if !bytes.EqualFold(enc, []byte("utf-8")) && !bytes.EqualFold(enc, []byte("utf8")) {
						return s.syntax("the part is encoded in %s", clip(enc))
					}
				}
			}
		}
	}
	if err := s.next(); err != nil {
		return err
	}
	switch s.kind {
	case tokEOF:
		return s.syntax("the part holds no XML element")
	case tokEnd:
		return s.syntax("</%s> before any element", s.name)
	}
	return nil
}

// epilog reads what follows the root element to the end of the part, so
// that a truncated, damaged (checksum) or padded part is noticed.
func (s *scanner) epilog() error {
	if err := s.next(); err != nil {
		return err
	}
	if s.kind != tokEOF {
		return s.syntax("a second root element <%s>", s.name)
	}
	return nil
}
