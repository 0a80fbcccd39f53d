package occupation_test

import (
	"fmt"
	"strings"

	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/occupation"
)

func Example() {
	c, err := occupation.Parse("4120101")
	if err != nil {
		panic(err)
	}
	e, _ := occupation.Lookup(c)
	fmt.Println(e.Code, e.Name, e.Code.Depth())
	for _, p := range occupation.Chain(c) {
		fmt.Println(" ", p.Code.Depth(), p.Code, p.Name)
	}
	// Output:
	// 4-12-01-01 汽车维修工 职业
	//   大类 4 社会生产服务和生活服务人员
	//   中类 4-12 修理及制作服务人员
	//   小类 4-12-01 汽车摩托车修理技术服务人员
	//   职业 4-12-01-01 汽车维修工
}

func ExampleParse() {
	for _, s := range []string{"６－２０－０１－０１", "4-12", "4-1-01"} {
		c, err := occupation.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(c, c.Depth())
	}
	// Output:
	// 6-20-01-01 职业
	// 4-12 中类
	// occupation: occupation code "4-1-01": middle category "1" at character 3: invalid syntax; want two digits for the middle category, as 4-12-01-01 (中华人民共和国职业分类大典（2022年版）)
}

func ExampleLookupName() {
	for _, name := range []string{"钳工", "计算机程序设计员S", "专业技术人员"} {
		e, ok := occupation.LookupName(name)
		fmt.Println(name, "→", e.Code, e.Name, ok, e.IsCategory(), e.Digital)
	}
	// Output:
	// 钳工 → 6-20-01-01 装配钳工 true false false
	// 计算机程序设计员S → 4-04-05-01 计算机程序设计员 true false true
	// 专业技术人员 → 2 专业技术人员 true true false
}

func ExampleIsProfessional() {
	c := occupation.MustParse("2-02-10-03") // 计算机软件工程技术人员
	fmt.Println(occupation.IsProfessional(c), occupation.IsSkillMajor(c))
	// Output: true false
}

func ExampleCatalogueFor() {
	e, ok := occupation.CatalogueFor(occupation.MustParse("3-02-03-01"))
	fmt.Println(ok, e.Item, e.Group, e.Name, e.Class, e.ToAccess, e.Restricted(), e.Source)
	// Output: true 3 消防和应急救援人员 消防员 水平评价类 true true 国家职业资格目录（2021年版）
}

func ExampleWorkTypes_Find() {
	wt := occupation.SeedWorkTypes()
	w, _ := wt.Find(occupation.MustParse("4-12-01-01"), "汽车美容装潢工")
	fmt.Println(w.Name, w.Levels, w.Covers(level.Three), w.Source)
	// Output: 汽车美容装潢工 [五级/初级工 四级/中级工] false 豫职鉴〔2021〕1号 三（五）
}

func ExampleChildren() {
	for _, e := range occupation.Children(occupation.MustParse("4-12-01")) {
		fmt.Println(e.Code, e.Name, e.Green)
	}
	// Output:
	// 4-12-01-01 汽车维修工 false
	// 4-12-01-02 摩托车修理工 false
	// 4-12-01-03 电池及电池系统维修保养师 true
}

func ExampleCount() {
	fmt.Println(occupation.Count(occupation.Major), occupation.Count(occupation.Middle),
		occupation.Count(occupation.Minor), occupation.Count(occupation.Occupation))
	// Output: 8 79 450 1639
}

func ExampleNameOf() {
	for _, name := range []string{"钳工", "保育员", "育婴员", "装配钳工"} {
		n, ok := occupation.NameOf(name)
		fmt.Println(name, ok, n.Kind, n.Code, n.Edition)
	}
	// Output:
	// 钳工 true former 6-20-01-01 2015
	// 保育员 true former 4-10-01-03 2015
	// 育婴员 true retired 4-10-01 2015
	// 装配钳工 true current 6-20-01-01
}

func ExampleNew() {
	overlay := "announcement\t人社部2024年新职业（示例）\t2024-07-31\n" +
		"4-04-05-12\t生成式人工智能系统应用员\tS\t\n"
	o, err := occupation.ReadOverlay(strings.NewReader(overlay), "new.tsv")
	if err != nil {
		panic(err)
	}
	d, err := occupation.New(o)
	if err != nil {
		panic(err)
	}
	e, ok := d.Lookup(occupation.MustParse("4-04-05-12"))
	fmt.Println(ok, e.Name, e.Digital, e.Origin)
	_, ok = occupation.Lookup(occupation.MustParse("4-04-05-12"))
	fmt.Println("in the shipped edition:", ok)
	// Output:
	// true 生成式人工智能系统应用员 true 人社部2024年新职业（示例） 2024-07-31
	// in the shipped edition: false
}

func ExampleReadOverlay_conflict() {
	overlay := "announcement\t示例公告\t2024-07-31\n" +
		"4-12-01-01\t汽车修理工\n"
	_, err := occupation.ReadOverlay(strings.NewReader(overlay), "bad.tsv")
	fmt.Println(err)
	// Output: occupation: overlay bad.tsv line 2: code 4-12-01-01 is 汽车维修工 in 中华人民共和国职业分类大典（2022年版）, not 汽车修理工; to rename it, give 汽车维修工 as the former name (column 5): unknown value
}

func ExampleReadWorkTypes() {
	csv := "职业编码,职业名称,工种,级别\n6-20-01-01,装配钳工,--,5、4、3\n"
	wt, err := occupation.ReadWorkTypes(strings.NewReader(csv), "worktypes.csv")
	if err != nil {
		panic(err)
	}
	w, _ := wt.Find(occupation.MustParse("6-20-01-01"), "--")
	fmt.Println(w.Levels, w.Source)
	// Output: [五级/初级工 四级/中级工 三级/高级工] worktypes.csv:2
}
