// Package xlsx reads the rows of an XLSX workbook's sheet as a stream, with
// bounded time and memory, for the skillcert tool's check command.
//
// It reads what a submission table needs — the text of each cell, as stored —
// and nothing else (no styles, no number formats, no formulas' evaluation).
// Every way a file can fail is an error naming the part of the workbook and
// the row (a truncated or damaged file, malformed XML, a shared string that
// does not exist), and every limit of Limits, exceeded, is an error of kind
// skillcert.ErrLimit naming the limit and the option that raises it, so a
// hostile file (a zip bomb, a million columns) is refused in a moment:
//
//	f, _ := os.Open("证书信息表.xlsx")
//	st, _ := f.Stat()
//	book, err := xlsx.Open(f, st.Size(), xlsx.DefaultLimits())
//	if err != nil {
//		return err // not an XLSX file, or damaged
//	}
//	for row, err := range book.Rows("") { // the first sheet
//		if err != nil {
//			return err // e.g. xlsx: part "xl/worksheets/sheet1.xml": row "17": invalid syntax (…)
//		}
//		fmt.Println(row.Num, row.Cells) // 1 [姓名 证件类型 证件号码 …]
//	}
//
// Rows the file does not contain are not produced: a sheet whose only rows
// are 1 and 1048576 (a row styled at the bottom of the sheet) costs two rows,
// not a million.
package xlsx
