// Package certcode parses, validates, formats and builds the 22-character
// vocational skill level certificate number (职业技能等级证书编码), the
// 13-character institution filing number inside it (机构备案号) and the
// supervisor card codes (督导员证卡编码).
//
//	c, err := certcode.Parse("Y 0001 44 001005 20 5 000001")
//	if err != nil {
//		var e *certcode.Error
//		errors.As(err, &e) // e.Field, e.Pos, e.Value, e.Expected say what to fix
//	}
//	c.Scheme()      // certcode.Guangdong
//	c.AreaName()    // "省本级"
//	c.Unit()        // certcode.StateOwned
//	c.Level()       // level.Five
//	c.String()      // "Y000144001005205000001"
//	c.Grouped()     // "Y 0001 44 001005 20 5 000001"
//
// A number is 1 letter and 21 digits: category (Y 用人单位, S 社会培训评价组织),
// institution code (2–5), province (6–7), site code (8–13), year (14–15), level
// (16) and serial (17–22), as 人社鉴发〔2019〕2号 defines them (RULES.md A1).
// Guangdong, Henan, Anhui and Chongqing define positions 8–13 further; the rule
// that governs a number is chosen from its province and category (DECISIONS.md
// D1) and ParseAs checks by one named rule.
//
// Parse accepts what people paste — full-width characters, lower-case y/s,
// spaces and dashes, the grouped forms the documents print — and guesses
// nothing else (D8). Every error is an *Error that quotes the input and names
// the field and position; errors.Is tells the kind (ErrArea, ErrYear, …).
// Parse allocates nothing. Code, Filing and Card are small comparable values
// that marshal to text (and so to JSON) and to SQL.
package certcode
