package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The benchmarks read one generated submission table of benchRows rows and
// 12 columns three ways, so their ratios can be compared in one run:
//
//	go test -run '^$' -bench . -benchmem ./internal/xlsx
//
// Table/csv reads the same table as CSV with bare encoding/csv (the floor
// for any table reader), Table/xlsx-inline and Table/excelize-inline read the
// XLSX file excelize's StreamWriter writes (inline strings), and
// Table/xlsx-shared and Table/excelize-shared read the same rows with shared
// strings, as Excel and WPS write them.
const benchRows = 300_000

var benchHeader = []string{"姓名", "证件类型", "证件号码", "所在单位", "职业名称", "职业编码", "工种", "职业技能等级", "证书编号", "发证日期", "评价机构", "考生所在地市"}

// benchRow returns row i of the generated table (0-based, after the header).
func benchRow(i int) []string {
	surnames := []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵"}
	given := []string{"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军"}
	occ := [][2]string{{"车工", "6-18-01-01"}, {"装配钳工", "6-18-02-02"}, {"电工", "6-31-01-03"}, {"保育师", "4-10-01-03"}}
	levels := []string{"五级/初级工", "四级/中级工", "三级/高级工"}
	o := occ[i%len(occ)]
	return []string{
		surnames[i%len(surnames)] + given[(i/8)%len(given)] + given[(i/80)%len(given)],
		"201",
		fmt.Sprintf("3401021990%04d%04d", i%10000, (i*7)%10000),
		"芜湖某精密制造有限公司",
		o[0],
		o[1],
		"--",
		levels[i%len(levels)],
		fmt.Sprintf("S0000340200032430%05d", i%100000),
		fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28),
		"芜湖市汽车工业职业技能等级认定中心",
		"芜湖市",
	}
}

var (
	benchOnce                      sync.Once
	benchInline, benchShared, bCSV []byte
)

func benchFiles(b *testing.B) {
	benchOnce.Do(func() {
		// excelize's StreamWriter: inline strings.
		f := excelize.NewFile()
		sw, err := f.NewStreamWriter("Sheet1")
		if err != nil {
			panic(err)
		}
		row := make([]any, 12)
		for i := range benchRows + 1 {
			cells := benchHeader
			if i > 0 {
				cells = benchRow(i - 1)
			}
			for j, c := range cells {
				row[j] = c
			}
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			if err := sw.SetRow(cell, row); err != nil {
				panic(err)
			}
		}
		if err := sw.Flush(); err != nil {
			panic(err)
		}
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			panic(err)
		}
		benchInline = buf.Bytes()
		benchShared = sharedTable(benchRows)
		var c bytes.Buffer
		w := csv.NewWriter(&c)
		w.Write(benchHeader)
		for i := range benchRows {
			w.Write(benchRow(i))
		}
		w.Flush()
		bCSV = c.Bytes()
	})
	b.ResetTimer()
}

// sharedTable writes the table as Excel does: shared strings, cells with r.
func sharedTable(n int) []byte {
	index := map[string]int{}
	var strs []string
	var sheet bytes.Buffer
	sheet.WriteString(sheetHead)
	for i := range n + 1 {
		cells := benchHeader
		if i > 0 {
			cells = benchRow(i - 1)
		}
		fmt.Fprintf(&sheet, `<row r="%d" spans="1:12">`, i+1)
		for j, c := range cells {
			k, ok := index[c]
			if !ok {
				k = len(strs)
				index[c] = k
				strs = append(strs, c)
			}
			fmt.Fprintf(&sheet, `<c r="%s%d" s="1" t="s"><v>%d</v></c>`, colName(j+1), i+1, k)
		}
		sheet.WriteString("</row>")
	}
	sheet.WriteString(sheetTail)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range []part{
		{"[Content_Types].xml", ctTypes}, {"_rels/.rels", rootRels},
		{"xl/workbook.xml", workbookXML}, {"xl/_rels/workbook.xml.rels", workbookRels},
		{"xl/worksheets/sheet1.xml", sheet.String()}, {"xl/worksheets/sheet2.xml", sheet2},
		{"xl/sharedStrings.xml", sst(strs...)},
	} {
		w, _ := zw.Create(p.name)
		io.WriteString(w, p.data)
	}
	zw.Close()
	return buf.Bytes()
}

func BenchmarkTable(b *testing.B) {
	b.Run("csv", func(b *testing.B) {
		benchFiles(b)
		b.SetBytes(int64(len(bCSV)))
		b.ReportAllocs()
		for range b.N {
			r := csv.NewReader(bytes.NewReader(bCSV))
			r.ReuseRecord = true
			n := 0
			for {
				if _, err := r.Read(); err == io.EOF {
					break
				} else if err != nil {
					b.Fatal(err)
				}
				n++
			}
			if n != benchRows+1 {
				b.Fatalf("%d rows", n)
			}
		}
	})
	for _, file := range []struct {
		name string
		data *[]byte
	}{{"inline", &benchInline}, {"shared", &benchShared}} {
		b.Run("xlsx-"+file.name, func(b *testing.B) {
			benchFiles(b)
			data := *file.data
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for range b.N {
				bk, err := Open(bytes.NewReader(data), int64(len(data)), Limits{})
				if err != nil {
					b.Fatal(err)
				}
				n := 0
				for r, err := range bk.Rows("") {
					if err != nil {
						b.Fatal(err)
					}
					if len(r.Cells) != 12 {
						b.Fatalf("row %d: %d cells", r.Num, len(r.Cells))
					}
					n++
				}
				if n != benchRows+1 {
					b.Fatalf("%d rows", n)
				}
			}
		})
		b.Run("excelize-"+file.name, func(b *testing.B) {
			benchFiles(b)
			data := *file.data
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for range b.N {
				f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true})
				if err != nil {
					b.Fatal(err)
				}
				rows, err := f.Rows(f.GetSheetList()[0])
				if err != nil {
					b.Fatal(err)
				}
				n := 0
				for rows.Next() {
					if _, err := rows.Columns(); err != nil {
						b.Fatal(err)
					}
					n++
				}
				rows.Close()
				f.Close()
				if n != benchRows+1 {
					b.Fatalf("%d rows", n)
				}
			}
		})
	}
}

// TestBenchTableAgrees checks, on a small table, that the benchmark's
// generators and both readers agree, so the benchmark compares like with
// like.
func TestBenchTableAgrees(t *testing.T) {
	data := sharedTable(50)
	rows, err := readAll(t, data, "", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 51 {
		t.Fatalf("%d rows", len(rows))
	}
	for i, r := range rows {
		want := benchHeader
		if i > 0 {
			want = benchRow(i - 1)
		}
		if r.Num != i+1 || fmt.Sprint(r.Cells) != fmt.Sprint(want) {
			t.Errorf("row %d = %d %q; want %d %q", i, r.Num, r.Cells, i+1, want)
		}
	}
	_ = strconv.Itoa
}
