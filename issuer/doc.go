// Package issuer hands out certificate numbers that are never issued twice,
// even across crashes, processes and servers: one number per certificate
// (一证一号). Serials run from 000001 to 999999 for each filing number, year
// and level ("由评价机构按年度分职业技能等级分别从000001—999999依次顺序取值",
// 人社鉴发〔2019〕2号 附件1 二（七）).
//
// A Store keeps the numbering: Memory for one process, SQL for a
// database/sql database — SQLite on one machine (several processes may share
// the file) or PostgreSQL shared by several servers. A store is created once,
// with the filing numbers it serves, and opened from then on:
//
//	db, _ := sql.Open("sqlite", issuer.SQLiteDSN("serials.db")) // modernc.org/sqlite
//	st, _ := issuer.CreateSQL(ctx, db, f)                       // the first time only
//	st, _ = issuer.OpenSQL(ctx, db)                              // every time after
//	is, _ := issuer.New(f, st)
//	c, _ := is.Next(ctx, 2024, level.Four)                       // S000034010001244000001
//	exam, _ := is.Block(ctx, 2024, level.Four, 1000)            // the next 1,000, consecutive
//
// OpenSQL on a database without numbering state (a new, empty or mistyped
// SQLite path) is ErrNotCreated, never a silent new start at 000001, and
// allocating for a filing number the store was not told to serve is
// ErrNotServed. CreateSQL is idempotent: several processes may create the
// same new file at once.
//
// Every allocation is committed before its numbers are returned, so a crash
// can lose numbers that were never returned but can never return one twice.
// A block of n numbers is one write, as cheap as a single number: allocate an
// exam session's numbers with Block. Concurrent allocations of one process
// share a transaction (group commit), and a database that is busy (SQLite's
// SQLITE_BUSY and SQLITE_LOCKED, PostgreSQL's serialization failures 40001
// and deadlocks 40P01) is retried with jittered, bounded backoff until the
// context ends: give a context with a deadline to bound the wait. Running
// out of serials is ErrExhausted, naming the filing number, year and level:
// nothing wraps.
//
// # Henan 专项职业能力 certificate numbers
//
// The same stores issue the 15-digit numbers of Henan's 专项职业能力
// certificates: the last two digits of the issue year, the 8-digit code of
// the assessment institution and a serial "00001-99999 顺排"
// (豫人社办函〔2020〕41号 四（一）). A store serves an institution only when told
// to, with ServeSpecial (ErrNotServed otherwise), and keeps its counters in
// the same tables under the institution's code, with level 0:
//
//	st.ServeSpecial(ctx, special.MustParseInstitution("16015000")) // once
//	sp, _ := issuer.NewSpecial(special.MustParseInstitution("16015000"), st)
//	n, _ := sp.Next(ctx, 2024)                                   // 241601500000001
//
// The notice does not say whether the serials restart each year. They are
// counted per institution and issue year: the number carries the year, so
// every number stays unique (一证一号) and each year has 99,999. Running out is
// ErrExhausted at 99999 exactly, naming the institution and year.
//
// # SQLite settings
//
// Open SQLite files with the DSN SQLiteDSN returns (for modernc.org/sqlite):
//
//	file:PATH?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_txlock=immediate
//
// WAL lets readers and the writer of several processes share the file,
// busy_timeout makes SQLite wait for the write lock itself before the
// package's own retry, synchronous(FULL) makes every commit durable on disk
// before numbers are returned (so a power cut cannot give a number twice),
// and _txlock=immediate takes the write lock when a transaction begins. With
// these settings 64 goroutines making 2,000 allocations each on one file get
// no error and no duplicate (the package's tests check it under the race
// detector).
//
// # Scale
//
// A store's cost is one durable commit (an fsync) per transaction, whatever
// it carries: a block of 1,000 numbers costs what one number costs, and the
// concurrent calls of one process share a commit. Several servers on one
// PostgreSQL database contend only on the row of the filing number, year and
// level they allocate for, held for one short transaction; servers issuing
// for different keys do not wait for each other at all. PostgreSQL is the
// coordinator; there is none of the package's own. Measure on your machine:
//
//	go test -run '^$' -bench Allocate -benchtime 2000x ./issuer   # SKILLCERT_PG_URL=… for PostgreSQL
//
// The package imports no database driver; the caller (or its tests) does.
package issuer
