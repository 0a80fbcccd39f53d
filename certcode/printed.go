// The gatherers of the printed layouts (see parsePrinted), unrolled: one case
// per printed length, every offset a constant, the 22 characters assembled in
// registers as parseWords takes them. The offsets follow from the group
// lengths 22, 1 4 2 6 2 1 6 and 1 4 2 2 4 2 1 6; TestPrintedFastPath checks
// every case against the general clean-up.

package certcode

// gatherWide reads the 22 characters of a full-width number printed in one of
// the layouts (22, 28 or 29 characters, U+3000 between groups) as the three
// words parseWords takes. Every character must be one of U+FF00–U+FF7F
// (EF BC|BD 80–BF); the first folds to 0x20 + the low six bits of its last
// byte, plus 0x40 for BD; the others must be in the row of the digits (BC),
// where the last byte with bit 5 flipped is the ASCII digit and anything else
// becomes a byte parseWords rejects. The last character ends s, so it is read
// from one byte earlier. Two characters side by side are read in one load.
// ok is false when s is not such a number.
func gatherWide(s string) (w0, w1, w2 uint64, ok bool) {
	var odd, u uint32
	var odd64, x uint64
	switch len(s) {
	case 66:
		s = s[:66]
		u = str32(s[0:])
		odd |= u&0xC0FEFF ^ 0x80BCEF
		w0 |= uint64(upper(byte(u>>16)&0x3F + 0x20 + byte(u>>8&1)<<6))
		x = str64(s[3:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w0 |= (x>>16&0xFF ^ 0xA0) << 8
		w0 |= (x>>40&0xFF ^ 0xA0) << 16
		x = str64(s[9:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w0 |= (x>>16&0xFF ^ 0xA0) << 24
		w0 |= (x>>40&0xFF ^ 0xA0) << 32
		x = str64(s[15:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w0 |= (x>>16&0xFF ^ 0xA0) << 40
		w0 |= (x>>40&0xFF ^ 0xA0) << 48
		x = str64(s[21:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w0 |= (x>>16&0xFF ^ 0xA0) << 56
		w1 |= x>>40&0xFF ^ 0xA0
		x = str64(s[27:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w1 |= (x>>16&0xFF ^ 0xA0) << 8
		w1 |= (x>>40&0xFF ^ 0xA0) << 16
		x = str64(s[33:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w1 |= (x>>16&0xFF ^ 0xA0) << 24
		w1 |= (x>>40&0xFF ^ 0xA0) << 32
		x = str64(s[39:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w1 |= (x>>16&0xFF ^ 0xA0) << 40
		w1 |= (x>>40&0xFF ^ 0xA0) << 48
		w2 |= x>>40&0xFF ^ 0xA0
		x = str64(s[45:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w1 |= (x>>16&0xFF ^ 0xA0) << 56
		w2 |= (x>>16&0xFF ^ 0xA0) << 8
		w2 |= (x>>40&0xFF ^ 0xA0) << 16
		x = str64(s[51:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w2 |= (x>>16&0xFF ^ 0xA0) << 24
		w2 |= (x>>40&0xFF ^ 0xA0) << 32
		x = str64(s[57:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w2 |= (x>>16&0xFF ^ 0xA0) << 40
		w2 |= (x>>40&0xFF ^ 0xA0) << 48
		u = str32(s[62:]) >> 8
		odd |= u&0xC0FFFF ^ 0x80BCEF
		w2 |= uint64(byte(u>>16)^0xA0) << 56
	case 84:
		s = s[:84]
		odd |= str32(s[3:])&0xFFFFFF ^ 0x8080E3
		odd |= str32(s[18:])&0xFFFFFF ^ 0x8080E3
		odd |= str32(s[27:])&0xFFFFFF ^ 0x8080E3
		odd |= str32(s[48:])&0xFFFFFF ^ 0x8080E3
		odd |= str32(s[57:])&0xFFFFFF ^ 0x8080E3
		odd |= str32(s[63:])&0xFFFFFF ^ 0x8080E3
		u = str32(s[0:])
		odd |= u&0xC0FEFF ^ 0x80BCEF
		w0 |= uint64(upper(byte(u>>16)&0x3F + 0x20 + byte(u>>8&1)<<6))
		x = str64(s[6:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w0 |= (x>>16&0xFF ^ 0xA0) << 8
		w0 |= (x>>40&0xFF ^ 0xA0) << 16
		x = str64(s[12:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w0 |= (x>>16&0xFF ^ 0xA0) << 24
		w0 |= (x>>40&0xFF ^ 0xA0) << 32
		x = str64(s[21:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w0 |= (x>>16&0xFF ^ 0xA0) << 40
		w0 |= (x>>40&0xFF ^ 0xA0) << 48
		x = str64(s[30:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w0 |= (x>>16&0xFF ^ 0xA0) << 56
		w1 |= x>>40&0xFF ^ 0xA0
		x = str64(s[36:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w1 |= (x>>16&0xFF ^ 0xA0) << 8
		w1 |= (x>>40&0xFF ^ 0xA0) << 16
		x = str64(s[42:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w1 |= (x>>16&0xFF ^ 0xA0) << 24
		w1 |= (x>>40&0xFF ^ 0xA0) << 32
		x = str64(s[51:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w1 |= (x>>16&0xFF ^ 0xA0) << 40
		w1 |= (x>>40&0xFF ^ 0xA0) << 48
		w2 |= x>>40&0xFF ^ 0xA0
		u = str32(s[60:])
		odd |= u&0xC0FFFF ^ 0x80BCEF
		w1 |= uint64(byte(u>>16)^0xA0) << 56
		w2 |= uint64(byte(u>>16)^0xA0) << 8
		x = str64(s[66:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w2 |= (x>>16&0xFF ^ 0xA0) << 16
		w2 |= (x>>40&0xFF ^ 0xA0) << 24
		x = str64(s[72:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w2 |= (x>>16&0xFF ^ 0xA0) << 32
		w2 |= (x>>40&0xFF ^ 0xA0) << 40
		u = str32(s[78:])
		odd |= u&0xC0FFFF ^ 0x80BCEF
		w2 |= uint64(byte(u>>16)^0xA0) << 48
		u = str32(s[80:]) >> 8
		odd |= u&0xC0FFFF ^ 0x80BCEF
		w2 |= uint64(byte(u>>16)^0xA0) << 56
	case 87:
		s = s[:87]
		odd |= str32(s[3:])&0xFFFFFF ^ 0x8080E3
		odd |= str32(s[18:])&0xFFFFFF ^ 0x8080E3
		odd |= str32(s[27:])&0xFFFFFF ^ 0x8080E3
		odd |= str32(s[36:])&0xFFFFFF ^ 0x8080E3
		odd |= str32(s[51:])&0xFFFFFF ^ 0x8080E3
		odd |= str32(s[60:])&0xFFFFFF ^ 0x8080E3
		odd |= str32(s[66:])&0xFFFFFF ^ 0x8080E3
		u = str32(s[0:])
		odd |= u&0xC0FEFF ^ 0x80BCEF
		w0 |= uint64(upper(byte(u>>16)&0x3F + 0x20 + byte(u>>8&1)<<6))
		x = str64(s[6:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w0 |= (x>>16&0xFF ^ 0xA0) << 8
		w0 |= (x>>40&0xFF ^ 0xA0) << 16
		x = str64(s[12:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w0 |= (x>>16&0xFF ^ 0xA0) << 24
		w0 |= (x>>40&0xFF ^ 0xA0) << 32
		x = str64(s[21:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w0 |= (x>>16&0xFF ^ 0xA0) << 40
		w0 |= (x>>40&0xFF ^ 0xA0) << 48
		x = str64(s[30:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w0 |= (x>>16&0xFF ^ 0xA0) << 56
		w1 |= x>>40&0xFF ^ 0xA0
		x = str64(s[39:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w1 |= (x>>16&0xFF ^ 0xA0) << 8
		w1 |= (x>>40&0xFF ^ 0xA0) << 16
		x = str64(s[45:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w1 |= (x>>16&0xFF ^ 0xA0) << 24
		w1 |= (x>>40&0xFF ^ 0xA0) << 32
		x = str64(s[54:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w1 |= (x>>16&0xFF ^ 0xA0) << 40
		w1 |= (x>>40&0xFF ^ 0xA0) << 48
		w2 |= x>>40&0xFF ^ 0xA0
		u = str32(s[63:])
		odd |= u&0xC0FFFF ^ 0x80BCEF
		w1 |= uint64(byte(u>>16)^0xA0) << 56
		w2 |= uint64(byte(u>>16)^0xA0) << 8
		x = str64(s[69:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w2 |= (x>>16&0xFF ^ 0xA0) << 16
		w2 |= (x>>40&0xFF ^ 0xA0) << 24
		x = str64(s[75:])
		odd64 |= x&0xC0FFFFC0FFFF ^ 0x80BCEF80BCEF
		w2 |= (x>>16&0xFF ^ 0xA0) << 32
		w2 |= (x>>40&0xFF ^ 0xA0) << 40
		u = str32(s[81:])
		odd |= u&0xC0FFFF ^ 0x80BCEF
		w2 |= uint64(byte(u>>16)^0xA0) << 48
		u = str32(s[83:]) >> 8
		odd |= u&0xC0FFFF ^ 0x80BCEF
		w2 |= uint64(byte(u>>16)^0xA0) << 56
	default:
		return 0, 0, 0, false
	}
	return w0, w1, w2, odd == 0 && odd64 == 0
}

// gatherASCII reads the 22 characters of an ASCII number printed in one of
// the layouts (22, 28 or 29 bytes; groups separated by spaces or by hyphens,
// one kind throughout) as the three words parseWords takes, the first letter
// upper-cased. ok is false when s is not such a number.
func gatherASCII(s string) (w0, w1, w2 uint64, ok bool) {
	switch len(s) {
	case 22:
		w0, w1, w2 = le64(s[0:8]), le64(s[8:16]), le64(s[14:22])
		return w0&^0xFF | uint64(upper(byte(w0))), w1, w2, true
	case 28:
		s = s[:28]
		sep := s[1]
		if sep != ' ' && sep != '-' || s[6] != sep || s[9] != sep || s[16] != sep || s[19] != sep || s[21] != sep {
			return 0, 0, 0, false
		}
		w0 |= uint64(upper(s[0]))
		w0 |= uint64(s[2]) << 8
		w0 |= uint64(s[3]) << 16
		w0 |= uint64(s[4]) << 24
		w0 |= uint64(s[5]) << 32
		w0 |= uint64(s[7]) << 40
		w0 |= uint64(s[8]) << 48
		w0 |= uint64(s[10]) << 56
		w1 |= uint64(s[11])
		w1 |= uint64(s[12]) << 8
		w1 |= uint64(s[13]) << 16
		w1 |= uint64(s[14]) << 24
		w1 |= uint64(s[15]) << 32
		w1 |= uint64(s[17]) << 40
		w1 |= uint64(s[18]) << 48
		w2 |= uint64(s[18])
		w1 |= uint64(s[20]) << 56
		w2 |= uint64(s[20]) << 8
		w2 |= uint64(s[22]) << 16
		w2 |= uint64(s[23]) << 24
		w2 |= uint64(s[24]) << 32
		w2 |= uint64(s[25]) << 40
		w2 |= uint64(s[26]) << 48
		w2 |= uint64(s[27]) << 56
		return w0, w1, w2, true
	case 29:
		s = s[:29]
		sep := s[1]
		if sep != ' ' && sep != '-' || s[6] != sep || s[9] != sep || s[12] != sep || s[17] != sep || s[20] != sep || s[22] != sep {
			return 0, 0, 0, false
		}
		w0 |= uint64(upper(s[0]))
		w0 |= uint64(s[2]) << 8
		w0 |= uint64(s[3]) << 16
		w0 |= uint64(s[4]) << 24
		w0 |= uint64(s[5]) << 32
		w0 |= uint64(s[7]) << 40
		w0 |= uint64(s[8]) << 48
		w0 |= uint64(s[10]) << 56
		w1 |= uint64(s[11])
		w1 |= uint64(s[13]) << 8
		w1 |= uint64(s[14]) << 16
		w1 |= uint64(s[15]) << 24
		w1 |= uint64(s[16]) << 32
		w1 |= uint64(s[18]) << 40
		w1 |= uint64(s[19]) << 48
		w2 |= uint64(s[19])
		w1 |= uint64(s[21]) << 56
		w2 |= uint64(s[21]) << 8
		w2 |= uint64(s[23]) << 16
		w2 |= uint64(s[24]) << 24
		w2 |= uint64(s[25]) << 32
		w2 |= uint64(s[26]) << 40
		w2 |= uint64(s[27]) << 48
		w2 |= uint64(s[28]) << 56
		return w0, w1, w2, true
	}
	return 0, 0, 0, false
}

func str64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
