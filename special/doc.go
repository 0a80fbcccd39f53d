// Package special parses, validates, formats, builds and explains the codes
// of Henan's 专项职业能力 (special vocational ability) certificates: the
// 8-digit code of an assessment institution (专项职业能力考核机构) and the
// 15-digit certificate number (证书编码) that contains it, as
// 豫人社办函〔2020〕41号 defines them, and the five-year validity of the
// certificates.
//
//	n, err := special.Parse("20 16015000 00001")
//	if err != nil {
//		var e *skillcert.Error
//		errors.As(err, &e) // e.Field, e.Pos, e.End, e.Want say what to fix
//	}
//	n.String()               // "201601500000001"
//	n.Year()                 // 2020
//	n.Institution().String() // "16015000"
//	n.Institution().Area()   // 1601
//	n.Serial()               // 1
//
//	in := special.MustParseInstitution("16015001")
//	next, _ := in.Number(2021, 42) // "211601500100042"
//	special.ValidUntil(time.Date(2021, 3, 15, 0, 0, 0, 0, time.Local)) // 2026-03-15
//
// An institution code is a 4-digit area code "与职业技能鉴定机构编码相同" (the
// same as in the codes of Henan's 职业技能鉴定机构), the fixed digit 5 for
// 专项职业能力, and a 3-digit sequence of the institution in its area
// (豫人社办函〔2020〕41号 二（四）). The notice's example gives 郑州市's centre
// the code 16015000 and the institutions it manages 16015xxx; IsCentre
// reports sequence 000. The table of area codes is not published, so this
// package checks only that the area is four digits and does not name the
// area: 1601 is 郑州市 by the example and by nothing else. (The area codes of
// Henan's 职业技能等级证书 numbers are a different, two-digit table.)
//
// A certificate number is the last two digits of the issue year, the
// institution's code, and a serial 00001–99999 (四（一）). The year is read as
// 20YY and must be 2020 or later, the notice being dated 2020-03-12.
//
// A certificate is valid for five years from its issue
// (劳社厅发〔2006〕29号 第三条); ValidUntil gives the last day, counted as the
// civil law counts periods.
//
// Parse and ParseInstitution accept what people paste — full-width digits,
// spaces, hyphens and dashes between digits — and guess nothing else. Every
// error is a *skillcert.Error with Pkg "special" that names the field and its
// character positions in the caller's input; errors.Is tells the kind
// (skillcert.ErrLength, ErrSyntax, ErrRange). Parsing allocates nothing when
// it succeeds. Number and Institution are small comparable values that order
// with Compare and marshal to text (and so to JSON) and to SQL.
package special
