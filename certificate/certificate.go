package certificate

import "time"

// Certificate is what one vocational skill level certificate (职业技能等级证书)
// says, field by field, as 人社鉴发〔2021〕1号 二（一） lists the fields. Every
// text field holds the text as printed (or as a submission table writes it),
// unchanged: Check reads it and reports what it finds, it never rewrites a
// field.
//
// The holder's photo and the QR code (持证人照片, 二维码) are images; a
// Certificate does not hold them.
type Certificate struct {
	// Title is the certificate's name (证书名称): "职业技能等级证书" and
	// nothing else (人社鉴发〔2021〕1号 二（二）).
	Title string
	// Text is the certificate's own fixed wording: the body text (证书正文,
	// "本证书由……颁发，表明持证人……"), the labels, headings and every other
	// word the institution prints on every certificate, in any order. The
	// forbidden words of 人社鉴发〔2021〕1号 五（二） are looked for here. The
	// filled-in values (name, occupation, …) do not belong in Text, and an
	// occurrence of Institution or Parent inside Text is not checked for
	// forbidden words: a filed name may lawfully contain 中国 or 全国, and it
	// must be printed as filed (二（三）). Empty when the wording is not at
	// hand; Check then checks no wording.
	Text string
	// Institution is the assessment institution's name (评价机构名称) as
	// printed; on a certificate a branch issues, the branch's filed name
	// (人社鉴发〔2021〕1号 二（三）).
	Institution string
	// Parent is, on a certificate a branch (分支机构) issues, the name of the
	// institution whose seal stands on the left (人社鉴发〔2021〕1号 四（二））;
	// empty otherwise. Check only uses it to tell the names in Text from the
	// wording.
	Parent string
	// Issued is the date of issue (发证日期). Only its calendar date in its
	// own location counts (t.Date()); the clock time and the zone are
	// ignored, so time.Date(2024, 5, 20, 0, 0, 0, 0, time.Local) and a
	// database DATE read as UTC mean the same day. The zero time means the
	// date is missing.
	Issued time.Time
	// Name is the holder's name (姓名).
	Name string
	// IDType is the kind of identity document (证件类型) as written: a name
	// such as "居民身份证" or a code of the Anhui table such as "201"; see
	// LookupIDType.
	IDType string
	// IDNumber is the identity document's number (证件号码). Where IDType
	// says it is a resident identity card, Check checks it by GB 11643-1999.
	IDNumber string
	// Occupation is the occupation's name (职业名称) as written.
	Occupation string
	// WorkType is the work type or occupational direction (工种/职业方向) as
	// written; "--" when there is none, never empty (人社鉴发〔2021〕1号
	// 三（一））.
	WorkType string
	// Level is the skill level (职业技能等级) as written, such as
	// "五级/初级工"; the 2021 display form is 中文数字+级/等级名称.
	Level string
	// Number is the 22-character certificate number (证书编号) as written.
	Number string
	// QueryURL is the printed certificate information query address
	// (证书信息查询网址), normally CertificateQueryURL.
	QueryURL string
	// InstitutionURL is the printed institution information query address
	// (机构信息查询网址), normally InstitutionQueryURL.
	InstitutionURL string
	// ProvinceURL is the province's certificate query address, which an
	// institution may add (人社鉴发〔2021〕1号 二（一））; empty when not
	// printed.
	ProvinceURL string
	// PrintSerial is the printing serial (证书印制流水码, printed as
	// "No.88888888" on the notice's sample), which an institution may add;
	// empty when not printed. Its form is the institution's own: Check does
	// not read it.
	PrintSerial string
}

// The fixed values of 人社鉴发〔2021〕1号.
const (
	// Title is the only certificate name allowed (二（二）).
	Title = "职业技能等级证书"
	// NoWorkType is written in the work type field of a certificate whose
	// occupation has no work type or direction (三（一）).
	NoWorkType = "--"
	// NoWorkType2019 is what the 2019 reference style wrote instead
	// (人社鉴发〔2019〕2号 附件2 注3, copied by 皖人社秘〔2020〕65号 附件6).
	NoWorkType2019 = "——"
	// CertificateQueryURL is the certificate information query address
	// as 二（一） of the notice prints it.
	CertificateQueryURL = "http://jndj.osta.org.cn"
	// InstitutionQueryURL is the institution information query address
	// as 二（一） of the notice prints it. The notice's own sample (一) prints
	// "http://pjjg.osta.org.cn/"; Check accepts both spellings (see
	// InstitutionQueryURLSample).
	InstitutionQueryURL = "http://pjgg.osta.org.cn"
	// InstitutionQueryURLSample is the institution query address as the
	// notice's reference sample (一) prints it.
	InstitutionQueryURLSample = "http://pjjg.osta.org.cn/"
)

// The dates the rules start from (civil dates, compared with Issued's
// calendar date): 人社鉴发〔2019〕2号 of 2019-04-19 set up the certificate
// number and the first reference style, and no certificate of this kind is
// issued before it; the 2021 notice's own rules (forbidden words, "--", the
// level's display form) apply from 人社鉴发〔2021〕1号 of 2021-01-05.
var (
	notice2019 = time.Date(2019, 4, 19, 0, 0, 0, 0, time.UTC)
	notice2021 = time.Date(2021, 1, 5, 0, 0, 0, 0, time.UTC)
)

// forbidden lists the words of 人社鉴发〔2021〕1号 五（二）, longest first
// so that the longest word at a place is the one reported.
// 003 L2783: 证书上不得使用“中华人民共和国”“中国”“中华”“国家”“全国”和
// “人力资源社会保障部门”“职业技能鉴定中心”“中国就业培训技术指导中心”以及
// “职业资格”“资格凭证”“就业凭证”“录用依据”等字样
var forbidden = [...]string{
	"中国就业培训技术指导中心",
	"人力资源社会保障部门",
	"职业技能鉴定中心",
	"中华人民共和国",
	"职业资格",
	"资格凭证",
	"就业凭证",
	"录用依据",
	"中国",
	"中华",
	"国家",
	"全国",
}

// ForbiddenWords returns the words 人社鉴发〔2021〕1号 五（二） forbids on a
// certificate, in the notice's order. The slice is the caller's to change.
func ForbiddenWords() []string {
	return []string{"中华人民共和国", "中国", "中华", "国家", "全国",
		"人力资源社会保障部门", "职业技能鉴定中心", "中国就业培训技术指导中心",
		"职业资格", "资格凭证", "就业凭证", "录用依据"}
}
