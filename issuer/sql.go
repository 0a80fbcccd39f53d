package issuer

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/special"
)

// Schema creates the two tables of an SQL store, the same on SQLite and
// PostgreSQL: the filing numbers the store serves, and the last serial
// reserved per filing number, year and level. A Henan 专项职业能力 institution
// (豫人社办函〔2020〕41号 二（四）) is kept in the same tables under its 8-digit
// code, which no 13-character filing number can equal, with level 0. CreateSQL runs it; it is
// exported for database administrators who create tables themselves.
const Schema = `CREATE TABLE IF NOT EXISTS skillcert_filings (
	filing TEXT NOT NULL PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS skillcert_serials (
	filing TEXT    NOT NULL,
	year   INTEGER NOT NULL,
	level  INTEGER NOT NULL,
	last   INTEGER NOT NULL,
	PRIMARY KEY (filing, year, level)
)`

// The statements, unchanged on SQLite (3.35 or newer) and PostgreSQL. An
// allocation is one statement: the counter moves and the block is reserved in
// the same write; the SELECT makes it insert nothing for a filing number the
// store does not serve, and the WHERE of the update keeps it within the
// key's highest serial, $5 (certcode.MaxSerial or special.MaxSerial). Either refusal
// returns no row.
const (
	serveSQL = `INSERT INTO skillcert_filings (filing) VALUES ($1) ON CONFLICT (filing) DO NOTHING`

	allocateSQL = `INSERT INTO skillcert_serials (filing, year, level, last)
SELECT f.filing, CAST($2 AS INTEGER), CAST($3 AS INTEGER), CAST($4 AS INTEGER) FROM skillcert_filings f WHERE f.filing = $1
ON CONFLICT (filing, year, level) DO UPDATE SET last = skillcert_serials.last + excluded.last
WHERE skillcert_serials.last + excluded.last <= CAST($5 AS INTEGER)
RETURNING last`

	raiseSQL = `INSERT INTO skillcert_serials (filing, year, level, last)
SELECT f.filing, CAST($2 AS INTEGER), CAST($3 AS INTEGER), CAST($4 AS INTEGER) FROM skillcert_filings f WHERE f.filing = $1
ON CONFLICT (filing, year, level) DO UPDATE SET last = CASE WHEN excluded.last > skillcert_serials.last THEN excluded.last ELSE skillcert_serials.last END
RETURNING last`

	servedSQL = `SELECT COUNT(*) FROM skillcert_filings WHERE filing = $1`
	lastSQL   = `SELECT last FROM skillcert_serials WHERE filing = $1 AND year = $2 AND level = $3`
)

// maxBatch is the most allocations one transaction carries.
const maxBatch = 256

// SQL is a Store on a database/sql database: SQLite for one machine (several
// processes may share the file; open it with SQLiteDSN), PostgreSQL for
// several servers. Allocations are committed before their numbers are
// returned; concurrent allocations of one *SQL share a transaction, and a
// busy database is retried until the caller's context ends. Create one with
// CreateSQL or OpenSQL; the zero SQL is not usable. It is safe for
// concurrent use.
type SQL struct {
	db *sql.DB

	mu    sync.Mutex
	queue []*call // allocations waiting for a transaction
	busy  bool    // a caller is leading a transaction

	// The statements of Allocate and Raise, prepared by the first leader
	// that needs them and used by leaders only.
	alloc, raise *sql.Stmt
	closed       bool
}

// Close releases the statements the store prepared. It does not close the
// database, which belongs to the caller; the store is not usable after it.
func (s *SQL) Close() error {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for s.busy { // wait for the transaction in flight
		s.mu.Unlock()
		time.Sleep(time.Millisecond)
		s.mu.Lock()
	}
	s.closed = true
	var errs []error
	for _, st := range []*sql.Stmt{s.alloc, s.raise} {
		if st != nil {
			errs = append(errs, st.Close())
		}
	}
	s.alloc, s.raise = nil, nil
	return errors.Join(errs...)
}

// prepare prepares the statements of Allocate and Raise once.
func (s *SQL) prepare(ctx context.Context) error {
	if s.alloc != nil {
		return nil
	}
	alloc, err := s.db.PrepareContext(ctx, allocateSQL)
	if err != nil {
		return err
	}
	raise, err := s.db.PrepareContext(ctx, raiseSQL)
	if err != nil {
		alloc.Close()
		return err
	}
	s.alloc, s.raise = alloc, raise
	return nil
}

// SQLiteDSN returns the data source name for modernc.org/sqlite ("sqlite")
// that opens the SQLite file at path the way several goroutines and
// processes can share it without an error and without losing a number to a
// power cut: WAL journal, a 10-second busy timeout, FULL synchronous
// commits, and immediate write transactions. See the package documentation.
func SQLiteDSN(path string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	return "file:" + esc + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_txlock=immediate"
}

// CreateSQL creates the store's tables in db if they are missing, adds the
// filing numbers given to those it serves, and returns the store. Numbering
// starts at 000001 for every filing number, year and level not counted yet;
// what the database already counts is kept, so CreateSQL is idempotent and
// several processes may create the same new database at once. Use it once,
// when a store is set up; open it with OpenSQL from then on.
func CreateSQL(ctx context.Context, db *sql.DB, served ...certcode.Filing) (*SQL, error) {
	if err := checkDB(ctx, db); err != nil {
		return nil, err
	}
	for _, f := range served {
		if !f.IsValid() {
			return nil, argError("filing number", "", "a valid filing number, not the zero certcode.Filing")
		}
	}
	err := retry(ctx, createRetryable, func(ctx context.Context) error {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		for _, stmt := range strings.Split(Schema, ";") {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return err
			}
		}
		for _, f := range served {
			if _, err := tx.ExecContext(ctx, serveSQL, f.String()); err != nil {
				return err
			}
		}
		return tx.Commit()
	})
	if err != nil {
		return nil, fmt.Errorf("issuer: creating the store: %w", err)
	}
	return &SQL{db: db}, nil
}

// OpenSQL returns the store CreateSQL created in db. A database without the
// store's tables — a new, empty or mistyped SQLite file, the wrong
// PostgreSQL database or schema — is ErrNotCreated: numbering never starts
// again at 000001 by accident.
func OpenSQL(ctx context.Context, db *sql.DB) (*SQL, error) {
	if err := checkDB(ctx, db); err != nil {
		return nil, err
	}
	var filings, serials bool
	err := retry(ctx, retryable, func(ctx context.Context) error {
		var err error
		if filings, err = tableExists(ctx, db, "skillcert_filings"); err != nil {
			return err
		}
		serials, err = tableExists(ctx, db, "skillcert_serials")
		return err
	})
	switch {
	case err != nil:
		return nil, fmt.Errorf("issuer: opening the store: %w", err)
	case !filings && serials:
		return nil, fmt.Errorf("%w: it counts serials but does not say which filing numbers it serves (made by an earlier skillcert); call CreateSQL with its filing numbers once", ErrNotCreated)
	case !filings || !serials:
		return nil, fmt.Errorf("%w: no skillcert_filings and skillcert_serials tables, so it is new, empty or not the database meant (check the path or URL); to start numbering at 000001 in it, call CreateSQL", ErrNotCreated)
	}
	return &SQL{db: db}, nil
}

// tableExists reports whether the table can be read; an error that says it
// does not exist is false, any other error is returned.
func tableExists(ctx context.Context, db *sql.DB, table string) (bool, error) {
	var n int
	err := db.QueryRowContext(ctx, "SELECT COUNT(*) FROM (SELECT 1 FROM "+table+" LIMIT 1) t").Scan(&n)
	switch {
	case err == nil:
		return true, nil
	case sqlState(err) == "42P01" || strings.Contains(err.Error(), "no such table"):
		return false, nil
	}
	return false, err
}

func checkDB(ctx context.Context, db *sql.DB) error {
	if err := checkContext(ctx); err != nil {
		return err
	}
	if db == nil {
		return argError("database", "nil", "a *sql.DB from sql.Open")
	}
	return nil
}

func (s *SQL) check(ctx context.Context) error {
	if s == nil || s.db == nil {
		return argError("store", "", "an *SQL from CreateSQL or OpenSQL, not the zero SQL or nil")
	}
	return checkContext(ctx)
}

// Serve adds filing numbers to those the store serves; serving one twice is
// no error. A filing number new to the store starts at 000001, so add only
// numbers that are really new to it (a number moved from another store
// first needs its history: Issuer.Used or Issuer.UsedUpTo).
func (s *SQL) Serve(ctx context.Context, filings ...certcode.Filing) error {
	keys := make([]string, len(filings))
	for i, f := range filings {
		if !f.IsValid() {
			return argError("filing number", "", "a valid filing number, not the zero certcode.Filing")
		}
		keys[i] = f.String()
	}
	return s.serve(ctx, keys, "filing numbers")
}

// ServeSpecial adds Henan 专项职业能力 assessment institutions
// (豫人社办函〔2020〕41号 二（四）) to those the store serves, for a
// SpecialIssuer; serving one twice is no error. An institution new to the
// store starts at serial 00001 in every year, so add only institutions that
// are really new to it (one moved from another store first needs its
// history: SpecialIssuer.UsedUpTo).
func (s *SQL) ServeSpecial(ctx context.Context, insts ...special.Institution) error {
	keys := make([]string, len(insts))
	for i, in := range insts {
		if !in.IsValid() {
			return argError("institution", "", "a valid 专项 institution code, not the zero special.Institution")
		}
		keys[i] = in.String()
	}
	return s.serve(ctx, keys, "专项 institutions")
}

// serve records keys (filing numbers or 专项 institution codes) as served,
// in one transaction.
func (s *SQL) serve(ctx context.Context, keys []string, what string) error {
	if err := s.check(ctx); err != nil {
		return err
	}
	err := retry(ctx, retryable, func(ctx context.Context) error {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		for _, k := range keys {
			if _, err := tx.ExecContext(ctx, serveSQL, k); err != nil {
				return err
			}
		}
		return tx.Commit()
	})
	if err != nil {
		return fmt.Errorf("issuer: adding %s: %w", what, err)
	}
	return nil
}

// Filings returns the filing numbers the store serves, in order; the 专项
// institutions it serves are Specials. A row that is neither is an error
// naming it.
func (s *SQL) Filings(ctx context.Context) ([]certcode.Filing, error) {
	keys, err := s.served(ctx)
	if err != nil {
		return nil, fmt.Errorf("issuer: reading the filing numbers served: %w", err)
	}
	var out []certcode.Filing
	for _, v := range keys {
		if len(v) == special.InstitutionLen {
			if _, err := special.ParseInstitution(v); err == nil {
				continue // a 专项 institution: Specials
			}
		}
		f, err := certcode.ParseFiling(v)
		if err != nil {
			return nil, fmt.Errorf("issuer: reading the filing numbers served: skillcert_filings row %q: %w", v, err)
		}
		out = append(out, f)
	}
	return out, nil
}

// Specials returns the 专项 institutions the store serves (ServeSpecial), in
// order.
func (s *SQL) Specials(ctx context.Context) ([]special.Institution, error) {
	keys, err := s.served(ctx)
	if err != nil {
		return nil, fmt.Errorf("issuer: reading the 专项 institutions served: %w", err)
	}
	var out []special.Institution
	for _, v := range keys {
		if len(v) != special.InstitutionLen {
			continue // a filing number: Filings
		}
		in, err := special.ParseInstitution(v)
		if err != nil {
			return nil, fmt.Errorf("issuer: reading the 专项 institutions served: skillcert_filings row %q: %w", v, err)
		}
		out = append(out, in)
	}
	return out, nil
}

// served returns every key of skillcert_filings, in order.
func (s *SQL) served(ctx context.Context) ([]string, error) {
	if err := s.check(ctx); err != nil {
		return nil, err
	}
	var out []string
	err := retry(ctx, retryable, func(ctx context.Context) error {
		out = out[:0]
		rows, err := s.db.QueryContext(ctx, "SELECT filing FROM skillcert_filings ORDER BY filing")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var v string
			if err := rows.Scan(&v); err != nil {
				return err
			}
			out = append(out, v)
		}
		return rows.Err()
	})
	return out, err
}

// Allocate implements Store.
func (s *SQL) Allocate(ctx context.Context, key Key, n int) (int, error) {
	if err := s.check(ctx); err != nil {
		return 0, err
	}
	if err := key.check(); err != nil {
		return 0, err
	}
	if err := checkCount(n, key.max()); err != nil {
		return 0, err
	}
	c := &call{ctx: ctx, key: key, filing: key.name(), n: n}
	s.do(c)
	return c.first, c.err
}

// Raise implements Store.
func (s *SQL) Raise(ctx context.Context, key Key, highest int) error {
	if err := s.check(ctx); err != nil {
		return err
	}
	if err := key.check(); err != nil {
		return err
	}
	if err := checkHighest(highest, key.max()); err != nil {
		return err
	}
	c := &call{ctx: ctx, key: key, filing: key.name(), highest: highest}
	s.do(c)
	return c.err
}

// call is one Allocate (n ≥ 1) or Raise (n = 0) waiting for a transaction.
type call struct {
	ctx     context.Context
	key     Key
	filing  string
	n       int
	highest int

	first int   // the result of Allocate
	err   error // the error of either
	// wake receives true when the call is to lead the next transaction, and
	// is closed when the call is done.
	wake chan bool
}

// do runs c in a transaction shared with the calls waiting at the same time
// (group commit): one caller leads a transaction that carries every call
// queued so far, then hands the lead to the first call still waiting. A
// caller never waits for more than the transaction it is in.
func (s *SQL) do(c *call) {
	c.wake = make(chan bool, 1)
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		c.err = fmt.Errorf("issuer: %v: the store was closed", c.key)
		return
	}
	s.queue = append(s.queue, c)
	lead := !s.busy
	s.busy = true
	s.mu.Unlock()
	if !lead {
		if lead = <-c.wake; !lead {
			return // closed: another caller's transaction did c
		}
	}
	// c leads, and is first in the queue.
	s.mu.Lock()
	k := min(len(s.queue), maxBatch)
	batch := slices.Clone(s.queue[:k])
	s.queue = slices.Delete(s.queue, 0, k)
	s.mu.Unlock()

	s.run(batch)
	for _, o := range batch {
		if o != c {
			close(o.wake)
		}
	}

	s.mu.Lock()
	if len(s.queue) == 0 {
		s.busy = false
	} else {
		s.queue[0].wake <- true
	}
	s.mu.Unlock()
}

// run does the calls of batch in one transaction, retrying while the
// database is busy, and sets each call's result.
func (s *SQL) run(batch []*call) {
	// One order of keys, so that two PostgreSQL servers' transactions lock
	// rows in the same order and cannot deadlock each other.
	// Allocations before Raise calls of the same key, so that they can be
	// one statement.
	slices.SortStableFunc(batch, func(a, b *call) int {
		return cmp.Or(strings.Compare(a.filing, b.filing), cmp.Compare(a.key.Year, b.key.Year),
			cmp.Compare(a.key.Level, b.key.Level), cmp.Compare(min(b.n, 1), min(a.n, 1)))
	})
	var b backoff
	live := batch
	for {
		// A call whose context ended leaves the batch between attempts.
		j := 0
		for _, c := range live {
			if err := c.ctx.Err(); err != nil {
				c.err = ended(c, err, b.last)
				continue
			}
			live[j] = c
			j++
		}
		live = live[:j]
		if len(live) == 0 {
			return
		}
		// The transaction runs under the context of the calls it carries
		// only when it carries one; a shared transaction is not cut short by
		// one caller giving up.
		ctx := live[0].ctx
		if len(live) > 1 {
			ctx = context.WithoutCancel(ctx)
		}
		err := s.tx(ctx, live)
		if err == nil {
			return
		}
		if retryable(err) {
			b.wait(err)
			continue
		}
		if len(live) > 1 { // do each alone, so one call's failure is its own
			for _, c := range live {
				s.run([]*call{c})
			}
			return
		}
		live[0].err = fmt.Errorf("issuer: %v: %w", live[0].key, err)
		return
	}
}

// ended is the error of a call whose context ended while the database was
// busy.
func ended(c *call, err, busy error) error {
	if busy == nil {
		return fmt.Errorf("issuer: %v: %w", c.key, err)
	}
	return fmt.Errorf("issuer: %v: the database stayed busy (%v): %w", c.key, busy, err)
}

// tx does the calls in one transaction and, when it committed, sets their
// results.
func (s *SQL) tx(ctx context.Context, calls []*call) error {
	if err := s.prepare(ctx); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	alloc, raise := tx.StmtContext(ctx, s.alloc), tx.StmtContext(ctx, s.raise)
	type result struct {
		first int
		err   error
	}
	res := make([]result, len(calls))
	// one runs the statement of c alone.
	one := func(i int, c *call) error {
		var row *sql.Row
		if c.n == 0 {
			row = raise.QueryRowContext(ctx, c.filing, c.key.Year, int(c.key.Level), c.highest)
		} else {
			row = alloc.QueryRowContext(ctx, c.filing, c.key.Year, int(c.key.Level), c.n, c.key.max())
		}
		var last int
		err := row.Scan(&last)
		switch {
		case err == nil:
			res[i].first = last - c.n + 1
		case errors.Is(err, sql.ErrNoRows):
			if res[i].err, err = refusal(ctx, tx, c); err != nil {
				return err
			}
		default:
			return err
		}
		return nil
	}
	for i := 0; i < len(calls); {
		// Allocations of one key next to each other are one statement for
		// their sum, handed out in order; if the sum does not fit, each
		// is tried alone, so that those that fit get their numbers.
		j, sum := i, 0
		for j < len(calls) && calls[j].n > 0 && calls[j].key == calls[i].key {
			sum += calls[j].n
			j++
		}
		if j-i < 2 || sum > calls[i].key.max() { // (an INSERT of a new key is not checked by the WHERE)
			for k := i; k < max(j, i+1); k++ {
				if err := one(k, calls[k]); err != nil {
					return err
				}
			}
			i = max(j, i+1)
			continue
		}
		c := calls[i]
		var last int
		err := alloc.QueryRowContext(ctx, c.filing, c.key.Year, int(c.key.Level), sum, c.key.max()).Scan(&last)
		switch {
		case err == nil:
			next := last - sum + 1
			for k := i; k < j; k++ {
				res[k].first = next
				next += calls[k].n
			}
		case errors.Is(err, sql.ErrNoRows):
			for k := i; k < j; k++ {
				if err := one(k, calls[k]); err != nil {
					return err
				}
			}
		default:
			return err
		}
		i = j
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	for i, c := range calls {
		c.first, c.err = res[i].first, res[i].err
	}
	return nil
}

// refusal says why the statement of c returned no row: the filing number is
// not served, or the block would pass the key's highest serial.
func refusal(ctx context.Context, tx *sql.Tx, c *call) (refused, err error) {
	var served int
	if err := tx.QueryRowContext(ctx, servedSQL, c.filing).Scan(&served); err != nil {
		return nil, err
	}
	if served == 0 {
		return notServed(c.key), nil
	}
	var last int
	if err := tx.QueryRowContext(ctx, lastSQL, c.filing, c.key.Year, int(c.key.Level)).Scan(&last); err != nil {
		return nil, err
	}
	return exhausted(c.key, c.n, c.key.max()-last), nil
}
