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
	// row 3 证书编号: error submission.cert.duplicate
	// row 3 认定级别: error submission.level.mismatch
	// row 3 认定日期: error submission.date.format
	// UTF-8 <nil>
	// {Rows:2 Clean:1 WithFindings:1 Errors:3 Warnings:0 Infos:0 Blank:0 HeaderRow:1}
}

func ExampleChecker() {
	c := submission.NewChecker(submission.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
	if err := c.Header(submission.Row{Num: 1, Cells: []string{"姓名", "证件号码", "职业名称"}}); err != nil {
		fmt.Println(err)
	}
	// Output: submission: row 1: the header lacks the required column(s) 职业技能等级 (level), 证书编号 (certificate number), 发证日期 (issue date); found "姓名,证件号码,职业名称" — 缺少必填列
}

// CheckRows reads Anhui's form as it is filled in: a title and a 填报单位
// line above the header, blank rows, and row numbers as the file shows them.
func ExampleChecker_CheckRows() {
	table := "职业技能等级认定合格人员证书信息表,,\n" +
		"填报单位（章）：安徽新华职业技能评价中心,,\n" +
		"姓名,证件类型,证件号码,所在单位,职业名称,工种名称,职业技能等级,证书编号,发证日期,评价机构,发证机构,考生所在地市\n" +
		"张三,201,11010519491231002X,合肥某汽车服务有限公司,汽车维修工,汽车维修检验工,四级/中级工,S000034010001244000001,2024-05-20,安徽新华职业技能评价中心,安徽新华职业技能评价中心,合肥市\n" +
		",,,,,,,,,,,\n" +
		"李四,201,110105198001010016,合肥某汽车服务有限公司,汽车维修工,,四级/中级工,S000034010001244000002,2024/5/20,安徽新华职业技能评价中心,安徽新华职业技能评价中心,合肥市\n"
	c := submission.NewChecker(submission.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
	sum, err := c.CheckRows(submission.CSVRows(strings.NewReader(table), submission.Limits{}), func(f skillcert.Finding) error {
		fmt.Println(f.Row, f.Column, f.Severity, f.Rule, f.Source)
		return nil
	})
	fmt.Println(err)
	fmt.Printf("header at row %d; %d rows, %d clean, %d blank\n", sum.HeaderRow, sum.Rows, sum.Clean, sum.Blank)
	// Output:
	// 6 发证日期 error submission.date.format 皖人社秘〔2020〕65号 附件5 备注3
	// 6 工种名称 error submission.worktype.empty 人社鉴发〔2021〕1号 三（一）
	// <nil>
	// header at row 3; 2 rows, 1 clean, 1 blank
}
