package skillcert

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The kinds of defect a parser reports. Every parse or validation error of
// every skillcert package is an *Error whose Kind is one of these, so one
// errors.Is answers "what sort of problem is it" whatever was parsed:
//
//	errors.Is(err, skillcert.ErrChecksum)
var (
	// ErrLength: the input has too few or too many characters.
	ErrLength = errors.New("wrong length")
	// ErrSyntax: a character that may not stand where it stands, or a form
	// that is not one the standard writes.
	ErrSyntax = errors.New("invalid syntax")
	// ErrChecksum: the check character does not match the others.
	ErrChecksum = errors.New("check character mismatch")
	// ErrUnknown: well formed, but not a value of the table the rule names
	// (an area code not in the province's table, a name not in the
	// dictionary).
	ErrUnknown = errors.New("unknown value")
	// ErrRange: well formed, but outside the range the rule allows (serial
	// 000000, a year before the rule existed, a count of zero).
	ErrRange = errors.New("out of range")
	// ErrArgument: the caller's arguments, not the data, are wrong: a nil
	// store, a negative count, a value of an enumeration that does not exist.
	ErrArgument = errors.New("invalid argument")
	// ErrLimit: a size limit was hit (a line or cell too long, too many rows,
	// too many decompressed bytes). The limit is named in the message with the
	// option that raises it.
	ErrLimit = errors.New("limit exceeded")
)

// Error is the one shape of every parse and validation error in skillcert. It
// says what was being read, which field of it is wrong, at which characters of
// the caller's input, what was found and what the rule wants:
//
//	certcode: certificate number "Y0001441005205000001…" (22 characters): area "10" at characters 8–9: want an area code of 广东省 (…)
//
// Pos and End count characters (runes) of the input as the caller gave it,
// starting at 1, so "Ｙ０００１…" and "Y0001…" report the same positions. Use
// errors.Is with a kind (ErrLength, ErrSyntax, ErrChecksum, ErrUnknown,
// ErrRange, ErrArgument, ErrLimit) or with a package's finer sentinel, and
// errors.As to *Error to read the fields.
type Error struct {
	Pkg   string // the package that reports it: "certcode", "region", …
	What  string // what was being read, in English: "certificate number", "credit code"
	Input string // the caller's input, unchanged (Error quotes at most a short prefix)
	Field string // the field at fault: "area", "year", "check character"; "" for the whole input
	Pos   int    // first character of the field at fault, 1-based; 0 when the whole input is at fault
	End   int    // last character of the field at fault; equal to Pos for one character
	Got   string // what was found there, as the caller wrote it (Error quotes at most a short prefix)
	Want  string // what the rule allows there, in English
	// WantZH says what the rule allows in Chinese, for Chinese; when empty,
	// Chinese falls back to Want.
	WantZH string
	Source string // the document and article the rule comes from, such as "人社鉴发〔2019〕2号 附件1 第三条"
	Kind   error  // ErrLength, ErrSyntax, ErrChecksum, ErrUnknown, ErrRange, ErrArgument or ErrLimit
	// Cause is a finer sentinel of the reporting package (certcode.ErrPlaceholder),
	// or an underlying error; nil when the Kind says it all.
	Cause error
}

// Error returns a one-line message in English (with the documents' Chinese
// terms for names and values) that quotes at most a short prefix of the input.
func (e *Error) Error() string {
	var b strings.Builder
	if e.Pkg != "" {
		b.WriteString(e.Pkg)
		b.WriteString(": ")
	}
	if e.What != "" {
		b.WriteString(e.What)
		if e.Input != "" {
			b.WriteByte(' ')
		}
	}
	if e.Input != "" {
		b.WriteString(Quote(e.Input))
	}
	if e.What != "" || e.Input != "" {
		b.WriteString(": ")
	}
	if e.Field != "" {
		b.WriteString(e.Field)
		if e.Got != "" {
			b.WriteByte(' ')
			b.WriteString(Quote(e.Got))
		}
		writePos(&b, e.Pos, e.End, " at character ", " at characters ", "–")
		b.WriteString(": ")
	} else if e.Pos > 0 {
		writePos(&b, e.Pos, e.End, "at character ", "at characters ", "–")
		b.WriteString(": ")
	}
	if e.Kind != nil {
		b.WriteString(e.Kind.Error())
	} else {
		b.WriteString("invalid")
	}
	if e.Cause != nil {
		b.WriteString(" (")
		b.WriteString(e.Cause.Error())
		b.WriteByte(')')
	}
	if e.Want != "" {
		b.WriteString("; want ")
		b.WriteString(e.Want)
	}
	if e.Source != "" {
		b.WriteString(" (")
		b.WriteString(e.Source)
		b.WriteByte(')')
	}
	return b.String()
}

// Chinese returns the same message for end users in Chinese, for example
//
//	证书编号“Y0001441005205000001…”（22个字符）第8–9位“10”：未知的值；应为广东省的地区代码（…）
//
// so that a web form can show it unchanged.
func (e *Error) Chinese() string {
	var b strings.Builder
	b.WriteString(zh(e.What))
	if e.Input != "" {
		b.WriteString("“")
		b.WriteString(quoteBody(e.Input))
		b.WriteString("”")
	}
	if n := utf8.RuneCountInString(e.Input); n > maxQuote {
		b.WriteString("（")
		b.WriteString(strconv.Itoa(n))
		b.WriteString("个字符）")
	}
	if e.Pos > 0 {
		writePos(&b, e.Pos, e.End, "第", "第", "–")
		b.WriteString("位")
	}
	if e.Field != "" {
		b.WriteString(zh(e.Field))
	}
	if e.Got != "" && e.Field != "" {
		b.WriteString("“")
		b.WriteString(quoteBody(e.Got))
		b.WriteString("”")
	}
	b.WriteString("：")
	b.WriteString(kindZH(e.Kind))
	switch {
	case e.WantZH != "":
		b.WriteString("；应为")
		b.WriteString(e.WantZH)
	case e.Want != "":
		b.WriteString("；应为 ")
		b.WriteString(e.Want)
	}
	if e.Source != "" {
		b.WriteString("（")
		b.WriteString(e.Source)
		b.WriteString("）")
	}
	return b.String()
}

// Unwrap returns the kind and, when there is one, the cause, so errors.Is
// matches either.
func (e *Error) Unwrap() []error {
	switch {
	case e.Kind == nil && e.Cause == nil:
		return nil
	case e.Cause == nil:
		return []error{e.Kind}
	case e.Kind == nil:
		return []error{e.Cause}
	}
	return []error{e.Kind, e.Cause}
}

func writePos(b *strings.Builder, pos, end int, one, many, dash string) {
	if pos <= 0 {
		return
	}
	if end > pos {
		b.WriteString(many)
		b.WriteString(strconv.Itoa(pos))
		b.WriteString(dash)
		b.WriteString(strconv.Itoa(end))
		return
	}
	b.WriteString(one)
	b.WriteString(strconv.Itoa(pos))
}

// maxQuote is how many characters of the caller's input a message quotes.
const maxQuote = 40

// Quote returns s as a Go string literal of at most 40 characters, so that no
// message grows with its input: a longer s is cut, marked with "…", and its
// length in characters follows:
//
//	Quote("Y000144001005205000001")   // "\"Y000144001005205000001\""
//	Quote(strings.Repeat("9", 5<<20)) // "\"9999…9999…\" (5242880 characters)"
func Quote(s string) string {
	n := utf8.RuneCountInString(s)
	if n <= maxQuote {
		return strconv.Quote(s)
	}
	return strconv.Quote(prefix(s, maxQuote)+"…") + " (" + strconv.Itoa(n) + " characters)"
}

// quoteBody is Quote without the Go quotes, for the Chinese rendering.
func quoteBody(s string) string {
	if utf8.RuneCountInString(s) <= maxQuote {
		return strings.ToValidUTF8(s, "\uFFFD")
	}
	return strings.ToValidUTF8(prefix(s, maxQuote), "\uFFFD") + "…"
}

// prefix returns the first n characters of s.
func prefix(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

func kindZH(k error) string {
	switch k {
	case ErrLength:
		return "长度不对"
	case ErrSyntax:
		return "格式不对"
	case ErrChecksum:
		return "校验码不符"
	case ErrUnknown:
		return "未知的值"
	case ErrRange:
		return "超出允许的范围"
	case ErrArgument:
		return "参数无效"
	case ErrLimit:
		return "超出限制"
	}
	return "无效"
}

// zh gives the Chinese term for the English names of things and fields that
// errors use; a name it does not know is returned as it is.
func zh(en string) string {
	if t, ok := terms[en]; ok {
		return t
	}
	return en
}

var terms = map[string]string{
	// What is read.
	"certificate number":       "证书编号",
	"filing number":            "机构备案号",
	"supervisor card":          "督导员证卡号",
	"credit code":              "统一社会信用代码",
	"resident ID number":       "居民身份证号码",
	"province code":            "省级行政区划代码",
	"area code":                "地区代码",
	"level":                    "职业技能等级",
	"occupation code":          "职业编码",
	"occupation":               "职业",
	"work type":                "工种",
	"date":                     "日期",
	"table":                    "表格",
	"row":                      "行",
	"special certificate":      "专项职业能力证书编号",
	"special institution code": "专项职业能力考核机构代码",
	"registry record":          "机构代码记录",
	"registry file":            "机构代码库文件",
	"holiday-cn file":          "节假日文件",
	"working days":             "工作日",
	"span":                     "日期区间",
	"calendar":                 "日历",
	"store":                    "存储",
	"profile":                  "规则集",
	"time limit":               "时限",
	"merger":                   "合并",
	"absorption":               "吸收",
	"reason":                   "作废原因",
	"major category":           "大类",
	"middle category":          "中类",
	"minor category":           "小类",
	"assessment mode":          "评价方式",
	"examiner grade":           "考评员等级",
	"count":                    "数量",
	"context":                  "上下文",
	"database":                 "数据库",
	"standards table":          "国家职业技能标准表",
	"event":                    "事件",
	"activity":                 "活动类别",
	"rating":                   "质量等级",
	"institution record":       "机构备案记录",
	"database record":          "数据库记录",
	"institution kind":         "机构类别",
	"event kind":               "事件类别",
	"levels":                   "等级范围",
	"registry":                 "机构备案库",
	"file store":               "文件存储",
	"SQL store":                "数据库存储",
	"file":                     "文件",
	"sheet":                    "工作表",
	"coding rule":              "编码规则",
	"database value":           "数据库值",
	"专项 certificate number":    "专项职业能力证书编号",
	"key":                      "编号键",
	// Fields.
	"issue date":        "发证日期",
	"organisation code": "组织机构代码",
	"card class":        "督导员类别",
	"scheme":            "编码规则",
	"part":              "部分",
	"category":          "类别",
	"institution":       "机构代码",
	"province":          "省份代码",
	"area":              "地区代码",
	"site":              "机构序号",
	"unit kind":         "单位类别",
	"sequence":          "顺序号",
	"year":              "年份",
	"serial":            "流水号",
	"issuer":            "发证单位",
	"check character":   "校验码",
	"birth date":        "出生日期",
	"registration":      "登记管理部门代码",
	"organisation":      "机构类别代码",
	"character":         "字符",
	"length":            "长度",
}
