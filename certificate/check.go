package certificate

import (
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	skillcert "github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
)

// Options tunes Check.
type Options struct {
	// Today bounds dates from above: an issue date after it, or a resident
	// ID's birth date after it, is an error. skillcert never reads the
	// clock; pass time.Now() for "today". The zero Today sets no bound.
	Today time.Time
}

// Check reports what is wrong in what c says, as far as a machine can tell
// from the certificate alone, each finding citing its document and article.
// It returns nil for a certificate that breaks no rule, without allocating.
//
// The rules of 人社鉴发〔2021〕1号 apply to a certificate issued on or after
// 2021-01-05 (or without an issue date); one issued before followed the 2019
// reference style (人社鉴发〔2019〕2号 附件2), so the rules the 2021 notice
// added (forbidden words, "--" rather than "——", the level's display form)
// are not applied to it, and "——" for no work type is right for it. See
// Rules for the list and the package documentation for what each checks.
//
// Findings come in the order of the Certificate's fields. Field names the
// struct field ("WorkType"), Value holds a short prefix of the value at fault
// (for a forbidden word, the word; the message names the character where it
// first stands), Message is in Chinese and English in English.
//
// Whether the institution was filed, for that occupation and level, on that
// date, and whether its name is the filed one, needs the institution's
// records: that is verification, not Check.
func Check(c Certificate, opt Options) []skillcert.Finding {
	k := checker{since2021: c.Issued.IsZero() || !civil(c.Issued).Before(notice2021)}

	// Title (人社鉴发〔2021〕1号 二（二）).
	if t := strings.TrimSpace(c.Title); t != Title {
		if t == "" {
			k.add(&ruleTitle, "Title", c.Title, "证书名称为空，应为“"+Title+"”", "the certificate's name is empty; want "+Title)
		} else {
			k.add(&ruleTitle, "Title", c.Title, "证书名称“"+short(c.Title)+"”应统一为“"+Title+"”", "the certificate's name "+skillcert.Quote(c.Title)+" is not "+Title)
		}
	}

	// Fixed wording (五（二）), not the names printed in it.
	if k.since2021 {
		k.forbiddenWords("Text", "证书文字", "the certificate's wording", c.Text, c.Institution, c.Parent)
	}

	k.required("Institution", "评价机构名称", "the institution's name", c.Institution)

	// Issue date.
	if c.Issued.IsZero() {
		k.add(&ruleDate, "Issued", "", "发证日期为空", "the issue date is missing")
	} else {
		d := civil(c.Issued)
		switch {
		case d.Before(notice2019):
			ds := d.Format(time.DateOnly)
			k.add(&ruleDate, "Issued", ds, "发证日期"+ds+"早于人社鉴发〔2019〕2号印发之日（2019-04-19），其时尚无职业技能等级证书",
				"the issue date "+ds+" is before 人社鉴发〔2019〕2号 (2019-04-19), which set up this certificate")
		case !opt.Today.IsZero() && d.After(civil(opt.Today)):
			ds := d.Format(time.DateOnly)
			k.add(&ruleDate, "Issued", ds, "发证日期"+ds+"晚于今天（"+civil(opt.Today).Format(time.DateOnly)+"）",
				"the issue date "+ds+" is after today ("+civil(opt.Today).Format(time.DateOnly)+")")
		}
	}

	k.required("Name", "姓名", "the holder's name", c.Name)

	// Identity document.
	var idt IDType
	idKnown := false
	if strings.TrimSpace(c.IDType) == "" {
		k.required("IDType", "证件类型", "the ID type", c.IDType)
	} else if idt, idKnown = LookupIDType(c.IDType); !idKnown {
		k.add(&ruleIDType, "IDType", c.IDType, "证件类型“"+short(c.IDType)+"”不是所列证件类型（201 居民身份证……299 其他个人证件）",
			"the ID type "+skillcert.Quote(c.IDType)+" is not a listed kind of identity document (201 居民身份证 … 299 其他个人证件)")
	}
	if strings.TrimSpace(c.IDNumber) == "" {
		k.required("IDNumber", "证件号码", "the ID number", c.IDNumber)
	} else if idKnown && idt.Resident() {
		if zh, en, ok := residentID(c.IDNumber, opt.Today); !ok {
			k.add(&ruleIDNumber, "IDNumber", c.IDNumber, zh, en)
		}
	}

	k.required("Occupation", "职业名称", "the occupation", c.Occupation)

	// Work type (三（一）; 2019: 附件2 注3).
	switch wt := strings.TrimSpace(c.WorkType); {
	case wt == NoWorkType || wt == "－－":
	case wt == NoWorkType2019:
		if k.since2021 {
			k.add(&ruleWorkTypeDash, "WorkType", c.WorkType, "“——”是2019年样式，无工种/职业方向时应填写“--”",
				`"——" is the 2019 style; write "--" when there is no work type`)
		}
	case wt == "":
		k.add(&ruleWorkTypeEmpty, "WorkType", c.WorkType, "工种/职业方向为空；没有工种/职业方向时应填写“"+k.none()+"”，不得为空",
			"the work type is empty; write "+strconv.Quote(k.none())+" when there is none")
	case noneMarker(wt):
		k.add(&ruleWorkTypeEmpty, "WorkType", c.WorkType, "工种/职业方向“"+short(c.WorkType)+"”不是工种名称；没有工种/职业方向时应填写“"+k.none()+"”",
			"the work type "+skillcert.Quote(c.WorkType)+" is no work type; write "+strconv.Quote(k.none())+" when there is none")
	}

	// Level (三（一）).
	lv, lvOK := level.Level(0), false
	if strings.TrimSpace(c.Level) == "" {
		k.required("Level", "职业技能等级", "the level", c.Level)
	} else if l, err := level.Parse(c.Level); err != nil {
		k.add(&ruleLevel, "Level", c.Level, "职业技能等级“"+short(c.Level)+"”不是五个等级之一（如“一级/高级技师”）",
			"the level "+skillcert.Quote(c.Level)+" is not a skill level (want a form like 一级/高级技师)")
	} else {
		lv, lvOK = l, true
		if k.since2021 {
			k.forbiddenWords("Level", "职业技能等级", "the level", c.Level, "", "")
			if !displayForm(c.Level, l.String()) {
				k.add(&ruleLevelForm, "Level", c.Level, "职业技能等级“"+short(c.Level)+"”应写作“"+l.String()+"”（中文数字+级/等级名称）",
					"the level "+skillcert.Quote(c.Level)+" is written "+l.String()+" on a certificate (grade/title)")
			}
		}
	}

	// Number, and its agreement with the level and the date.
	k.number(c, lv, lvOK)

	// Query addresses (二（一）).
	k.queryURL("QueryURL", "证书信息查询网址", "the certificate query address", c.QueryURL, CertificateQueryURL, "jndj.osta.org.cn", "")
	k.queryURL("InstitutionURL", "机构信息查询网址", "the institution query address", c.InstitutionURL, InstitutionQueryURL, "pjgg.osta.org.cn", "pjjg.osta.org.cn")
	if c.ProvinceURL != "" && !httpURL(c.ProvinceURL) {
		k.add(&ruleQueryURL, "ProvinceURL", c.ProvinceURL, "省级证书查询网址“"+short(c.ProvinceURL)+"”不是http或https网址",
			"the provincial query address "+skillcert.Quote(c.ProvinceURL)+" is not an http or https address")
	}
	return k.out
}

// number checks the certificate number, and its agreement with the written
// level (lv, when lvOK) and the issue year, under the rules
// certificate.number, certificate.number.level and certificate.number.year.
// It returns the parsed number and whether it parsed. Check and Verify share
// it.
func (k *checker) number(c Certificate, lv level.Level, lvOK bool) (certcode.Code, bool) {
	if strings.TrimSpace(c.Number) == "" {
		k.required("Number", "证书编号", "the certificate number", c.Number)
		return certcode.Code{}, false
	}
	code, err := certcode.Parse(c.Number)
	if err != nil {
		src := ruleNumber.Source
		var se *skillcert.Error
		if errors.As(err, &se) && se.Source != "" {
			src = se.Source
		}
		zh := "证书编号有误：" + err.Error()
		if ch, ok := err.(interface{ Chinese() string }); ok {
			zh = ch.Chinese()
		}
		k.addSource(&ruleNumber, src, "Number", c.Number, zh, err.Error())
		return certcode.Code{}, false
	}
	if lvOK && code.Level() != lv {
		k.add(&ruleNumberLevel, "Number", c.Number,
			"证书编号第16位为"+string(code.Level().Digit())+"（"+code.Level().String()+"），与所填职业技能等级“"+short(c.Level)+"”（"+string(lv.Digit())+"）不一致",
			"the number's level digit (position 16) is "+string(code.Level().Digit())+" ("+code.Level().String()+"), the written level "+skillcert.Quote(c.Level)+" is "+string(lv.Digit()))
	}
	if !c.Issued.IsZero() && code.Year() != c.Issued.Year() {
		k.add(&ruleNumberYear, "Number", c.Number,
			"证书编号第14–15位年份为"+strconv.Itoa(code.Year())+"，与发证日期的年份"+strconv.Itoa(c.Issued.Year())+"不一致",
			"the number's year (positions 14–15) is "+strconv.Itoa(code.Year())+", the issue date's year is "+strconv.Itoa(c.Issued.Year()))
	}
	return code, true
}

// checker gathers the findings of one Check.
type checker struct {
	since2021 bool
	out       []skillcert.Finding
}

func (k *checker) add(r *Rule, field, value, zh, en string) {
	src := r.Source
	if !k.since2021 {
		src = r.Source2019
	}
	k.addSource(r, src, field, value, zh, en)
}

func (k *checker) addSource(r *Rule, src, field, value, zh, en string) {
	k.out = append(k.out, skillcert.Finding{Rule: r.ID, Severity: r.Severity, Field: field,
		Value: short(value), Message: zh, English: en, Source: src})
}

func (k *checker) required(field, zh, en, value string) {
	if strings.TrimSpace(value) == "" {
		k.add(&ruleRequired, field, value, zh+"为空，证书应载明"+zh, en+" is empty; a certificate shows it")
	}
}

// none is what the rules in force write for no work type.
func (k *checker) none() string {
	if k.since2021 {
		return NoWorkType
	}
	return NoWorkType2019
}

// forbiddenWords reports each forbidden word in text once, at its first
// place, leaving out the names a and b wherever they stand in text.
func (k *checker) forbiddenWords(field, zh, en, text, a, b string) {
	if len(a) < len(b) {
		a, b = b, a // the longer name first, so that it is skipped whole
	}
	var seen uint16
	pos := 0
	for i := 0; i < len(text); {
		pos++
		if a != "" && strings.HasPrefix(text[i:], a) {
			i += len(a)
			pos += utf8.RuneCountInString(a) - 1
			continue
		}
		if b != "" && strings.HasPrefix(text[i:], b) {
			i += len(b)
			pos += utf8.RuneCountInString(b) - 1
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		matched := false
		for w, word := range forbidden {
			if !startsWith(word, r) {
				continue
			}
			if strings.HasPrefix(text[i:], word) {
				if seen&(1<<w) == 0 {
					seen |= 1 << w
					p := strconv.Itoa(pos)
					k.add(&ruleForbidden, field, word, zh+"第"+p+"个字符起使用了禁用字样“"+word+"”",
						en+" uses the forbidden word "+word+" at character "+p)
				}
				i += len(word)
				pos += utf8.RuneCountInString(word) - 1
				matched = true
				break
			}
		}
		if !matched {
			i += size
		}
	}
}

// startsWith reports whether word begins with r.
func startsWith(word string, r rune) bool {
	f, _ := utf8.DecodeRuneInString(word)
	return f == r
}

// queryURL checks a national query address: its host is want (or alt, the
// sample's spelling), with or without the scheme and a closing slash.
func (k *checker) queryURL(field, zh, en, got, printed, want, alt string) {
	h := strings.TrimSpace(got)
	if len(h) >= 8 && strings.EqualFold(h[:8], "https://") {
		h = h[8:]
	} else if len(h) >= 7 && strings.EqualFold(h[:7], "http://") {
		h = h[7:]
	}
	h = strings.TrimSuffix(h, "/")
	if strings.EqualFold(h, want) || (alt != "" && strings.EqualFold(h, alt)) {
		return
	}
	if strings.TrimSpace(got) == "" {
		k.add(&ruleQueryURL, field, got, zh+"为空，应为"+printed, en+" is missing; want "+printed)
		return
	}
	k.add(&ruleQueryURL, field, got, zh+"“"+short(got)+"”应为"+printed, en+" "+skillcert.Quote(got)+" is not "+printed)
}

// httpURL reports whether s is an absolute http or https address with a
// host name of letters, digits, hyphens and at least one dot (an optional
// port after it), and no spaces.
func httpURL(s string) bool {
	s = strings.TrimSpace(s)
	switch {
	case len(s) >= 8 && strings.EqualFold(s[:8], "https://"):
		s = s[8:]
	case len(s) >= 7 && strings.EqualFold(s[:7], "http://"):
		s = s[7:]
	default:
		return false
	}
	host := s
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		host = s[:i]
	}
	if i := strings.IndexByte(host, ':'); i >= 0 {
		port := host[i+1:]
		if port == "" || strings.Trim(port, "0123456789") != "" {
			return false
		}
		host = host[:i]
	}
	if host == "" || host[0] == '.' || host[len(host)-1] == '.' || !strings.Contains(host, ".") {
		return false
	}
	for i := 0; i < len(host); i++ {
		c := host[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.') {
			return false
		}
	}
	return !strings.ContainsFunc(s, unicode.IsSpace)
}

// noneMarker reports whether wt is one of the ways people write "none" that
// is neither rule's form: other dashes, slashes, 无.
func noneMarker(wt string) bool {
	switch wt {
	case "无", "空", "/", "／", "\\", "N/A", "n/a", "NA", "null", "NULL":
		return true
	}
	for _, r := range wt {
		switch r {
		case '-', '－', '—', '–', '―', '─', '━', '_', '＿':
		default:
			return false
		}
	}
	return true
}

// displayForm reports whether s is want ("五级/初级工") with spaces around
// or inside it and the slash written full width or not.
func displayForm(s, want string) bool {
	j := 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		if r == '／' {
			r = '/'
		}
		w, size := utf8.DecodeRuneInString(want[j:])
		if size == 0 || r != w {
			return false
		}
		j += size
	}
	return j == len(want)
}

// civil returns t's calendar date in its own location, at midnight UTC.
func civil(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// short cuts s to a short prefix for Finding.Value.
func short(s string) string {
	const maxRunes = 40
	n := 0
	for i := range s {
		if n == maxRunes {
			return s[:i] + "…"
		}
		n++
	}
	return s
}
