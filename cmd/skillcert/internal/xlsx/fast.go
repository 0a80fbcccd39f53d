package xlsx

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

// stopText marks the bytes that end the fast reading of a text: '<' ends
// it, '&' and CR need the general path.
var stopText = [256]bool{'<': true, '&': true, '\r': true}

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
	hasV, hasIS := false, false
	if !empty {
		rest := b[i:]
		var close string
		switch {
		case hasPrefix(rest, "</c>"):
			i += 4
		case hasPrefix(rest, "<v>"):
			i += 3
			hasV, close = true, "</v></c>"
		case hasPrefix(rest, "<is><t>"):
			i += 7
			hasIS, close = true, "</t></is></c>"
		case hasPrefix(rest, `<is><t xml:space="preserve">`):
			i += 28
			hasIS, close = true, "</t></is></c>"
		default:
			return false, nil
		}
		if close != "" {
			ts := i
			for i < len(b) && !stopText[b[i]] {
				i++
			}
			if i == len(b) || b[i] != '<' || !hasPrefix(b[i:], close) || i-ts > p.maxText() {
				return false, nil
			}
			text = b[ts:i]
			i += len(close)
		}
	}
	long := len(r) > maxAttr || len(t) > maxAttr
	s.pos += afterStart
	col, typ, err := p.cellStart(hasR, r, hasT, t, long)
	if err != nil {
		return true, err
	}
	s.pos += i - afterStart
	if hasIS {
		return true, p.cellEnd(col, typ, false, nil, true, text)
	}
	return true, p.cellEnd(col, typ, hasV, text, false, nil)
}

func hasPrefix(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && string(b[:len(prefix)]) == prefix
}
