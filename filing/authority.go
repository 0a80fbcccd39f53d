package filing

import (
	"slices"
	"strconv"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/calendar"
)

// authorityLimits are the time limits on the department that handles a
// filing, by profile; nationalAuthority applies under every profile unless
// the province sets its own limit of the same ID (Anhui's acceptance
// feedback).
var nationalAuthority = []Limit{
	lim("filing.authority.acceptance", "在10个工作日内通知其是否受理", "tell the applicant within 10 working days whether its filing is accepted", Within, 10, WorkingDays,
		"人社鉴发〔2019〕3号 一 2、二 2；人社职司便函〔2021〕57号 附件1 一（十）2", ByAuthority), // 003 L2675, L2697, L1483–1485
	lim("filing.authority.branch-evaluation", "收到试点分支机构备案申请15个工作日内完成技术评估", "finish the technical evaluation of a pilot branch within 15 working days of its application", Within, 15, WorkingDays,
		"中就培函〔2020〕54号 四；中就培函〔2021〕61号", ByAuthority), // 003 L2431, L2463
}

var authorityLimits = map[Profile][]Limit{
	Anhui: {
		lim("filing.authority.acceptance", "收到材料后10个工作日内反馈受理意见", "answer within 10 working days of receiving the materials whether the filing is accepted", Within, 10, WorkingDays, "皖人社秘〔2020〕65号 三（一）", ByAuthority), // 004 L25
		lim("filing.authority.publicity", "对符合条件的评价组织进行公示，公示时间不少于5个工作日", "publish the organisations found eligible for at least 5 working days", MinPeriod, 5, WorkingDays, "皖人社秘〔2020〕65号 三（二）", ByAuthority),          // 004 L26
	},
	Henan: {
		lim("filing.authority.filing", "受理后5个工作日内完成备案", "complete the filing within 5 working days after acceptance", Within, 5, WorkingDays, "豫人社办〔2020〕19号 四（二）", ByAuthority),                                                                                          // 003 L3249
		lim("filing.authority.school-review", "自收到正式备案申请之日起5个工作日内完成考核评估、信息上传等审核前工作", "finish the evaluation and upload within 5 working days of a technical school's formal application", Within, 5, WorkingDays, "豫人社办函〔2021〕155号 三（二）", ByAuthority, SchoolRecognition), // 003 L3738
		lim("filing.authority.filing", "受理后5个工作日内完成备案，赋予机构代码并出具备案回执", "complete the filing, assign the code and issue the receipt within 5 working days after acceptance", Within, 5, WorkingDays, "豫人社规〔2020〕1号 第九条", ByAuthority, Appraisal),                            // 003 L3810
	},
}

// AuthorityLimits returns the time limits on the department that handles the
// filing of an institution doing activity a under profile p: the national
// ones (acceptance notice, evaluation of pilot branches) for Recognition in
// every profile, unless the province sets its own for the same step, and the
// province's own. The slice is a fresh copy; each Limit's Party is
// ByAuthority. Check them on dated filing events with AuthorityDeadlines.
func AuthorityLimits(p Profile, a Activity) []Limit {
	var out []Limit
	for _, l := range authorityLimits[p] {
		if l.Activity == a {
			out = append(out, l)
		}
	}
	if p > 0 && p < numProfiles {
		for _, l := range nationalAuthority {
			if l.Activity == a && !slices.ContainsFunc(out, func(o Limit) bool { return o.ID == l.ID }) {
				out = append(out, l)
			}
		}
	}
	return out
}

// EventKind is what happened on an Event's date.
type EventKind uint8

// The event kinds. The first group dates the steps of a filing, for
// AuthorityDeadlines; the second an institution's conduct, for Sanctions.
// Filed serves both: the filing is complete, and the institution's idle
// time counts from it.
const (
	Received         EventKind = iota + 1 // the filing application or its materials reached the department (收到备案申请)
	AcceptanceNotice                      // the department told the applicant whether it accepts (通知是否受理、反馈受理意见)
	Accepted                              // the department accepted the application (受理)
	Filed                                 // the filing is complete: code assigned, receipt issued (完成备案、出具备案回执)
	Reviewed                              // a technical school's application reviewed and uploaded (完成考核评估、信息上传等审核前工作)
	Evaluated                             // a pilot branch's technical evaluation finished (完成技术评估)
	BranchReceived                        // a pilot branch's filing application reached the department (收到试点分支机构备案申请)
	PublicityStart                        // the department's publicity of eligible organisations began (公示开始)
	PublicityEnd                          // … and ended, its last day (公示结束)
	Assessed                              // the institution held an assessment (开展评价活动、考核鉴定)
	Excused                               // the department accepted a good reason for not assessing, from Date to Until (正当理由)
	Violation                             // the department found an offence listed in 人社职司便函〔2021〕57号 附件2 第十三条
	Warned                                // the department warned the institution (警告，限期整改)
	Case34                                // a case of 豫人社规〔2020〕1号 第三十四条 (results not recognised)
	Rated                                 // the annual rating of a skill-appraisal institution (质量等级评定), in Rating
	numEventKinds
)

var eventKindNames = [numEventKinds]string{"", "received", "acceptance-notice", "accepted", "filed", "reviewed", "evaluated", "branch-received",
	"publicity-start", "publicity-end", "assessed", "excused", "violation", "warned", "case34", "rated"}

// String returns the kind's name, such as "acceptance-notice"; another value
// prints as "EventKind(99)".
func (k EventKind) String() string {
	if k == 0 || k >= numEventKinds {
		return "EventKind(" + strconv.Itoa(int(k)) + ")"
	}
	return eventKindNames[k]
}

// Rating is the grade a skill-appraisal institution is given
// (豫人社规〔2020〕1号 第三十条).
type Rating uint8

// The ratings, best first.
const (
	RatingExcellent Rating = iota + 1 // 优秀
	RatingGood                        // 良好
	RatingBasic                       // 基本合格: scale limited, correction ordered
	RatingFail                        // 不合格: filing cancelled
)

// String returns the rating's Chinese name (优秀, 良好, 基本合格, 不合格);
// another value prints as "Rating(9)".
func (r Rating) String() string {
	if r < RatingExcellent || r > RatingFail {
		return "Rating(" + strconv.Itoa(int(r)) + ")"
	}
	return [...]string{"", "优秀", "良好", "基本合格", "不合格"}[r]
}

// Event is one dated fact about a filing or an institution.
type Event struct {
	Kind EventKind
	Date time.Time // the day it happened; only its year, month and day count
	// Until is the last day of an Excused period; unused otherwise.
	Until time.Time
	// Rating is the grade of a Rated event; unused otherwise.
	Rating Rating
}

// authoritySteps says which events start and end each authority limit.
var authoritySteps = map[string][2]EventKind{
	"filing.authority.acceptance":        {Received, AcceptanceNotice},
	"filing.authority.branch-evaluation": {BranchReceived, Evaluated},
	"filing.authority.publicity":         {PublicityStart, PublicityEnd},
	"filing.authority.filing":            {Accepted, Filed},
	"filing.authority.school-review":     {Received, Reviewed},
}

// Deadline is one authority limit applied to one filing: when it started,
// when it is due, and when it was met.
type Deadline struct {
	Limit Limit
	Start time.Time // the day of the event that starts it (Received, Accepted, BranchReceived, PublicityStart)
	// Due is the last day to act (Within) or the first day the period may
	// end (MinPeriod), from Limit.Due.
	Due time.Time
	// Done is the day of the event that meets it; zero while it is open.
	Done time.Time
}

// AuthorityDeadlines applies AuthorityLimits(p, a) to the dated events of
// one filing and reports, as of the day asOf, every deadline with its due
// date, and an error finding for each one broken: met too late (or a
// publicity ended too early), or still open after its due date. A limit is
// started by each of its start events and met by the first end event on or
// after it (see the EventKind constants); events after asOf are not yet
// known and are left out. Events of the conduct kinds (Assessed …) are
// ignored here.
//
// An event with a zero Date or an unknown Kind, a zero asOf, a nil cal or a
// date in a year cal does not know is an error.
func AuthorityDeadlines(p Profile, a Activity, cal calendar.Calendar, events []Event, asOf time.Time) ([]Deadline, []skillcert.Finding, error) {
	if err := checkEvents(p, a, events, asOf); err != nil {
		return nil, nil, err
	}
	asOf = civil(asOf)
	evs := sortedEvents(events, asOf)
	var out []Deadline
	var fs []skillcert.Finding
	for _, l := range AuthorityLimits(p, a) {
		step := authoritySteps[l.ID]
		for _, s := range evs {
			if s.Kind != step[0] {
				continue
			}
			due, err := l.Due(cal, s.Date)
			if err != nil {
				return nil, nil, err
			}
			d := Deadline{Limit: l, Start: s.Date, Due: due}
			for _, e := range evs {
				if e.Kind == step[1] && !e.Date.Before(s.Date) {
					d.Done = e.Date
					break
				}
			}
			out = append(out, d)
			switch {
			case !d.Done.IsZero():
				f, err := l.Check(cal, d.Start, d.Done)
				if err != nil {
					return nil, nil, err
				}
				fs = append(fs, f...)
			case l.Kind == Within && asOf.After(due):
				fs = append(fs, skillcert.Finding{Rule: l.ID, Severity: skillcert.SeverityError, Value: date(d.Start),
					Message: l.Name + "：" + date(d.Start) + " 起" + l.count() + "内应完成（" + date(due) + " 前），截至 " + date(asOf) + " 仍未完成",
					English: l.English + ": started " + date(d.Start) + ", due by " + date(due) + ", still open on " + date(asOf),
					Source:  l.Source})
			}
		}
	}
	return out, fs, nil
}

// checkEvents validates the arguments every event function takes.
func checkEvents(p Profile, a Activity, events []Event, asOf time.Time) error {
	if p == 0 || p >= numProfiles {
		return &skillcert.Error{Pkg: "filing", What: "profile", Input: p.String(), Kind: skillcert.ErrArgument, Want: "one of the Profile constants"}
	}
	if a == 0 || a >= numActivities {
		return &skillcert.Error{Pkg: "filing", What: "activity", Input: a.String(), Kind: skillcert.ErrArgument, Want: "one of the Activity constants"}
	}
	if asOf.IsZero() {
		return &skillcert.Error{Pkg: "filing", What: "date", Field: "asOf", Input: "0001-01-01", Kind: skillcert.ErrArgument, Want: "the day to evaluate on"}
	}
	for i, e := range events {
		field := "events[" + strconv.Itoa(i) + "]"
		switch {
		case e.Kind == 0 || e.Kind >= numEventKinds:
			return &skillcert.Error{Pkg: "filing", What: "event", Field: field + ".kind", Input: e.Kind.String(), Kind: skillcert.ErrArgument, Want: "one of the EventKind constants"}
		case e.Date.IsZero():
			return &skillcert.Error{Pkg: "filing", What: "date", Field: field + ".date", Input: "0001-01-01", Kind: skillcert.ErrArgument, Want: "the day the event happened"}
		case e.Kind == Excused && civil(e.Until).Before(civil(e.Date)):
			return &skillcert.Error{Pkg: "filing", What: "date", Field: field + ".until", Input: date(civil(e.Until)), Kind: skillcert.ErrArgument, Want: "the last day of the excused period, not before " + date(civil(e.Date))}
		case e.Kind == Rated && (e.Rating < RatingExcellent || e.Rating > RatingFail):
			return &skillcert.Error{Pkg: "filing", What: "rating", Field: field + ".rating", Input: e.Rating.String(), Kind: skillcert.ErrArgument, Want: "one of the Rating constants"}
		}
	}
	return nil
}

// sortedEvents returns the events up to asOf with civil dates, by date; the
// caller's slice is not changed.
func sortedEvents(events []Event, asOf time.Time) []Event {
	out := make([]Event, 0, len(events))
	for _, e := range events {
		e.Date, e.Until = civil(e.Date), civil(e.Until)
		if !e.Date.After(asOf) {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(x, y Event) int { return x.Date.Compare(y.Date) })
	return out
}
