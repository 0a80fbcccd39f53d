// Package skillcert is a map of the skillcert module: a pure-Go SDK for China's
// vocational skill level certificates (职业技能等级证书), built to the letter of
// the national coding rule 人社鉴发〔2019〕2号 and the Guangdong, Henan, Anhui and
// Chongqing rules.
//
//	c, err := certcode.Parse("Y 0001 44 001005 20 5 000001")
//	// c.Scheme() == certcode.Guangdong, c.AreaName() == "省本级", c.Level() == level.Five
//
// The packages:
//
//   - certcode: the 22-character certificate number, the 13-character filing
//     number (机构备案号) and the supervisor card codes: parse, validate,
//     format, build; certcode/certgen has gopter generators of valid and
//     near-valid numbers for property tests.
//   - region: the 35-row province table and the area tables of Guangdong,
//     Henan, Anhui and Chongqing, exactly as the documents print them.
//   - occupation: the 2022 occupation dictionary (codes, names, marks,
//     categories), work types, and the 2021 qualification catalogue.
//   - filing: filing scope checks by province, statutory working-day
//     deadlines, and the institution-code registry.
//   - issuer: certificate numbers that are never issued twice, from memory,
//     SQLite or PostgreSQL.
//   - submission: whole certificate submission tables (CSV, and XLSX through
//     the tool) checked before upload; submission/subgen writes synthetic
//     ones with known defects.
//   - level: the five skill levels and every way they are written; assessment
//     modes, examiner grades, the 贯通 title tables.
//   - cmd/skillcert: the command-line tool (explain, validate, check,
//     gen-table), a module of its own joined by go.work.
//
// The rules and their sources are listed in the README; every table row and
// rule in the code cites the seed document and line it comes from.
package skillcert
