package special_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/special"
)

func ExampleParse() {
	n, err := special.Parse("20 16015000 00001")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n, n.Year(), n.Institution(), n.Institution().Area(), n.Serial())
	// Output: 201601500000001 2020 16015000 1601 1
}

func ExampleParse_error() {
	_, err := special.Parse("２０ 16015000 00000")
	var e *skillcert.Error
	if errors.As(err, &e) {
		fmt.Println(e.Field, e.Pos, e.End, errors.Is(err, skillcert.ErrRange))
		fmt.Println(err)
		fmt.Println(e.Chinese())
	}
	// Output:
	// serial 13 17 true
	// special: special certificate "２０ 16015000 00000": serial "00000" at characters 13–17: out of range; want a serial 00001–99999 (豫人社办函〔2020〕41号 四（一）)
	// 专项职业能力证书编号“２０ 16015000 00000”第13–17位流水号“00000”：超出允许的范围；应为证书流水编码00001–99999（豫人社办函〔2020〕41号 四（一））
}

func ExampleParseInstitution() {
	in, err := special.ParseInstitution("1601-5-007")
	fmt.Println(in, in.Area(), in.Sequence(), in.IsCentre(), in.Centre(), err)

	// The notice writes the institutions of 郑州市 as a template.
	_, err = special.ParseInstitution("16015xxx")
	fmt.Println(errors.Is(err, special.ErrPlaceholder))
	fmt.Println(err)
	// Output:
	// 16015007 1601 7 false 16015000 <nil>
	// true
	// special: special institution code "16015xxx": character "x" at character 6: invalid syntax (template placeholder); want the real digit where the template writes x (豫人社办函〔2020〕41号 二（四）)
}

func ExampleInstitution_Number() {
	in := special.MustParseInstitution("16015001")
	// An allocator hands out the serials of a year in order.
	for serial := 1; serial <= 3; serial++ {
		n, err := in.Number(2021, serial)
		fmt.Println(n, err)
	}
	_, err := in.Number(2021, 100000)
	fmt.Println(err)
	// Output:
	// 211601500100001 <nil>
	// 211601500100002 <nil>
	// 211601500100003 <nil>
	// special: special certificate "100000": serial "100000": out of range; want a serial 1–99999 (豫人社办函〔2020〕41号 四（一）)
}

func ExampleNewInstitution() {
	centre, _ := special.NewInstitution(1601, 0)
	fmt.Println(centre, centre.IsCentre())
	// Output: 16015000 true
}

func ExampleNumber_Parts() {
	for _, p := range special.MustParse("211601500000042").Parts() {
		fmt.Printf("%-5s %-5s %s: %s (%s)\n", p.Pos, p.Value, p.Name, p.Meaning, p.Source)
	}
	// Output:
	// 1–2   21    年份: 2021年 (豫人社办函〔2020〕41号 四（一）)
	// 3–6   1601  地区编码: 与职业技能鉴定机构编码相同（编码表未公布） (豫人社办函〔2020〕41号 二（四）)
	// 7     5     固定数字5: 专项职业能力 (豫人社办函〔2020〕41号 二（四）)
	// 8–10  000   考核机构流水码: 第0家考核机构（000：示例中为市鉴定中心本身） (豫人社办函〔2020〕41号 二（四）)
	// 11–15 00042 证书流水编码: 第42号证书 (豫人社办函〔2020〕41号 四（一）)
}

func ExampleExplain() {
	parts, _ := special.Explain("1601 5 007")
	for _, p := range parts {
		fmt.Println(p.Pos, p.Value, p.English, "—", p.MeaningEn)
	}
	// Output:
	// 1–4 1601 area — the area code of Henan's 职业技能鉴定机构 codes (no table is published)
	// 5 5 category — 专项职业能力 (special vocational ability)
	// 6–8 007 sequence — institution 7 of its area
}

func ExampleValidUntil() {
	cst := time.FixedZone("CST", 8*3600)
	for _, issued := range []time.Time{
		time.Date(2021, 3, 15, 0, 0, 0, 0, cst),
		time.Date(2024, 2, 29, 0, 0, 0, 0, cst),
	} {
		fmt.Println(issued.Format(time.DateOnly), "→", special.ValidUntil(issued).Format(time.DateOnly))
	}
	issued := time.Date(2021, 3, 15, 0, 0, 0, 0, cst)
	fmt.Println(special.ValidOn(issued, time.Date(2026, 3, 15, 18, 0, 0, 0, cst)))
	fmt.Println(special.ValidOn(issued, time.Date(2026, 3, 16, 0, 0, 0, 0, cst)))
	// Output:
	// 2021-03-15 → 2026-03-15
	// 2024-02-29 → 2029-02-28
	// true
	// false
}

func ExampleNumber_Compare() {
	a, b := special.MustParse("211601500100002"), special.MustParse("201601500200001")
	fmt.Println(a.Compare(b), b.Compare(a), a.Compare(a))
	// Output: 1 -1 0
}
