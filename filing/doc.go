// Package filing checks the filing (备案) of an evaluation institution against
// the documents' machine-checkable rules: the scope of a filing application
// under a province's rules; the time limits an institution, its supervisors
// and the filing department must meet, counted on the statutory working-day
// calendar of package calendar; and the warnings, suspensions, terminations
// and cancellations an institution's record makes due.
//
//	for _, f := range filing.Check(app, filing.Chongqing, filing.Options{}) {
//		fmt.Println(f.Severity, f.Rule, f.Field, f.Message, f.Source)
//	}
//	for _, l := range filing.Limits(filing.Anhui) {
//		due, err := l.Due(calendar.Default(), assessmentDate) // working days skip holidays, count 调休 weekends
//		…
//	}
//	// A Henan skill-appraisal institution's own limits; the department's
//	// deadlines on one filing; the sanctions its record makes due.
//	filing.LimitsFor(filing.Henan, filing.Appraisal)
//	filing.AuthorityDeadlines(filing.Henan, filing.Recognition, calendar.Default(), events, today)
//	filing.Sanctions(filing.Henan, filing.Appraisal, events, today)
//
// An Activity (Recognition, SchoolRecognition, Appraisal, SpecialAbility)
// selects, inside a profile, the document that binds the institution's kind
// of work. docs/filing-limits.md lists every limit and sanction rule.
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
