// Package institution holds what the filing documents say a filed
// assessment institution (评价机构) is, day by day, and keeps many of them
// in memory and in stores:
//
//	var reg institution.Registry
//	err := reg.Add(institution.Record{
//		Filing: certcode.MustParseFiling("S000034010001"), // 皖人社秘〔2020〕65号 附件3's example
//		Kind:   institution.SocialOrganisation,
//		Events: []institution.Event{
//			{Kind: institution.Filed, Date: day("2021-03-01"), Until: day("2024-02-29"), Name: "新华教育集团"},
//			{Kind: institution.ScopeAdded, Date: day("2021-03-01"), Scope: institution.ScopeRow{
//				Occupation: occupation.MustParse("4-12-01-01"), Levels: institution.LevelsOf(5, 4, 3)}},
//			{Kind: institution.Renamed, Date: day("2023-05-04"), Name: "新华教育科技集团"},
//		},
//	})
//	v, _ := reg.View(certcode.MustParseFiling("S000034010001"), day("2023-05-04"))
//	fmt.Println(v.Name, v.Status, v.Levels(occupation.MustParse("4-12-01-01"), "--"))
//	// 新华教育科技集团 active 543
//
// A record is a filing number (机构备案号), a unified social credit code, a
// kind, and every change as a dated Event: the filing with its period
// (备案期限), extensions, suspensions (暂停评价活动) and resumptions, the end
// of the filing (终止备案), scope rows added and removed, renamings, and
// branches (分支机构, 考核站点) added, renamed and closed. What the documents
// say is published about a filed institution — name, filing number, filing
// period, occupations (work types) and levels, sites (中就培函〔2020〕16号
// 四（三）; 人社鉴发〔2019〕3号 三) — is what a record holds, so that what was
// filed on any day is answerable: Record.On and Registry.View.
//
// A branch has its own filing number, equal to the institution's in
// positions 1–7 and with its own site code in positions 8–13 (人社鉴发〔2019〕2号
// 附件1 二（四）), and its own filed name, which its certificates print
// (人社鉴发〔2021〕1号 二（三））. It shares the institution's scope and status.
// A cancelled code, of an institution or a branch, is retired and never
// reused (人社鉴发〔2019〕2号 附件1 四（一））: nothing may follow a
// cancellation and a closed branch's number is not added again.
//
// # Memory
//
// A Registry keeps records compact: filing numbers packed into 64-bit
// integers as map keys, names and work types interned, events as 20-byte
// values. Measured by BenchmarkVerifyTable in package certificate, a
// registry of 20,000 institutions with three scope rows and a branch each
// takes about 550 bytes per institution.
//
// # Stores
//
// FileStore keeps a registry in one file of JSON lines, each with a
// CRC-32C, and a trailer with a SHA-256 of the file; every change rewrites
// the file atomically (temporary file, fsync, rename, fsync of the
// directory) and an OS lock keeps a second writer out. SQLStore keeps it in
// SQLite or PostgreSQL with one schema (Schema). Both are created (CreateFile,
// CreateSQL) or opened (OpenFile, OpenSQL) explicitly: opening what is not
// there is an error, never an empty registry.
package institution
