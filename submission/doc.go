// Package submission checks a whole certificate submission table before an
// institution uploads it to its HRSS centre: Anhui's 职业技能等级认定合格人员证书信息表
// (004 L480–580) or Guangdong's data submission (002 L1089).
//
//	f, _ := os.Open("证书信息表.csv") // UTF-8, UTF-8 with BOM, or GB18030/GBK
//	sum, enc, err := submission.CheckCSV(f, submission.Options{}, func(x submission.Finding) error {
//		fmt.Println(x.Row, x.Column, x.Severity, x.Rule, x.Message, x.English)
//		return nil
//	})
//	// sum.Rows == sum.Clean + sum.WithFindings
//
// Columns are found by their header names, with the aliases the documents
// use; a missing required column is one *HeaderError before any row is read.
// Each row is checked for: a valid certificate number (certcode) whose level
// digit and year agree with the level and issue-date columns; a YYYY-MM-DD
// date (004 L580); an 证件类型 of 004 L580 and, for 201, a resident ID number
// that passes GB 11643; a known occupation (not a category) and a work type
// written "--" rather than empty (DECISIONS.md D19). Across the table: the
// same certificate number twice (an error), the same person, occupation, work
// type and level twice (a warning), one institution name per filing number,
// and serials skipped per filing number, year and level (information).
//
// A Checker works row by row, for any reader of rows (the skillcert tool
// feeds it XLSX through excelize); the only memory that grows with the table
// is the duplicate index. subgen writes synthetic tables with known defects.
package submission
