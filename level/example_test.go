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
	// level: "五级/技师": "五级" is level 5 but "技师" is level 2
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
	// Output: 二级/技师 → 中级 3 003 L522
}
