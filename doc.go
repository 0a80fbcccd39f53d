// Package skillcert is the root of a pure-Go SDK for China's vocational skill
// level certificates (职业技能等级证书), built to the letter of the national
// coding rule 人社鉴发〔2019〕2号, the certificate notice 人社鉴发〔2021〕1号 and
// the Guangdong, Henan, Anhui, Chongqing and Liaoning documents.
//
//	c, err := certcode.Parse("Y 0001 44 001005 20 5 000001")
//	// c.Scheme() == certcode.Guangdong, c.Level() == level.Five
//	var e *skillcert.Error
//	if errors.As(err, &e) {
//		// e.Field, e.Pos–e.End (characters of the input), e.Want, e.Source; e.Chinese()
//	}
//
// This package holds what every other package shares: the one error shape,
// Error, with its kinds (ErrLength, ErrSyntax, ErrChecksum, ErrUnknown,
// ErrRange, ErrArgument, ErrLimit) for errors.Is; the one finding shape,
// Finding, with its Severity, that every checker reports; and Source, which
// names the document a shipped table is read from.
//
// The packages:
//
//   - certcode: certificate numbers (22 characters), filing numbers (机构备案号,
//     13) and supervisor cards: parse, validate, explain, build;
//     certcode/certgen has gopter generators of valid and corrupted numbers.
//   - special: Henan's 专项职业能力 institution codes and certificate numbers.
//   - nationalid: unified social credit codes (GB 32100) and resident ID
//     numbers (GB 11643).
//   - region, level, occupation: the tables — provinces and areas, the five
//     levels and every way they are written, the 2022 occupation dictionary
//     with its older names, work types and the 2021 qualification catalogue —
//     exactly as the documents print them, with overlays for what is
//     published later.
//   - certificate: what a certificate says and the rules on its content;
//     Verify checks it against the institution's records.
//   - institution: filed institutions as dated records, in a file, SQLite or
//     PostgreSQL.
//   - filing: the filing rules — scope, jurisdiction, eligibility, application
//     details, standards, examiners, time limits on both sides, sanctions.
//   - calendar: China's statutory working-day calendar.
//   - registry: the institution-code registry; retired codes never return.
//   - issuer: certificate serials never issued twice, from memory, SQLite or
//     PostgreSQL.
//   - submission: whole submission tables, streamed and bounded;
//     submission/subgen writes synthetic ones with known defects.
//   - cmd/skillcert: the command-line tool (explain, validate, check, verify,
//     deadline, gen-table, version), a module of its own.
//
// The documents, and what skillcert decides where they are silent or
// disagree, are listed in the repository's docs/ folder.
package skillcert
