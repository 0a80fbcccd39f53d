// Package filing checks the filing (备案) of an evaluation institution against
// the documents' machine-checkable rules: the scope of a filing application
// under a province's rules, and the time limits an institution must meet,
// counted on the statutory working-day calendar of package calendar.
//
//	for _, f := range filing.Check(app, filing.Chongqing, filing.Options{}) {
//		fmt.Println(f.Severity, f.Rule, f.Field, f.Message, f.Source)
//	}
//	for _, l := range filing.Limits(filing.Anhui) {
//		due, err := l.Due(calendar.Default(), assessmentDate) // working days skip holidays, count 调休 weekends
//		…
//	}
//
// Findings are skillcert.Finding values: a stable rule id (Rules lists them),
// the field at fault ("scope[3].levels[1]"), a message in Chinese and English
// and the document and article the rule rests on, such as
// "豫职鉴〔2021〕1号 三（二）". A Profile selects which documents' rules apply
// and how severe they are.
//
// Institution codes are handed out by package registry; credit codes are
// read by package nationalid.
package filing
