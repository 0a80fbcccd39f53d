package filing_test

import (
	"fmt"
	"time"

	"github.com/skillcert/skillcert/calendar"
	"github.com/skillcert/skillcert/filing"
)

func d(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// A Henan skill-appraisal institution (鉴定机构) finishes an assessment on
// Friday 27 September 2024: the supervisor's report is due 3 working days
// later, across the National Day holiday, and the records must be kept.
func ExampleLimitsFor() {
	for _, l := range filing.LimitsFor(filing.Henan, filing.Appraisal) {
		due, err := l.Due(calendar.Default(), d("2024-09-27"))
		if err != nil {
			panic(err)
		}
		fmt.Println(l.ID, l.Party, due.Format(time.DateOnly), l.Source)
	}
	// Output:
	// filing.limit.supervision.report supervisor 2024-10-08 豫人社规〔2020〕1号 第十九条
	// filing.limit.records.video institution 2025-09-27 豫人社规〔2020〕1号 第十二条
	// filing.limit.records.answers institution 2027-09-27 豫人社规〔2020〕1号 第二十二条
	// filing.limit.records.scoring institution 2027-09-27 豫人社规〔2020〕1号 第二十三条
	// filing.limit.records.workpieces institution 2025-09-27 豫人社规〔2020〕1号 第二十三条
}

// Liaoning's monthly results summary is due at the end of the month.
func ExampleLimit_Due_periodEnd() {
	l := filing.Limits(filing.Liaoning)[0]
	due, _ := l.Due(calendar.Default(), d("2024-02-10"))
	fmt.Println(l.ID, due.Format(time.DateOnly))
	// Output: filing.limit.results.summary 2024-02-29
}

// A provincial platform tracks its own deadlines on a Henan enterprise's
// filing: received 27 September 2024, accepted 9 October, not yet filed on
// 16 October.
func ExampleAuthorityDeadlines() {
	events := []filing.Event{
		{Kind: filing.Received, Date: d("2024-09-27")},
		{Kind: filing.AcceptanceNotice, Date: d("2024-10-09")},
		{Kind: filing.Accepted, Date: d("2024-10-09")},
	}
	deadlines, findings, err := filing.AuthorityDeadlines(filing.Henan, filing.Recognition, calendar.Default(), events, d("2024-10-16"))
	if err != nil {
		panic(err)
	}
	for _, dl := range deadlines {
		fmt.Println(dl.Limit.ID, "due", dl.Due.Format(time.DateOnly), "done", !dl.Done.IsZero())
	}
	for _, f := range findings {
		fmt.Println(f.Rule, f.Source)
		fmt.Println("  ", f.Message)
	}
	// Output:
	// filing.authority.filing due 2024-10-15 done false
	// filing.authority.acceptance due 2024-10-16 done true
	// filing.authority.filing 豫人社办〔2020〕19号 四（二）
	//    受理后5个工作日内完成备案：2024-10-09 起5个工作日内应完成（2024-10-15 前），截至 2024-10-16 仍未完成
}

// An institution filed on 1 June 2024 last assessed on 1 March 2025: as of
// 2 March 2026 a full year has passed without assessment.
func ExampleSanctions() {
	events := []filing.Event{
		{Kind: filing.Filed, Date: d("2024-06-01")},
		{Kind: filing.Assessed, Date: d("2025-03-01")},
	}
	findings, err := filing.Sanctions(filing.Henan, filing.Recognition, events, d("2026-03-02"))
	if err != nil {
		panic(err)
	}
	for _, f := range findings {
		fmt.Println(f.Rule, f.Field, f.Value, f.Source)
		fmt.Println("  ", f.Message)
	}
	// Output:
	// filing.sanction.idle-warning events[1] 2026-03-02 人社职司便函〔2021〕57号 附件2 第十三条（三）
	//    一年内无正当理由不开展评价活动（2025-03-01）：自 2026-03-02 起应警告、限期整改并暂停评价活动
	// filing.sanction.idle-termination events[1] 2026-03-02 人社职司便函〔2021〕57号 附件2 第十四条（七）
	//    一年（含）以上不开展评价工作（2025-03-01）：自 2026-03-02 起应终止备案
}

// A Henan 鉴定机构 with a third case of article 34.
func ExampleStatus() {
	events := []filing.Event{
		{Kind: filing.Filed, Date: d("2024-06-01")},
		{Kind: filing.Assessed, Date: d("2025-03-01")},
		{Kind: filing.Case34, Date: d("2025-03-01")},
		{Kind: filing.Case34, Date: d("2025-06-01")},
		{Kind: filing.Assessed, Date: d("2025-09-01")},
		{Kind: filing.Case34, Date: d("2025-09-01")},
	}
	status, _ := filing.Status(filing.Henan, filing.Appraisal, events, d("2025-12-31"))
	for _, s := range status {
		fmt.Println(s.Rule, s.Action, s.Action.Chinese(), s.From.Format(time.DateOnly), s.Source)
	}
	// Output: filing.sanction.cases-cancellation cancel 取消备案 2025-09-01 豫人社规〔2020〕1号 第三十五条（七）
}
