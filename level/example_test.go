package level_test

import (
	"fmt"

	"github.com/skillcert/skillcert/level"
)

func Example() {
	lv, err := level.Parse("五级（初级工）")
	if err != nil {
		panic(err)
	}
	fmt.Println(lv, lv.Grade(), lv.Title(), string(lv.Digit()))
	fmt.Println(level.Grading.Covers(level.Two))
	// Output:
	// 五级/初级工 五级 初级工 5
	// false
}

func ExampleParse() {
	for _, s := range []string{"5级/初级工", "三级 / 高级", "高级技师", "五级/技师"} {
		lv, err := level.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(lv)
	}
	// Output:
	// 五级/初级工
	// 三级/高级工
	// 一级/高级技师
	// level: level "五级/技师": part "技师" at characters 4–5: out of range; want the same level as 五级: 五级/初级工 (人社鉴发〔2019〕2号 表5)
}

func ExampleLevel_HenanTitle() {
	fmt.Println(level.Three.Title(), level.Three.HenanTitle(), level.Three.English())
	// Output: 高级工 高级 Senior Worker
}

func ExampleMode_Covers() {
	for _, lv := range level.All() {
		fmt.Println(lv.Grade(), level.Grading.Covers(lv), level.Promotion.Covers(lv), level.Assessor.Covers(lv))
	}
	// Output:
	// 五级 true true true
	// 四级 true true true
	// 三级 true true true
	// 二级 false true false
	// 一级 false true false
}

func ExampleOpen() {
	for _, r := range level.Open(level.NationalRoutes(), level.Two, 3) {
		fmt.Println(r.Level, "→", r.Title, r.Years, r.Source)
	}
	// Output: 二级/技师 → 中级 3 人社部发〔2020〕96号
}

func ExampleMustParse() {
	fmt.Println(level.MustParse("技师") == level.Two)
	// Output: true
}

func ExampleParseMode() {
	m, _ := level.ParseMode("定级")
	fmt.Println(m, m.English(), m.Highest())
	// Output: 定级评价 grading 三级/高级工
}

func ExampleParseExaminer() {
	e, _ := level.ParseExaminer("考评员")
	fmt.Println(e, e.Covers(level.Three), e.Covers(level.Two))
	// Output: 考评员 true false
}

func ExampleHenanRoutes() {
	for _, r := range level.Open(level.HenanRoutes(), level.Four, 5) {
		fmt.Println(r.Title, r.Years, r.Source)
	}
	// Output:
	// 员级 1 豫人社规〔2021〕1号 五
	// 助理级 5 豫人社规〔2021〕1号 五
}

func ExampleAll() {
	for _, l := range level.All() {
		fmt.Print(string(l.Digit()))
	}
	fmt.Println()
	// Output: 54321
}

func ExampleLevel_MarshalText() {
	b, _ := level.Five.MarshalText()
	var l level.Level
	_ = l.UnmarshalText([]byte("初级工（五级）"))
	fmt.Println(string(b), l == level.Five)
	// Output: 五级/初级工 true
}

func ExampleSources() {
	for _, s := range level.Sources()[:2] {
		fmt.Println(s.Document, s.Date)
	}
	// Output:
	// 人社鉴发〔2019〕2号 表5 2019-04-19
	// 人社鉴发〔2021〕1号 2021-01-05
}
