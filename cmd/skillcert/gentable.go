package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/skillcert/skillcert/submission/subgen"
)

// genTable is `skillcert gen-table`: it writes a synthetic submission table of
// N rows, a chosen share of them with one known defect each.
func genTable(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("gen-table", "", stderr)
	rows := fs.Int("rows", 1000, "data rows")
	share := fs.Float64("defects", 0.05, "share of rows with one defect, 0–1")
	seed := fs.Int64("seed", 1, "the same seed writes the same table")
	year := fs.Int("year", 2024, "issue year")
	out := fs.String("o", "", "output file: .csv or .xlsx (required)")
	encName := fs.String("encoding", "utf8", "CSV encoding: utf8, utf8bom or gb18030")
	expect := fs.String("expect", "", "also write the defects put in, one \"row rule\" per line, to this file")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	opt := subgen.Options{Rows: *rows, DefectShare: *share, Seed: *seed, Year: *year}
	var defects []subgen.Defect
	var err error
	switch ext := strings.ToLower(filepath.Ext(*out)); ext {
	case ".xlsx":
		defects, err = writeXLSX(*out, opt)
	case ".csv":
		defects, err = writeCSV(*out, *encName, opt)
	default:
		fmt.Fprintf(stderr, "skillcert gen-table: -o %q: want a .csv or .xlsx file\n", *out)
		return 2
	}
	if err == nil && *expect != "" {
		var b strings.Builder
		for _, d := range defects {
			fmt.Fprintf(&b, "%d %s\n", d.Row, d.Rule)
		}
		err = os.WriteFile(*expect, []byte(b.String()), 0o644)
	}
	if err != nil {
		fmt.Fprintf(stderr, "skillcert gen-table: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: %d rows, %d defects\n", *out, *rows, len(defects))
	return 0
}

func writeCSV(name, encName string, opt subgen.Options) ([]subgen.Defect, error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var w io.Writer = f
	switch encName {
	case "utf8":
	case "utf8bom":
		if _, err := f.WriteString("\ufeff"); err != nil {
			return nil, err
		}
	case "gb18030":
		w = simplifiedchinese.GB18030.NewEncoder().Writer(f)
	default:
		return nil, fmt.Errorf("-encoding %q: want utf8, utf8bom or gb18030", encName)
	}
	bw := bufio.NewWriter(w)
	cw := csv.NewWriter(bw)
	if err := cw.Write(subgen.Header); err != nil {
		return nil, err
	}
	defects, err := subgen.Generate(opt, cw.Write)
	if err != nil {
		return nil, err
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return nil, err
	}
	if err := bw.Flush(); err != nil {
		return nil, err
	}
	return defects, f.Close()
}

func writeXLSX(name string, opt subgen.Options) ([]subgen.Defect, error) {
	book := excelize.NewFile()
	defer book.Close()
	sheet := "证书信息表"
	if err := book.SetSheetName("Sheet1", sheet); err != nil {
		return nil, err
	}
	sw, err := book.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	row := 1
	write := func(cells []string) error {
		vals := make([]any, len(cells))
		for i, c := range cells {
			vals[i] = c
		}
		cell, _ := excelize.CoordinatesToCellName(1, row)
		row++
		return sw.SetRow(cell, vals)
	}
	if err := write(subgen.Header); err != nil {
		return nil, err
	}
	defects, err := subgen.Generate(opt, write)
	if err != nil {
		return nil, err
	}
	if err := sw.Flush(); err != nil {
		return nil, err
	}
	return defects, book.SaveAs(name)
}
