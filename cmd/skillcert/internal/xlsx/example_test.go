package xlsx_test

import (
	"bytes"
	"fmt"
	"os"

	"github.com/skillcert/skillcert/cmd/skillcert/internal/xlsx"
)

// Read the first sheet of a submission table, row by row.
func Example() {
	data, err := os.ReadFile("../../testdata/sample.xlsx")
	if err != nil {
		fmt.Println(err)
		return
	}
	book, err := xlsx.Open(bytes.NewReader(data), int64(len(data)), xlsx.DefaultLimits())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(book.Sheets())
	for row, err := range book.Rows("") {
		if err != nil {
			fmt.Println(err)
			return
		}
		if row.Num > 2 {
			break
		}
		fmt.Println(row.Num, row.Cells[:4])
	}
	// Output:
	// [证书信息表]
	// 1 [姓名 证件类型 证件号码 所在单位]
	// 2 [金洋超 201 340102200403039640 芜湖某精密制造有限公司]
}

// A file that is not an XLSX workbook is refused, saying what is wanted.
func ExampleOpen_notXLSX() {
	_, err := xlsx.Open(bytes.NewReader([]byte("姓名,证件号码\n")), 20, xlsx.Limits{})
	fmt.Println(err)
	// Output:
	// xlsx: file: invalid syntax (not a zip archive); want an XLSX workbook (a zip archive of XML parts)
}
