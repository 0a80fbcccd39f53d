package submission_test

import (
	"github.com/skillcert/skillcert"

	"fmt"
	"strings"
	"time"

	"github.com/skillcert/skillcert/submission"
)

func ExampleCheckCSV() {
	table := "证书编号,考生姓名,考生身份证号码,职业（工种）,认定级别,认定日期\n" +
		"Y000144001005205000001,张三,11010519491231002X,汽车维修工（汽车维修检验工）,5级/初级工,2020-06-30\n" +
		"Y000144001005205000001,李四,110105198001010016,装配钳工,四级,2020/7/1\n"
	opts := submission.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}
	sum, enc, err := submission.CheckCSV(strings.NewReader(table), opts, func(f skillcert.Finding) error {
		fmt.Printf("row %d %s: %s %s\n", f.Row, f.Column, f.Severity, f.Rule)
		return nil
	})
	fmt.Println(enc, err)
	fmt.Printf("%+v\n", sum)
	// Output:
	// row 3 证书编号: error cert.duplicate
	// row 3 认定级别: error level.mismatch
	// row 3 认定日期: error date.format
	// UTF-8 <nil>
	// {Rows:2 Clean:1 WithFindings:1 Errors:3 Warnings:0 Infos:0 Blank:0 HeaderRow:1}
}

func ExampleCheckResidentID() {
	today := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	fmt.Println(submission.CheckResidentID("11010519491231002X", today)) // GB 11643's example
	fmt.Println(submission.CheckResidentID("110105194912310021", today))
	// Output:
	// <nil>
	// submission: resident ID number "110105194912310021": check character "1" at character 18: check character mismatch; want X (GB 11643-1999)
}

func ExampleChecker() {
	c := submission.NewChecker(submission.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
	if err := c.Header(submission.Row{Num: 1, Cells: []string{"姓名", "证件号码", "职业名称"}}); err != nil {
		fmt.Println(err)
	}
	// Output: submission: row 1: the header lacks the required column(s) 职业技能等级 (level), 证书编号 (certificate number), 发证日期 (issue date); found "姓名,证件号码,职业名称" — 缺少必填列
}
