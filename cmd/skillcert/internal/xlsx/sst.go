package xlsx

import (
	"errors"
	"fmt"

	"github.com/skillcert/skillcert"
)

// sharedStrings is the workbook's table of shared strings (t="s" cells
// refer to it by index). The text is kept in chunks of at most chunkSize
// bytes, so that memory is the text's size plus one chunk, with no doubling
// while the table grows, and each item is one uint64: chunk, offset, length.
type sharedStrings struct {
	chunks []string
	items  []uint64
}

const (
	chunkBits = 22
	chunkSize = 1 << chunkBits // 4 MiB, also the longest item
	lenMask   = chunkSize - 1
)

func (s *sharedStrings) len() int { return len(s.items) }

func (s *sharedStrings) get(i int) string {
	x := s.items[i]
	c := s.chunks[x>>(2*chunkBits)]
	off := int(x>>chunkBits) & lenMask
	return c[off : off+int(x&lenMask)]
}

// sharedStrings loads the shared strings once, the first time a sheet is
// read; nil when the workbook has none.
func (b *Book) sharedStrings() (*sharedStrings, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.loaded {
		b.loaded = true
		if b.sst != "" {
			b.strings, b.sstErr = b.loadSharedStrings(b.sst)
		}
	}
	return b.strings, b.sstErr
}

func (b *Book) loadSharedStrings(part string) (*sharedStrings, error) {
	rc, err := b.open(part)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	in := newInflater(rc, b.file(part).UncompressedSize64)
	defer in.Close() // before rc.Close: in's goroutine reads rc
	s := newScanner(in, part)
	s.want = "well-formed shared strings; copy or download the file again"
	ss := &sharedStrings{}
	chunk := make([]byte, 0, min(chunkSize, 1<<20))
	var raw []byte
	max := 7*b.lim.MaxCell + 64
	flush := func() {
		if len(chunk) > 0 {
			ss.chunks = append(ss.chunks, string(chunk))
			chunk = chunk[:0]
		}
	}
	if err := s.prolog(); err != nil {
		return nil, (err)
	}
	if !s.is("sst") {
		return nil, (s.syntax("the root element is <%s>, not <sst>", s.name))
	}
	if s.empty {
		return ss, (s.epilog())
	}
	for {
		if err := s.next(); err != nil {
			return nil, (err)
		}
		switch s.kind {
		case tokEOF:
			return nil, (s.eof("inside <sst>"))
		case tokEnd:
			flush()
			return ss, (s.epilog())
		}
		if !s.is("si") {
			if err := s.skip(); err != nil {
				return nil, (err)
			}
			continue
		}
		raw, err = readRst(s, raw[:0], max)
		if errors.Is(err, errTooLong) {
			return nil, partErr(part, 0, skillcert.ErrLimit,
				fmt.Errorf("shared string %d has more than %d characters", len(ss.items), b.lim.MaxCell),
				fmt.Sprintf("at most %d characters in a cell (raise the limit with -max-cell-bytes)", b.lim.MaxCell))
		}
		if err != nil {
			return nil, (err)
		}
		if !validText(raw) {
			return nil, partErr(part, 0, skillcert.ErrSyntax,
				fmt.Errorf("shared string %d holds bytes that are not UTF-8 or characters XML does not allow", len(ss.items)),
				"well-formed shared strings; copy or download the file again")
		}
		if len(raw) >= chunkSize {
			return nil, partErr(part, 0, skillcert.ErrLimit,
				fmt.Errorf("shared string %d is longer than %d bytes", len(ss.items), chunkSize-1),
				"shorter cells")
		}
		if cap(chunk)-len(chunk) < len(raw) {
			flush()
			if cap(chunk) < chunkSize {
				chunk = make([]byte, 0, chunkSize)
			}
		}
		off := len(chunk)
		chunk = unescapeX(chunk, raw)
		if len(ss.chunks) >= 1<<(64-2*chunkBits) {
			return nil, partErr(part, 0, skillcert.ErrLimit, errors.New("too many shared strings"), "a smaller workbook")
		}
		ss.items = append(ss.items, uint64(len(ss.chunks))<<(2*chunkBits)|uint64(off)<<chunkBits|uint64(len(chunk)-off))
	}
}
