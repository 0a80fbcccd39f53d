package certcode_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
)

func Example() {
	c, err := certcode.Parse("Y 0001 44 001005 20 5 000001") // 002 L997
	if err != nil {
		panic(err)
	}
	fmt.Println(c, c.Scheme())
	fmt.Println(c.Category(), c.Institution(), c.ProvinceName(), c.AreaName(), c.Unit(), c.Sequence())
	fmt.Println(c.Year(), c.Level(), c.Serial())
	// Output:
	// Y000144001005205000001 guangdong
	// 用人单位 0001 广东省 省本级 国有企业 005
	// 2020 五级/初级工 1
}

func ExampleParse_errors() {
	for _, s := range []string{
		"Y000123XXXXXX195000001", // the national example, with its placeholder (003 L2588)
		"Ｙ　０００１　４４　１０１００５　２０　５　０００００１", // full width, grouped: positions count the characters as written
		"S000034150001205000001",  // 15 is not an Anhui area code
		"Y0001440010052050000001", // one digit too many
		"Y000144001005186000001",  // issued in 2018, before the rule
	} {
		_, err := certcode.Parse(s)
		var e *skillcert.Error
		if errors.As(err, &e) {
			fmt.Printf("%q %d–%d %q %v\n", e.Field, e.Pos, e.End, e.Got, errors.Is(err, certcode.ErrPlaceholder))
		}
		fmt.Println(err)
	}
	// Output:
	// "site" 8–8 "X" true
	// certcode: certificate number "Y000123XXXXXX195000001": site "X" at character 8: invalid syntax (template placeholder); want a digit, not the template's placeholder X (人社鉴发〔2019〕2号 附件1 二（四）)
	// "area" 11–12 "１０" false
	// certcode: certificate number "Ｙ\u3000０００１\u3000４４\u3000１０１００５\u3000２０\u3000５\u3000０００００１": area "１０" at characters 11–12: unknown value (invalid area code); want a code of the 广东省 area table: 00–09, 12–20, 51–53 (广东省职业技能等级证书编码规则实施方案（企业2021版） 二（四）（1）)
	// "area" 8–9 "15" false
	// certcode: certificate number "S000034150001205000001": area "15" at characters 8–9: unknown value (invalid area code); want a code of the 安徽省 area table: 00–08, 10–13, 24–25, 29–30 (皖人社秘〔2020〕65号 附件3 第一部分 二（四）)
	// "" 0–0 "" false
	// certcode: certificate number "Y0001440010052050000001": wrong length; want 22 characters (a letter and 21 digits), not 23 (人社鉴发〔2019〕2号 附件1 一)
	// "year" 14–15 "18" false
	// certcode: certificate number "Y000144001005186000001": year "18" at characters 14–15: out of range (invalid year); want 19–99 (2019–2099): the coding rule dates from 2019-04-19 (广东省职业技能等级证书编码规则实施方案（企业2021版） 二（五）)
}

func ExampleParseAs() {
	// Guangdong has no area 10, but the national rule alone leaves 8–13 to the province.
	_, err := certcode.ParseAs("Y000144101005205000001", certcode.Guangdong)
	fmt.Println(err != nil)
	c, err := certcode.ParseAs("Y000144101005205000001", certcode.National)
	fmt.Println(c.Scheme(), c.Site(), err)
	// Output:
	// true
	// national 101005 <nil>
}

func ExampleValidate() {
	fmt.Println(certcode.Validate("ｙ０００１４４００１００５２０５０００００１"))
	fmt.Println(certcode.Validate("Y000144001005205000000"))
	// Output:
	// <nil>
	// certcode: certificate number "Y000144001005205000000": serial "000000" at characters 17–22: out of range (invalid serial); want 000001–999999 (广东省职业技能等级证书编码规则实施方案（企业2021版） 二（七）)
}

func ExampleCompact() {
	fmt.Println(certcode.Compact("y 0001-44－001005 20 5 000001"))
	// Output: Y000144001005205000001
}

func ExampleMustParse() {
	c := certcode.MustParse("S000034010001203000042")
	fmt.Println(c.Grouped(), c.AreaName())
	// Output: S 0000 34 01 0001 20 3 000042 合肥市
}

func ExampleCode_Grouped() {
	fmt.Println(certcode.MustParse("Y000041120003195000001").Grouped())
	fmt.Println(certcode.MustParse("Y000123000001195000001").Grouped())
	// Output:
	// Y 0000 41 12 0003 19 5 000001
	// Y 0001 23 000001 19 5 000001
}

func ExampleCode_Unit() {
	// Henan: a technical school assessing its own students is Y with position 10 = 9 (003 L4537).
	c := certcode.MustParse("Y000041009001215000123")
	fmt.Println(c.Unit(), c.Unit().English())
	// Output: 技工院校职业技能等级认定中心 technical school assessing its own students
}

func ExampleCode_CheckYear() {
	c := certcode.MustParse("Y000144001005305000001")
	fmt.Println(c.CheckYear(2026))
	// Output: certcode: certificate number "Y000144001005305000001": year "30" at characters 14–15: out of range (invalid year); want a year not after 2026 (广东省职业技能等级证书编码规则实施方案（企业2021版） 二（五）)
}

func ExampleCode_MarshalText() {
	b, _ := json.Marshal(map[string]certcode.Code{"cert": certcode.MustParse("Y000144001005205000001")})
	fmt.Println(string(b))
	// Output: {"cert":"Y000144001005205000001"}
}

func ExampleNew() {
	c, err := certcode.New(certcode.Fields{
		Category: certcode.Employer, Institution: "0000", Province: "50", Site: "390001",
		Year: 2021, Level: level.Three, Serial: 7,
	})
	fmt.Println(c, c.Scheme(), c.AreaName(), err)
	// Output: Y000050390001213000007 chongqing 两江新区 <nil>
}

func ExampleParseFiling() {
	f, err := certcode.ParseFiling("S 0000 34 01 0001") // 004 L316
	if err != nil {
		panic(err)
	}
	fmt.Println(f, f.Scheme(), f.AreaName(), f.Sequence())
	// Output: S000034010001 anhui 合肥市 0001
}

func ExampleFiling_Certificate() {
	f := certcode.MustParseFiling("S000034010001")
	c, _ := f.Certificate(2024, level.Four, 1)
	fmt.Println(c)
	_, err := f.Certificate(2024, level.Four, 1000000)
	fmt.Println(err)
	// Output:
	// S000034010001244000001
	// certcode: filing number "S000034010001": serial "1000000": out of range (invalid serial); want 1–999999 (皖人社秘〔2020〕65号 附件3 第二部分 二（四）)
}

func ExampleParseCard() {
	for _, s := range []string{"R 44 21 0001", "Y000123210001"} {
		c, err := certcode.ParseCard(s)
		if err != nil {
			panic(err)
		}
		fmt.Println(c, c.External(), c.Holder(), c.Issuer(), c.IssuerName(), c.Year(), c.Serial())
	}
	// Output:
	// R44210001 true 外部质量督导员 44 广东省 2021 1
	// Y000123210001 false 用人单位 000123  2021 1
}

func ExampleCode_Parts() {
	c := certcode.MustParse("S 0000 34 01 0001 20 3 000042")
	for p := range c.Parts() {
		fmt.Printf("%-5s %-6s %-11s %s\n", p.Positions(), p.Value(), p.Field, p.Meaning())
	}
	// Output:
	// 1     S      category    社会培训评价组织
	// 2–5   0000   institution 先行向省级人力资源社会保障部门备案
	// 6–7   34     province    安徽省
	// 8–9   01     area        合肥市
	// 10–13 0001   sequence    第1家
	// 14–15 20     year        2020年
	// 16    3      level       三级/高级工
	// 17–22 000042 serial      第42号
}

func ExampleCode_Compare() {
	codes := []certcode.Code{
		certcode.MustParse("Y000144001005205000002"),
		certcode.MustParse("S000034010001203000042"),
		certcode.MustParse("Y000144001005205000001"),
	}
	slices.SortFunc(codes, certcode.Code.Compare)
	fmt.Println(codes)
	// Output: [S000034010001203000042 Y000144001005205000001 Y000144001005205000002]
}

func ExampleParseScheme() {
	sc, err := certcode.ParseScheme("Anhui")
	fmt.Println(sc, sc.Source(), err)
	_, err = certcode.ParseScheme("liaoning")
	fmt.Println(err)
	fmt.Println(certcode.Scheme(9))
	// Output:
	// anhui 皖人社秘〔2020〕65号 附件3 <nil>
	// certcode: coding rule "liaoning": unknown value (invalid scheme); want national, guangdong, henan, anhui or chongqing
	// Scheme(9)
}

func ExampleCode_Site() {
	c := certcode.MustParse("Y000123000001195000001")
	fmt.Println(c.Site(), c.Site().Int(), c.Province(), c.Institution())
	// Output: 000001 1 23 0001
}

func ExampleSchemeFor() {
	for _, q := range []struct {
		province string
		cat      certcode.Category
	}{{"44", certcode.Employer}, {"44", certcode.SocialOrg}, {"41", certcode.SocialOrg}, {"11", certcode.Employer}} {
		sc := certcode.SchemeFor(q.province, q.cat)
		from, lo, hi := sc.Sequence()
		fmt.Println(q.province, string(rune(q.cat)), sc, sc.HasAreas(), from, lo, hi, sc.Units())
	}
	// Output:
	// 44 Y guangdong true 11 0 999 [国有企业 非国有企业 其他]
	// 44 S national false 0 0 0 []
	// 41 S henan true 10 0 9999 [企业 技工院校职业技能等级认定中心]
	// 11 Y national false 0 0 0 []
}

func ExampleUnit_Digits() {
	for _, u := range certcode.Henan.Units() {
		lo, hi := u.Digits()
		fmt.Printf("%s: position 10 is %c–%c under the %s rule\n", u.English(), lo, hi, u.Scheme())
	}
	// Output:
	// enterprise: position 10 is 0–8 under the henan rule
	// technical school assessing its own students: position 10 is 9–9 under the henan rule
}
