// Package submission checks a whole certificate submission table before an
// institution uploads it to its HRSS centre: Anhui's 职业技能等级认定合格人员证书信息表
// (皖人社秘〔2020〕65号 附件5) or Guangdong's data submission (the Guangdong
// enterprise work-plan template, 九、企业认定结果的确认与提交).
//
//	f, _ := os.Open("证书信息表.csv") // UTF-8, UTF-8 with BOM, or GB18030/GBK
//	c := submission.NewChecker(submission.Options{})
//	sum, err := c.CheckRows(submission.CSVRows(f, submission.Limits{}), func(x skillcert.Finding) error {
//		fmt.Println(x.Row, x.Column, x.Severity, x.Rule, x.Message, x.Source)
//		return nil
//	})
//	// err == nil: every row was read; sum.Rows == sum.Clean + sum.WithFindings
//
// CheckRows is the one table check, over rows from any source (an
// iter.Seq2[Row, error]); CSV is read here (CSV, CSVRows) and the skillcert
// tool feeds XLSX the same way. The header row is found among the first rows;
// row numbers are the file's own; blank rows are skipped and counted; a row
// that cannot be read stops the check with a *ReadError naming it, so a table
// is never reported clean when part of it was not read. Limits bound every
// input (record and cell length, columns, rows); the only memory that grows
// with the table is the duplicate index, about 24 bytes a row: a table of a
// million rows is checked with a heap of about 45 MB at its peak
// (BenchmarkTable1M). The index is exact: certificate numbers are kept by
// their 22 characters' filing number, year and level and their serial,
// persons by the ID number as written (an 18-character resident ID packed
// into 8 bytes), never by a hash that two persons could share. Checking
// takes two and a half to three times as long as reading the same CSV file
// with bare encoding/csv (BenchmarkTable300k, which reports the ratio):
//
//	go test -run '^$' -bench 'Table300k|Table1M' -benchtime 3x ./submission
//
// Columns are found by their header names, with the aliases the documents
// use. Each finding is a skillcert.Finding; its Rule is one of these stable
// identifiers, and its Source cites the document:
//
//	submission.cert.invalid             error    the certificate number is not valid (人社鉴发〔2019〕2号 附件1 and the province's rule)
//	submission.cert.duplicate           error    the same certificate number twice (一证一号; 人社鉴发〔2019〕2号 附件1 二（七）)
//	submission.level.invalid            error    the level cannot be read
//	submission.level.mismatch           error    the level column differs from character 16 of the number (附件1 二（六）)
//	submission.date.format              error    the issue date is not a real YYYY-MM-DD date (皖人社秘〔2020〕65号 附件5 备注3)
//	submission.date.year                error    the issue date's year differs from characters 14–15 of the number (附件1 二（五）)
//	submission.idtype.unknown           error    a 证件类型 not listed in 皖人社秘〔2020〕65号 附件5 备注2
//	submission.id.invalid               error    a resident ID number that fails GB 11643-1999
//	submission.occupation.unknown       error    an occupation not in the 2022 occupation dictionary
//	submission.occupation.category      error    a category's name where an occupation belongs
//	submission.worktype.empty           error    an empty work type: write "--" (人社鉴发〔2021〕1号 三（一）)
//	submission.worktype.old-dash        warning  "——", the 2019 style, for "--"
//	submission.worktype.unknown         warning  a work type not known for the occupation
//	submission.institution.inconsistent error    two institution names for one filing number
//	submission.person.duplicate         warning  the same person, occupation, work type and level twice
//	submission.serial.gap               info     serials skipped per filing number, year and level (附件1 二（七）)
//	submission.cell.empty               error    a required cell is empty
//	submission.cell.newline             error    a line break inside a code cell (证件类型, 证件号码, 证书编号, 发证日期, 职业技能等级)
//	submission.row.ragged               error    text in cells beyond the header's last column
//
// A row with fewer cells than the header reads as if the missing cells were
// empty. subgen writes synthetic tables with known defects.
package submission
