package certificate

import "strings"

// IDType is a kind of identity document (证件类型) with its code in the table
// of 皖人社秘〔2020〕65号 附件5 注2, the only document of this field that lists
// codes.
type IDType struct {
	Code string // "201"
	Name string // "居民身份证"
}

// Resident reports whether t is the resident identity card (201 居民身份证),
// whose number GB 11643-1999 defines.
func (t IDType) Resident() bool { return t.Code == "201" }

// 004 L580: 证件类型为：201=居民身份证；227=中国护照；210=港澳居民来往内地通行证；
// 237=港澳居民居住证；213=台湾居民来往大陆通行证；238=台湾居民居住证；208=外国护照；
// 233=外国人永久居留身份证；239=《中华人民共和国外国人工作许可证》（A类）、
// 240=…（B类）、241=…（C类）；299=其他个人证件。
var idTypes = [...]IDType{
	{"201", "居民身份证"},
	{"227", "中国护照"},
	{"210", "港澳居民来往内地通行证"},
	{"237", "港澳居民居住证"},
	{"213", "台湾居民来往大陆通行证"},
	{"238", "台湾居民居住证"},
	{"208", "外国护照"},
	{"233", "外国人永久居留身份证"},
	{"239", "《中华人民共和国外国人工作许可证》（A类）"},
	{"240", "《中华人民共和国外国人工作许可证》（B类）"},
	{"241", "《中华人民共和国外国人工作许可证》（C类）"},
	{"299", "其他个人证件"},
}

// IDTypes lists the kinds of identity document of 皖人社秘〔2020〕65号 附件5
// 注2 in the table's order.
func IDTypes() []IDType { return append([]IDType(nil), idTypes[:]...) }

// LookupIDType finds the kind of identity document s names: its code
// ("201"), its name as the table prints it ("居民身份证"), or the short forms
// certificates print, "身份证" for the resident identity card and the work
// permit's name without the book-title marks. Surrounding spaces are
// ignored; nothing else is guessed.
func LookupIDType(s string) (IDType, bool) {
	s = strings.TrimSpace(s)
	if s == "身份证" || s == "中华人民共和国居民身份证" {
		return idTypes[0], true
	}
	for _, t := range idTypes {
		if s == t.Code || s == t.Name {
			return t, true
		}
		if strings.HasPrefix(t.Name, "《") {
			// "中华人民共和国外国人工作许可证（A类）"
			if i := strings.Index(t.Name, "》"); i > 0 {
				inner, rest := t.Name[len("《"):i], t.Name[i+len("》"):]
				if strings.HasPrefix(s, inner) && s[len(inner):] == rest {
					return t, true
				}
			}
		}
	}
	return IDType{}, false
}
