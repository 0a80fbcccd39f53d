// Package nationalid reads China's national identifiers that vocational skill
// certification forms carry: the unified social credit code of an
// organisation (统一社会信用代码, GB 32100-2015) and the citizen identity
// number of a person (公民身份号码, GB 11643-1999).
//
//	c, err := nationalid.ParseCreditCode("91350100M000100Y43")
//	c.Region()            // "350100"
//	id, err := nationalid.ParseResidentID("11010519491231002X")
//	id.Birth(), id.Sex()  // 1949-12-31, female
//	err = id.CheckBirth(time.Now()) // not born after today
//
// Both parsers take what people paste — full-width digits and letters, lower
// case where the standard writes capitals, spaces around the value — and
// guess nothing else. Errors are *skillcert.Error values whose Kind says what
// is wrong (skillcert.ErrLength, ErrSyntax, ErrChecksum, ErrRange) and whose
// Pos and End count characters of the caller's input, so that a full-width
// 18-character number is 18 characters, not 54 bytes. The values are small
// and comparable, like net/netip's, and parsing a canonical value allocates
// nothing.
package nationalid
