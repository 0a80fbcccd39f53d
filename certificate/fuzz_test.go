package certificate

import (
	"testing"
	"time"
	"unicode/utf8"

	skillcert "github.com/skillcert/skillcert"
)

// FuzzCheck feeds arbitrary text to every field: Check never panics, and
// every finding is a listed rule with its severity, a source, both
// languages, a Certificate field and a short value.
func FuzzCheck(f *testing.F) {
	c := clean()
	f.Add(c.Title, c.Text, c.Institution, c.Parent, int64(0), c.IDType, c.IDNumber, c.WorkType, c.Level, c.Number, c.QueryURL, c.ProvinceURL)
	f.Add("", "中华人民共和国中国", "中国", "中", int64(-800000), "201", "1101051949123100２X", "——", "国家职业资格五级", "Y 0001 44 001005 20 5 000001", "https://JNDJ.osta.org.cn/", "http://:80")
	byID := map[string]Rule{}
	for _, r := range Rules() {
		byID[r.ID] = r
	}
	fields := map[string]bool{}
	for g := FieldTitle; g < fieldEnd; g++ {
		fields[g.GoName()] = true
	}
	f.Fuzz(func(t *testing.T, title, text, inst, parent string, days int64, idType, id, wt, lv, number, qurl, purl string) {
		c := Certificate{Title: title, Text: text, Institution: inst, Parent: parent, IDType: idType, IDNumber: id,
			WorkType: wt, Level: lv, Number: number, QueryURL: qurl, InstitutionURL: qurl, ProvinceURL: purl}
		if days != 0 {
			c.Issued = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days%200000))
		}
		for _, g := range Check(c, Options{Today: today}) {
			r, ok := byID[g.Rule]
			if !ok || g.Severity != r.Severity || g.Source == "" || g.Message == "" || g.English == "" || !fields[g.Field] {
				t.Fatalf("bad finding %#v", g)
			}
			if utf8.RuneCountInString(g.Value) > 41 {
				t.Fatalf("value not cut: %q", g.Value)
			}
			if g.Severity < skillcert.SeverityInfo {
				t.Fatalf("no severity: %v", g)
			}
		}
	})
}
