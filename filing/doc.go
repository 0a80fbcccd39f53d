// Package filing turns the machine-checkable filing (备案) rules of the
// documents into functions: scope checks of a filing application under a
// province's rules, the time limits an institution must meet on China's
// statutory working-day calendar, and a registry that hands out institution
// codes and keeps their lifecycle.
//
//	findings := filing.Check(app, filing.Chongqing, filing.Options{})
//	for _, f := range findings {
//		fmt.Println(f.Severity, f.Rule, f.Path, f.Message, f.Source)
//	}
//
//	cal := filing.DefaultCalendar()
//	for _, l := range filing.Limits(filing.Anhui) {
//		due, err := l.Due(cal, assessmentDate) // working days skip holidays and count 调休 weekends
//		...
//	}
//
//	reg, _ := filing.Open(filing.FileStore{Path: "codes.json"})
//	f, _ := reg.Assign(filing.Request{Category: 'S', Province: "34", Area: "01"}) // S000034010001
//
// Each finding names a stable rule, the path of the offending value
// ("scope[3].levels[1]"), a message in Chinese and English and the document
// line it rests on (RULES.md B). A Profile selects which rules apply and how
// severe they are; Rules lists them. The decisions it follows are
// DECISIONS.md D13 (modes and examiners), D16 (the qualification catalogue),
// D17 (working days) and D18 (code lifecycle).
package filing
