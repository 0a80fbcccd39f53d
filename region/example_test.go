package region_test

import (
	"fmt"
	"strings"

	"github.com/skillcert/skillcert/region"
)

func Example() {
	p, _ := region.LookupProvince("44")
	fmt.Println(p.Code, p.Name, p.Short, p.English, p.Source)
	a, _ := region.LookupArea("34", "24")
	fmt.Println(a.Code, a.Name, a.Source)
	// Output:
	// 44 广东省 广东 Guangdong 人社鉴发〔2019〕2号 表4
	// 24 六安市 皖人社秘〔2020〕65号 附件3
}

func ExampleProvinces() {
	ps := region.Provinces()
	fmt.Println(len(ps), ps[0].Name, ps[len(ps)-1].Name)
	// Output: 35 北京市 澳门特别行政区
}

func ExampleLookupProvince() {
	p, ok := region.LookupProvince("14")
	fmt.Println(p.Name, ok)
	_, ok = region.LookupProvince("10")
	fmt.Println(ok)
	// Output:
	// 山西省 true
	// false
}

func ExampleProvinceByName() {
	p, _ := region.ProvinceByName("广西")
	fmt.Println(p.Code, p.Name)
	// Output: 45 广西壮族自治区
}

func ExampleAreas() {
	var codes []string
	for _, a := range region.Areas("34") {
		codes = append(codes, a.Code)
	}
	fmt.Println(strings.Join(codes, " "))
	fmt.Println(region.Areas("11") == nil)
	// Output:
	// 00 01 02 03 04 05 06 07 08 10 11 12 13 24 25 29 30
	// true
}

func ExampleLookupArea() {
	a, ok := region.LookupArea("44", "10")
	fmt.Println(a.Name, ok) // Guangdong prints no 10 or 11
	a, ok = region.LookupArea("44", "12")
	fmt.Println(a.Name, ok)
	// Output:
	//  false
	// 肇庆市 true
}

func ExampleAreaByName() {
	a, _ := region.AreaByName("50", "两江新区")
	b, _ := region.AreaByName("44", "广州")
	fmt.Println(a.Code, b.Code, b.Name)
	// Output: 39 01 广州市
}

func ExampleHasAreas() {
	fmt.Println(region.HasAreas("44"), region.HasAreas("11"))
	// Output: true false
}

func ExampleNew() {
	o, err := region.ReadOverlay(strings.NewReader(
		"document\t皖人社秘〔2024〕1号（示例）\t2024-01-02\n"+
			"area\t34\t31\t新区市\n"), "anhui-2024.tsv")
	if err != nil {
		panic(err)
	}
	t, err := region.New(o)
	if err != nil {
		panic(err)
	}
	a, ok := t.LookupArea("34", "31")
	fmt.Println(ok, a.Name, a.Source)
	_, ok = region.LookupArea("34", "31")
	fmt.Println("in the shipped table:", ok)
	// Output:
	// true 新区市 皖人社秘〔2024〕1号（示例） 2024-01-02
	// in the shipped table: false
}

func ExampleSources() {
	for _, s := range region.Sources() {
		fmt.Printf("%s: %s (%s)\n", s.Table, s.Document, s.Date)
	}
	// Output:
	// province codes: 人社鉴发〔2019〕2号 表4 (2019-04-19)
	// Guangdong area codes: 广东省职业技能等级证书编码规则实施方案（企业2021版） 表5 (2021)
	// Henan area codes: 豫职鉴〔2020〕2号 表5 (2020)
	// Anhui area codes: 皖人社秘〔2020〕65号 附件3 (2020-03-30)
	// Chongqing area codes: 渝人社发〔2020〕42号 附件6 表2 (2020)
}

func ExampleLookupProvince_pasted() {
	a, ok := region.LookupProvince("４４")
	fmt.Println(a.Name, ok)
	// Output: 广东省 true
}
