package filing

import (
	"slices"
	"strconv"
	"time"

	"github.com/skillcert/skillcert"
)

// Action is what a supervising department does to an institution.
type Action uint8

// The actions, lightest first.
const (
	// WarnAndSuspend: a warning with a deadline to correct, assessments
	// suspended until then (予以警告，限期整改，并在限期整改期间暂停其评价活动).
	WarnAndSuspend Action = iota + 1
	// Restrict: the scale of assessment limited and correction ordered
	// (限制其考核鉴定规模，责令限期整改).
	Restrict
	// Terminate: the filing terminated (终止备案).
	Terminate
	// Cancel: the filing cancelled (取消备案).
	Cancel
)

// String returns "warn-and-suspend", "restrict", "terminate" or "cancel";
// another value prints as "Action(9)".
func (a Action) String() string {
	if a < WarnAndSuspend || a > Cancel {
		return "Action(" + strconv.Itoa(int(a)) + ")"
	}
	return [...]string{"", "warn-and-suspend", "restrict", "terminate", "cancel"}[a]
}

// Chinese returns the action as the documents word it, such as "终止备案".
func (a Action) Chinese() string {
	if a < WarnAndSuspend || a > Cancel {
		return a.String()
	}
	return [...]string{"", "警告、限期整改并暂停评价活动", "限制考核鉴定规模、责令限期整改", "终止备案", "取消备案"}[a]
}

// srule is one row of the sanction table.
type srule struct {
	id, zh, en, source string
	action             Action
	appraisalOnly      bool // Henan's skill-appraisal institutions (豫人社规〔2020〕1号)
}

// sanctionRules: 人社职司便函〔2021〕57号 附件2 covers every kind of skill
// assessment (its 第二条: 职业资格评价, 等级认定, 专项职业能力考核), so it
// applies to every activity under every profile; 豫人社规〔2020〕1号 adds its
// own for Henan's skill-appraisal institutions.
var sanctionRules = []srule{
	{"filing.sanction.idle-warning", "一年内无正当理由不开展评价活动", "a year without assessment and without good reason",
		"人社职司便函〔2021〕57号 附件2 第十三条（三）", WarnAndSuspend, false}, // 003 L1731
	{"filing.sanction.violation-warning", "有第十三条所列违规行为", "an offence listed in article 13",
		"人社职司便函〔2021〕57号 附件2 第十三条", WarnAndSuspend, false}, // 003 L1724–1738
	{"filing.sanction.idle-termination", "一年（含）以上不开展评价工作", "a year or more without assessment",
		"人社职司便函〔2021〕57号 附件2 第十四条（七）", Terminate, false}, // 003 L1751
	{"filing.sanction.repeat-termination", "已被警告，整改后再次违反第十三条规定", "an article-13 offence again after a warning",
		"人社职司便函〔2021〕57号 附件2 第十四条（六）", Terminate, false}, // 003 L1750
	{"filing.sanction.cases-cancellation", "出现第三十四条情形 3 次以上", "3 or more cases of article 34 (results not recognised)",
		"豫人社规〔2020〕1号 第三十五条（七）", Cancel, true}, // 003 L3905
	{"filing.sanction.idle-cancellation", "连续 2 年不开展职业技能考核鉴定工作", "2 years in a row without assessment",
		"豫人社规〔2020〕1号 第三十五条（八）", Cancel, true}, // 003 L3907
	{"filing.sanction.rating-cancellation", "质量等级评定为不合格", "rated 不合格 (failed)",
		"豫人社规〔2020〕1号 第三十一条", Cancel, true}, // 003 L3878–3880
	{"filing.sanction.rating-restriction", "质量等级评定为基本合格", "rated 基本合格 (basic pass)",
		"豫人社规〔2020〕1号 第三十一条", Restrict, true}, // 003 L3878
}

func (r *srule) applies(p Profile, a Activity) bool {
	return !r.appraisalOnly || (p == Henan && a == Appraisal)
}

// SanctionRules lists the sanction rules Sanctions applies to an institution
// doing activity a under profile p. Message and English describe the
// trigger; Severity is the severity of the finding.
func SanctionRules(p Profile, a Activity) []Rule {
	if p == 0 || p >= numProfiles || a == 0 || a >= numActivities {
		return nil
	}
	var out []Rule
	for i := range sanctionRules {
		r := &sanctionRules[i]
		if r.applies(p, a) {
			out = append(out, Rule{ID: r.id, Message: r.zh + "：" + r.action.Chinese(), English: r.en + ": " + r.action.String(), Source: r.source, Severity: sanctionSeverity(r.action)})
		}
	}
	return out
}

func sanctionSeverity(a Action) skillcert.Severity {
	if a == Restrict {
		return skillcert.SeverityWarning
	}
	return skillcert.SeverityError
}

// Sanction is one action due against an institution.
type Sanction struct {
	Rule   string // the sanction rule, such as "filing.sanction.idle-termination"
	Action Action
	// From is the first day the action is due.
	From time.Time
	// Since is the day of the event it rests on: the last assessment (or the
	// filing) before an idle period, the offence, the rating.
	Since time.Time
	// Event is the index in the caller's events of the event Since comes
	// from.
	Event int
	// Taken is, for WarnAndSuspend, the day of the first Warned event on or
	// after From; zero when no warning is recorded. Other actions have no
	// event of their own and stay zero.
	Taken  time.Time
	Source string // the document and article
}

// Status works out, from an institution's dated events, which sanctions are
// due as of the day asOf and from when (events after asOf are left out):
//
//   - a full year with no assessment after the filing or the last one,
//     outside periods the department Excused: warning and suspension from
//     the day after that year (filing.sanction.idle-warning);
//   - a full year with no assessment, excused or not: termination from the
//     same day (filing.sanction.idle-termination; the article has no "without good
//     reason");
//   - each Violation: warning and suspension from its day
//     (filing.sanction.violation-warning);
//   - the first article-13 offence (a Violation or an idle-warning year)
//     dated after a Warned event: termination (filing.sanction.repeat-termination);
//
// and for Henan's skill-appraisal institutions (p Henan, a Appraisal):
//
//   - the third Case34: cancellation from its day (filing.sanction.cases-cancellation);
//   - two full years with no assessment: cancellation from the day after
//     (filing.sanction.idle-cancellation);
//   - a Rated event of RatingFail: cancellation from its day
//     (filing.sanction.rating-cancellation); of RatingBasic: restriction
//     (filing.sanction.rating-restriction).
//
// A year runs from the day after the last assessment to the same date a year
// later (time.Time.AddDate): an assessment on 1 March 2025 and none until 1
// March 2026 inclusive makes a sanction due from 2 March 2026. The idle time
// counts from the first Filed event, which events must hold. The result is
// in order of From. An unknown profile, activity or event kind, a zero date,
// an Excused period ending before it starts or a Rated event without a
// rating is an error wrapping skillcert.ErrArgument.
func Status(p Profile, a Activity, events []Event, asOf time.Time) ([]Sanction, error) {
	if err := checkEvents(p, a, events, asOf); err != nil {
		return nil, err
	}
	asOf = civil(asOf)
	type ev struct {
		Event
		i int
	}
	var evs []ev
	for i, e := range events {
		e.Date, e.Until = civil(e.Date), civil(e.Until)
		if !e.Date.After(asOf) {
			evs = append(evs, ev{e, i})
		}
	}
	slices.SortStableFunc(evs, func(x, y ev) int { return x.Date.Compare(y.Date) })
	filed := slices.IndexFunc(evs, func(e ev) bool { return e.Kind == Filed })
	if filed < 0 {
		return nil, &skillcert.Error{Pkg: "filing", What: "event", Field: "events", Input: strconv.Itoa(len(events)) + " events", Kind: skillcert.ErrArgument,
			Want: "a Filed event on or before asOf: idle time counts from the filing"}
	}
	var out []Sanction
	add := func(id string, from time.Time, e ev) {
		r := &sanctionRules[slices.IndexFunc(sanctionRules, func(r srule) bool { return r.id == id })]
		if !r.applies(p, a) {
			return
		}
		s := Sanction{Rule: id, Action: r.action, From: from, Since: e.Date, Event: e.i, Source: r.source}
		if r.action == WarnAndSuspend {
			for _, w := range evs {
				if w.Kind == Warned && !w.Date.Before(from) {
					s.Taken = w.Date
					break
				}
			}
		}
		out = append(out, s)
	}

	// idle returns, for each gap of more than years with no activity after
	// the filing, the event that opened it and the day the sanction is due.
	type gap struct {
		from time.Time
		e    ev
	}
	idle := func(years int, excused bool) []gap {
		last := evs[filed]
		end := last.Date
		var gaps []gap
		for _, e := range evs {
			var s, t time.Time
			switch {
			case e.Kind == Assessed:
				s, t = e.Date, e.Date
			case e.Kind == Excused && excused:
				s, t = e.Date, e.Until
			default:
				continue
			}
			if !t.After(evs[filed].Date) {
				continue // before the filing
			}
			if limit := end.AddDate(years, 0, 0); s.After(limit) {
				gaps = append(gaps, gap{limit.AddDate(0, 0, 1), last})
			}
			if t.After(end) {
				end, last = t, e
			}
		}
		if limit := end.AddDate(years, 0, 0); asOf.After(limit) {
			gaps = append(gaps, gap{limit.AddDate(0, 0, 1), last})
		}
		return gaps
	}

	// Article-13 offences, in date order, for the repeat rule.
	type offence struct {
		day time.Time
		e   ev
	}
	var offences []offence
	for _, g := range idle(1, true) {
		add("filing.sanction.idle-warning", g.from, g.e)
		offences = append(offences, offence{g.from, g.e})
	}
	for _, g := range idle(1, false) {
		add("filing.sanction.idle-termination", g.from, g.e)
	}
	cases := 0
	for _, e := range evs {
		switch e.Kind {
		case Violation:
			add("filing.sanction.violation-warning", e.Date, e)
			offences = append(offences, offence{e.Date, e})
		case Case34:
			if cases++; cases == 3 {
				add("filing.sanction.cases-cancellation", e.Date, e)
			}
		case Rated:
			switch e.Rating {
			case RatingFail:
				add("filing.sanction.rating-cancellation", e.Date, e)
			case RatingBasic:
				add("filing.sanction.rating-restriction", e.Date, e)
			}
		}
	}
	if w := slices.IndexFunc(evs, func(e ev) bool { return e.Kind == Warned }); w >= 0 {
		slices.SortStableFunc(offences, func(x, y offence) int { return x.day.Compare(y.day) })
		for _, o := range offences {
			if o.day.After(evs[w].Date) {
				add("filing.sanction.repeat-termination", o.day, o.e)
				break
			}
		}
	}
	if gs := idle(2, false); len(gs) > 0 {
		add("filing.sanction.idle-cancellation", gs[0].from, gs[0].e)
	}
	slices.SortStableFunc(out, func(x, y Sanction) int { return x.From.Compare(y.From) })
	return out, nil
}

// Sanctions reports Status as findings: one per sanction due and not yet
// taken (a warning with a Warned event on or after its From is taken), with
// the rule, the event it rests on (Field "events[3]"), the day it is due from
// (Value) and the article it rests on. Its errors are those of Status.
func Sanctions(p Profile, a Activity, events []Event, asOf time.Time) ([]skillcert.Finding, error) {
	ss, err := Status(p, a, events, asOf)
	if err != nil {
		return nil, err
	}
	var fs []skillcert.Finding
	for _, s := range ss {
		if !s.Taken.IsZero() {
			continue
		}
		r := &sanctionRules[slices.IndexFunc(sanctionRules, func(r srule) bool { return r.id == s.Rule })]
		fs = append(fs, skillcert.Finding{Rule: s.Rule, Severity: sanctionSeverity(s.Action), Field: "events[" + strconv.Itoa(s.Event) + "]", Value: date(s.From),
			Message: r.zh + "（" + date(s.Since) + "）：自 " + date(s.From) + " 起应" + s.Action.Chinese(),
			English: r.en + " (" + date(s.Since) + "): " + s.Action.String() + " due from " + date(s.From),
			Source:  s.Source})
	}
	return fs, nil
}
