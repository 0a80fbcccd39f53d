package certcode

import "strconv"

// digits4 holds "0000" … "9999" back to back, so that a field of up to four
// digits is a substring of it rather than a new string: the accessors of
// Code, Filing and Card do not allocate.
var digits4 = func() string {
	b := make([]byte, 0, 40000)
	for i := 0; i < 10000; i++ {
		b = append(b, byte('0'+i/1000), byte('0'+i/100%10), byte('0'+i/10%10), byte('0'+i%10))
	}
	return string(b)
}()

// digitString returns v (0 ≤ v < 10^width) as width digits, width ≤ 4,
// without allocating.
func digitString(v, width int) string { return digits4[v*4+4-width : v*4+4] }

// num returns the value of the ASCII digits b.
func num[T ~string | ~[]byte](b T) uint32 {
	n := uint32(0)
	for i := 0; i < len(b); i++ {
		n = n*10 + uint32(b[i]-'0')
	}
	return n
}

func num6(b []byte) uint32 { return num(b) }

// Digits is a run of decimal digits of a code, such as the site code
// "001005": a small comparable value that keeps its leading zeros, so that
// reading it allocates nothing. String returns the digits ("" for the zero
// Digits), Int their value.
type Digits struct {
	v uint32
	n uint8
}

// String returns the digits, leading zeros kept: "001005". It allocates only
// for more than four digits.
func (d Digits) String() string {
	if d.n <= 4 {
		if d.n == 0 {
			return ""
		}
		return digitString(int(d.v), int(d.n))
	}
	b, _ := d.AppendText(make([]byte, 0, d.n))
	return string(b)
}

// AppendText appends the digits to b.
func (d Digits) AppendText(b []byte) ([]byte, error) {
	var buf [10]byte
	v := d.v
	for i := int(d.n) - 1; i >= 0; i-- {
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	return append(b, buf[:d.n]...), nil
}

// MarshalText returns the digits.
func (d Digits) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// Int returns the value of the digits: 1005 for "001005".
func (d Digits) Int() int { return int(d.v) }

// Len returns the number of digits, 0 for the zero Digits.
func (d Digits) Len() int { return int(d.n) }

// GoString returns the digits quoted, as %#v prints them: "\"001005\"".
func (d Digits) GoString() string { return strconv.Quote(d.String()) }
