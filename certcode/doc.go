// Package certcode parses, validates, formats and builds the 22-character
// vocational skill level certificate number (职业技能等级证书编码), the
// 13-character institution filing number inside it (机构备案号) and the
// supervisor card codes (督导员证卡编码).
//
//	c, err := certcode.Parse("Y 0001 44 001005 20 5 000001")
//	if err != nil {
//		var e *skillcert.Error
//		errors.As(err, &e) // e.Field, e.Pos, e.End, e.Got, e.Want say what to fix
//	}
//	c.Scheme()   // certcode.Guangdong
//	c.AreaName() // "省本级"
//	c.Unit()     // certcode.StateOwned
//	c.Level()    // level.Five
//	c.String()   // "Y000144001005205000001"
//	c.Grouped()  // "Y 0001 44 001005 20 5 000001"
//
// A number is 1 letter and 21 digits: category (Y 用人单位, S 社会培训评价组织),
// institution code (2–5), province (6–7), site code (8–13), year (14–15), level
// (16) and serial (17–22), as 人社鉴发〔2019〕2号 附件1 defines them. Guangdong
// (《广东省职业技能等级证书编码规则实施方案（企业2021版）》), Henan
// (豫职鉴〔2020〕2号, 豫职鉴〔2021〕1号), Anhui (皖人社秘〔2020〕65号 附件3) and
// Chongqing (渝人社发〔2020〕42号 附件6) define positions 8–13 further. The
// rule that governs a number is chosen from its province and category: the
// provincial rule for 44, 41, 34 and 50, except that an S number in 44 or 50
// is checked by the national rule, since those two provinces define positions
// 8–13 for employers only; the national rule everywhere else. ParseAs checks
// by one named rule.
//
// What each province's rule says is one table, which the other packages of
// the module read rather than restate: SchemeFor picks the rule of a province
// and category; a Scheme says whether its area code comes from the province's
// table (HasAreas), where its sequence starts and what range it runs
// (Sequence), which units position 10 names (Units, with each Unit's Digits)
// and whether it covers employers only (EmployersOnly). MinYear, MaxYear and
// MaxSerial are the ranges of positions 14–22, the same under every rule.
//
// Parse, ParseFiling and ParseCard accept what people paste — full-width
// characters, lower-case letters, spaces (including U+3000 and no-break
// spaces) and dashes between groups, the grouped forms the documents print —
// and guess nothing else: a letter O is not read as zero, and the template's
// placeholder X is an error that says so (ErrPlaceholder).
//
// Every error is a *skillcert.Error: Pkg "certcode", What "certificate
// number", "filing number" or "supervisor card", the Field at fault ("area",
// "year", …), its Pos and End in characters of the input as the caller gave
// it, Got as the caller wrote it, Want and WantZH, and the Source article of
// the document. errors.Is answers with skillcert's kinds (skillcert.ErrLength,
// ErrSyntax, ErrUnknown, ErrRange, ErrArgument) and with this package's finer
// sentinels (ErrArea, ErrYear, ErrPlaceholder, …).
//
// Code, Filing and Card are small comparable values that sort with Compare
// and marshal to text (and so to JSON) and to SQL. Parse, its pasted forms and
// the accessors allocate nothing; the speed figures come from
//
//	scripts/bench
//
// which runs go test -run '^$' -bench . ./certcode/ and prints Parse against a
// regexp + map validator and the pasted forms against the canonical form, as
// ratios measured in one run.
package certcode
