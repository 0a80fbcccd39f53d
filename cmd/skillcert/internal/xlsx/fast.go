package xlsx

import (
	"bytes"
	"encoding/binary"
)

// The fast path: most cells of a sheet are written in a few forms, such as
//
//	<c r="B2" t="inlineStr"><is><t>李四</t></is></c>   (excelize, WPS)
//	<c r="B2" s="1" t="s"><v>17</v></c>                  (Excel: shared strings)
//	<c r="C2"><v>45317</v></c>                           (numbers, dates)
//	<c r="D2" s="3"/>                                    (styled, empty)
//
// fastCell reads such a cell in one pass over the buffer, with no element
// stack, no copies and no calls per byte. Anything else — a cell cut by the
// end of the buffer, an entity or a CR in the text, a formula, rich text, a
// comment, a prefix, an attribute value with < or & — it leaves to the
// general path, having read nothing, so both paths accept and refuse the
// same input with the same errors.

// fastCells turns the fast path on; tests turn it off to check that both
// paths read the same.
var fastCells = true

// textByte sorts the bytes of a cell's text for classify: textStop needs
// the general path ('&', CR, and the control characters XML does not
// allow, which the general path reports; '<' never reaches classify);
// textHigh is a byte of a multi-byte UTF-8 sequence, textEF the first byte
// of U+FFFE and U+FFFF, textUnder an underscore, which may begin an escape
// _xHHHH_.
var textByte = func() (t [256]uint8) {
	for c := range 0x20 {
		if c != '\t' && c != '\n' {
			t[c] = textStop
		}
	}
	t['<'], t['&'] = textStop, textStop
	for c := 0x80; c < 0x100; c++ {
		t[c] = textHigh
	}
	t[0xEF] |= textEF
	t['_'] = textUnder
	return t
}()

const (
	textStop = 1 << iota
	textHigh
	textEF
	textUnder
)

// nameByte marks the bytes of the attribute names the fast path reads.
var nameByte = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	for _, c := range "0123456789:_-." {
		t[c] = true
	}
	return t
}()

// refByte marks letters and digits, which make cell references, style
// numbers and cell types.
var refByte = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// fastRefill is how close to the end of the buffer a cell may begin before
// fastCell refills the buffer first.
const fastRefill = 1 << 10

// fastCell reads the next <c> element if it is in one of the common forms,
// and reports whether it did. On false, with a nil error, it has read
// nothing.
func (p *sheetParser) fastCell() (bool, error) {
	s := p.scanner
	if s.end-s.pos < fastRefill && s.rerr == nil {
		s.fill()
	}
	b := s.buf[s.pos:s.end]
	i := 0
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	if i+3 > len(b) || b[i] != '<' || b[i+1] != 'c' {
		return false, nil
	}
	i += 2
	var r, t []byte
	hasR, hasT, empty := false, false, false
	// Excel, WPS and excelize write r, then s, then t, with double quotes:
	// read those as they come, then the rest, if any, as below.
	if hasPrefix(b[i:], ` r="`) {
		j := i + 4
		for j < len(b) && refByte[b[j]] {
			j++
		}
		if j < len(b) && b[j] == '"' {
			r, hasR, i = b[i+4:j], true, j+1
		}
	}
	if hasPrefix(b[i:], ` s="`) {
		j := i + 4
		for j < len(b) && '0' <= b[j] && b[j] <= '9' {
			j++
		}
		if j < len(b) && b[j] == '"' {
			i = j + 1
		}
	}
	switch {
	case hasPrefix(b[i:], ` t="inlineStr"`):
		t, hasT, i = b[i+4:i+13], true, i+14
	case hasPrefix(b[i:], ` t="s"`):
		t, hasT, i = b[i+4:i+5], true, i+6
	case hasPrefix(b[i:], ` t="`):
		j := i + 4
		for j < len(b) && refByte[b[j]] {
			j++
		}
		if j < len(b) && b[j] == '"' {
			t, hasT, i = b[i+4:j], true, j+1
		}
	}
	// The attributes: name="value" or name='value', after one or more
	// spaces, then > or />.
	for {
		if i >= len(b) {
			return false, nil
		}
		c := b[i]
		if c == '>' {
			i++
			break
		}
		if c == '/' {
			if i+1 < len(b) && b[i+1] == '>' {
				i += 2
				empty = true
				break
			}
			return false, nil
		}
		if c != ' ' {
			return false, nil
		}
		for i < len(b) && b[i] == ' ' {
			i++
		}
		if i < len(b) && (b[i] == '>' || b[i] == '/') {
			continue
		}
		ns := i
		for i < len(b) && nameByte[b[i]] {
			i++
		}
		if i == ns || i+2 >= len(b) || b[i] != '=' || b[i+1] != '"' && b[i+1] != '\'' {
			return false, nil
		}
		name, q := b[ns:i], b[i+1]
		i += 2
		vs := i
		for i < len(b) && b[i] != q {
			if b[i] == '<' || b[i] == '&' {
				return false, nil
			}
			i++
		}
		if i == len(b) {
			return false, nil
		}
		if len(name) == 1 {
			switch name[0] {
			case 'r':
				r, hasR = b[vs:i], true
			case 't':
				t, hasT = b[vs:i], true
			}
		}
		i++ // the closing quote
	}
	afterStart := i
	var text []byte
	var class uint8 // of the bytes of text
	hasV, hasIS := false, false
	if !empty {
		rest := b[i:]
		switch {
		case hasPrefix(rest, "</c>"):
			i += 4
		case hasPrefix(rest, "<v>"):
			i += 3
			n := bytes.IndexByte(b[i:], '<')
			if n < 0 || !hasPrefix(b[i+n:], "</v></c>") {
				return false, nil
			}
			text, hasV = b[i:i+n], true
			i += n + len("</v></c>")
		case hasPrefix(rest, "<is><t>"):
			i += 7
			n := bytes.IndexByte(b[i:], '<')
			if n < 0 || !hasPrefix(b[i+n:], "</t></is></c>") {
				return false, nil
			}
			text, hasIS = b[i:i+n], true
			i += n + len("</t></is></c>")
		case hasPrefix(rest, `<is><t xml:space="preserve">`):
			i += 28
			n := bytes.IndexByte(b[i:], '<')
			if n < 0 || !hasPrefix(b[i+n:], "</t></is></c>") {
				return false, nil
			}
			text, hasIS = b[i:i+n], true
			i += n + len("</t></is></c>")
		default:
			return false, nil
		}
		if len(text) > 0 {
			var ok bool
			if class, ok = classify(text); !ok || len(text) > p.maxText() {
				return false, nil
			}
		}
	}
	long := len(r) > maxAttr || len(t) > maxAttr
	s.pos += afterStart
	col, typ, err := p.cellStart(hasR, r, hasT, t, long)
	if err != nil {
		return true, err
	}
	s.pos += i - afterStart
	p.textClass = class | textChecked
	if hasIS {
		err = p.cellEnd(col, typ, false, nil, true, text)
	} else {
		err = p.cellEnd(col, typ, hasV, text, false, nil)
	}
	p.textClass = 0
	return true, err
}

// classify returns the textByte classes of the bytes of text, and false
// when one of them is textStop. It reads eight bytes at a time.
func classify(text []byte) (uint8, bool) {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	// zero has the high bit of each byte of x that is zero set (and maybe
	// of bytes above one, which only the bytewise check below can tell).
	zero := func(x uint64) uint64 { return (x - ones) & ^x & high }
	var class uint8
	i := 0
	for ; i+8 <= len(text); i += 8 {
		x := binary.LittleEndian.Uint64(text[i:])
		if x&high != 0 {
			class |= textHigh
		}
		// Bytes below 0x20 (control characters), '&' or '_' need a look
		// at each byte.
		if (x-0x2020202020202020)&^x&high|zero(x^0x2626262626262626)|zero(x^0x5F5F5F5F5F5F5F5F) != 0 {
			for _, c := range text[i : i+8] {
				class |= textByte[c]
			}
		}
	}
	for _, c := range text[i:] {
		class |= textByte[c]
	}
	if class&textHigh != 0 && bytes.IndexByte(text, 0xEF) >= 0 {
		class |= textEF
	}
	return class, class&textStop == 0
}

func hasPrefix(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && string(b[:len(prefix)]) == prefix
}
