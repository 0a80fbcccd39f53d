package certificate_test

import (
	"fmt"
	"time"

	"github.com/skillcert/skillcert/certificate"
)

func ExampleCheck() {
	c := certificate.Certificate{
		Title:          "职业技能等级证书",
		Text:           "本证书由合肥某汽车服务有限公司颁发，表明持证人通过本机构组织的职业技能等级认定，具备该职业（工种）相应技能等级水平。",
		Institution:    "合肥某汽车服务有限公司",
		Issued:         time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC),
		Name:           "张三",
		IDType:         "居民身份证",
		IDNumber:       "11010519491231002X",
		Occupation:     "汽车维修工",
		WorkType:       "——",
		Level:          "中级工",
		Number:         "S000034010001244000001",
		QueryURL:       "http://jndj.osta.org.cn/",
		InstitutionURL: "http://pjjg.osta.org.cn/",
	}
	for _, f := range certificate.Check(c, certificate.Options{}) {
		fmt.Println(f)
	}
	// Output:
	// warning certificate.work-type.dash WorkType: "——" is the 2019 style; write "--" when there is no work type (人社鉴发〔2021〕1号 三（一）)
	// warning certificate.level.form Level: the level "中级工" is written 四级/中级工 on a certificate (grade/title) (人社鉴发〔2021〕1号 三（一）)
}

func ExampleCheck_chinese() {
	c := certificate.Certificate{
		Title:          "国家职业资格证书",
		Text:           "本证书由中国汽车工程学会颁发，表明持证人通过本机构组织的职业技能等级认定。全国联网查询。",
		Institution:    "中国汽车工程学会",
		Issued:         time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC),
		Name:           "李四",
		IDType:         "201",
		IDNumber:       "110105194912310021",
		Occupation:     "汽车维修工",
		WorkType:       "",
		Level:          "三级/高级工",
		Number:         "S000011000001224000001",
		QueryURL:       certificate.CertificateQueryURL,
		InstitutionURL: certificate.InstitutionQueryURL,
	}
	for _, f := range certificate.Check(c, certificate.Options{}) {
		fmt.Println(f.Rule, f.Message)
	}
	// Output:
	// certificate.title 证书名称“国家职业资格证书”应统一为“职业技能等级证书”
	// certificate.forbidden-word 证书文字第38个字符起使用了禁用字样“全国”
	// certificate.id-number 居民身份证号码“110105194912310021”第18位校验码“1”：校验码不符；应为“X”（GB 11643-1999《公民身份号码》）
	// certificate.work-type.empty 工种/职业方向为空；没有工种/职业方向时应填写“--”，不得为空
	// certificate.number.level 证书编号第16位为4（四级/中级工），与所填职业技能等级“三级/高级工”（3）不一致
	// certificate.number.year 证书编号第14–15位年份为2022，与发证日期的年份2023不一致
}

func ExampleStyle() {
	for _, s := range certificate.Styles() {
		fmt.Println(s, s.WorkTypeLabel(), s.NoWorkType(), len(s.Required()), s.Has(certificate.FieldQueryURL))
	}
	// Output:
	// national-2021 工种/职业方向 -- 15 true
	// national-2019 工种名称 —— 15 true
	// guangdong 工种名称 -- 10 false
	// anhui 工种名称 —— 15 true
}
