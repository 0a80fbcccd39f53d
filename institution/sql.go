package institution

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	skillcert "github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
)

// SchemaVersion is the version of the tables SQLStore keeps; OpenSQL
// refuses a database of another version.
const SchemaVersion = 1

// Schema is the statements CreateSQL runs, the same on SQLite and
// PostgreSQL. Events are kept in their order (seq) per record, one row
// each, with the fields of Event; dates are ISO text (YYYY-MM-DD).
var Schema = []string{
	`CREATE TABLE skillcert_institution_schema (version INTEGER NOT NULL)`,
	`CREATE TABLE skillcert_institutions (
	id     INTEGER NOT NULL PRIMARY KEY,
	filing TEXT    NOT NULL UNIQUE,
	credit TEXT    NOT NULL,
	kind   TEXT    NOT NULL
)`,
	`CREATE TABLE skillcert_institution_events (
	filing     TEXT    NOT NULL REFERENCES skillcert_institutions (filing),
	seq        INTEGER NOT NULL,
	event      TEXT    NOT NULL,
	day        TEXT    NOT NULL,
	until_day  TEXT    NOT NULL,
	name       TEXT    NOT NULL,
	occupation TEXT    NOT NULL,
	work_type  TEXT    NOT NULL,
	levels     TEXT    NOT NULL,
	branch     TEXT    NOT NULL,
	PRIMARY KEY (filing, seq)
)`,
}

// The statements, unchanged on SQLite and PostgreSQL.
const (
	versionSQL     = `SELECT version FROM skillcert_institution_schema`
	setVersionSQL  = `INSERT INTO skillcert_institution_schema (version) VALUES ($1)`
	nextIDSQL      = `SELECT COALESCE(MAX(id), 0) + 1 FROM skillcert_institutions`
	insertRecSQL   = `INSERT INTO skillcert_institutions (id, filing, credit, kind) VALUES ($1, $2, $3, $4)`
	insertEventSQL = `INSERT INTO skillcert_institution_events (filing, seq, event, day, until_day, name, occupation, work_type, levels, branch)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`
	selectRecsSQL   = `SELECT filing, credit, kind FROM skillcert_institutions ORDER BY id`
	selectEventsSQL = `SELECT e.filing, e.event, e.day, e.until_day, e.name, e.occupation, e.work_type, e.levels, e.branch
FROM skillcert_institution_events e JOIN skillcert_institutions i ON i.filing = e.filing ORDER BY i.id, e.seq`
)

// SQLStore keeps a registry in a database/sql database: SQLite
// (modernc.org/sqlite) on one machine, PostgreSQL (github.com/jackc/pgx/v5/stdlib)
// for a platform that already runs one. The registry is read whole when the
// store opens; every change is validated against it and written in one
// transaction before the call returns. Two writers of one database are
// kept apart by the keys: an event appended by another process since this
// one opened makes AddEvent fail (reopen and retry).
type SQLStore struct {
	db  *sql.DB
	reg *Registry
}

// CreateSQL creates the tables in db (which must not have them) and
// returns an empty store.
func CreateSQL(ctx context.Context, db *sql.DB) (*SQLStore, error) {
	if db == nil {
		return nil, &skillcert.Error{Pkg: "institution", What: "database", Kind: skillcert.ErrArgument, Want: "a non-nil *sql.DB"}
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("institution: creating the tables: %w", err)
	}
	defer tx.Rollback()
	for _, s := range Schema {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return nil, fmt.Errorf("institution: creating the tables (does the database already hold a registry? use OpenSQL): %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, setVersionSQL, SchemaVersion); err != nil {
		return nil, fmt.Errorf("institution: creating the tables: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("institution: creating the tables: %w", err)
	}
	return &SQLStore{db: db, reg: &Registry{}}, nil
}

// OpenSQL reads the registry from db, whose tables CreateSQL made. A
// database without them, or of another SchemaVersion, is an error, never an
// empty registry.
func OpenSQL(ctx context.Context, db *sql.DB) (*SQLStore, error) {
	if db == nil {
		return nil, &skillcert.Error{Pkg: "institution", What: "database", Kind: skillcert.ErrArgument, Want: "a non-nil *sql.DB"}
	}
	var v int
	if err := db.QueryRowContext(ctx, versionSQL).Scan(&v); err != nil {
		return nil, fmt.Errorf("institution: reading the schema version (was the registry made with CreateSQL?): %w", err)
	}
	if v != SchemaVersion {
		return nil, fmt.Errorf("institution: the database's registry schema is version %d; this package reads version %d", v, SchemaVersion)
	}
	reg, err := loadSQL(ctx, db)
	if err != nil {
		return nil, err
	}
	return &SQLStore{db: db, reg: reg}, nil
}

func loadSQL(ctx context.Context, db *sql.DB) (*Registry, error) {
	var ws []wireRecord
	at := map[string]int{}
	rows, err := db.QueryContext(ctx, selectRecsSQL)
	if err != nil {
		return nil, fmt.Errorf("institution: reading the records: %w", err)
	}
	for rows.Next() {
		var w wireRecord
		if err := rows.Scan(&w.Filing, &w.Credit, &w.Kind); err != nil {
			rows.Close()
			return nil, fmt.Errorf("institution: reading the records: %w", err)
		}
		at[w.Filing] = len(ws)
		ws = append(ws, w)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, fmt.Errorf("institution: reading the records: %w", err)
	}
	rows, err = db.QueryContext(ctx, selectEventsSQL)
	if err != nil {
		return nil, fmt.Errorf("institution: reading the events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var f string
		var e wireEvent
		if err := rows.Scan(&f, &e.Event, &e.Date, &e.Until, &e.Name, &e.Occupation, &e.WorkType, &e.Levels, &e.Branch); err != nil {
			return nil, fmt.Errorf("institution: reading the events: %w", err)
		}
		i := at[f]
		ws[i].Events = append(ws[i].Events, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("institution: reading the events: %w", err)
	}
	reg := &Registry{}
	for _, w := range ws {
		r, field, err := fromWire(w)
		if err != nil {
			return nil, &skillcert.Error{Pkg: "institution", What: "database record", Input: w.Filing, Field: field,
				Kind: skillcert.ErrSyntax, Cause: errors.Join(ErrCorrupt, err), Want: "a readable value"}
		}
		if err := reg.Add(r); err != nil {
			return nil, &skillcert.Error{Pkg: "institution", What: "database record", Input: w.Filing,
				Kind: skillcert.ErrSyntax, Cause: errors.Join(ErrCorrupt, err), Want: "a valid record"}
		}
	}
	return reg, nil
}

// Registry returns the store's registry, to read. Change it only through
// the store's Add and AddEvent.
func (s *SQLStore) Registry() *Registry { return s.reg }

func (s *SQLStore) usable() error {
	if s == nil || s.db == nil {
		return &skillcert.Error{Pkg: "institution", What: "SQL store", Kind: skillcert.ErrArgument, Want: "an open store (CreateSQL or OpenSQL)"}
	}
	return nil
}

func insertEvents(ctx context.Context, tx *sql.Tx, filing string, from int, es []wireEvent) error {
	for i, e := range es {
		if _, err := tx.ExecContext(ctx, insertEventSQL, filing, from+i, e.Event, e.Date, e.Until, e.Name, e.Occupation, e.WorkType, e.Levels, e.Branch); err != nil {
			return err
		}
	}
	return nil
}

// Add validates r (see Registry.Add), adds it and commits it to the
// database in one transaction; when Add returns nil the record is stored.
func (s *SQLStore) Add(ctx context.Context, r Record) error {
	if err := s.usable(); err != nil {
		return err
	}
	if err := s.reg.Add(r); err != nil {
		return err
	}
	if err := s.write(ctx, func(tx *sql.Tx) error {
		w := toWire(r)
		var id int64
		if err := tx.QueryRowContext(ctx, nextIDSQL).Scan(&id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, insertRecSQL, id, w.Filing, w.Credit, w.Kind); err != nil {
			return err
		}
		return insertEvents(ctx, tx, w.Filing, 0, w.Events)
	}); err != nil {
		s.reg.undoAdd()
		return fmt.Errorf("institution: storing record %s: %w", r.Filing, err)
	}
	return nil
}

// AddEvent validates e as the next event of record f (see
// Registry.AddEvent) and commits it; when AddEvent returns nil the event is
// stored.
func (s *SQLStore) AddEvent(ctx context.Context, f certcode.Filing, e Event) error {
	if err := s.usable(); err != nil {
		return err
	}
	if err := s.reg.AddEvent(f, e); err != nil {
		return err
	}
	k, _ := pack(f)
	seq := len(s.reg.recs[s.reg.index[k]].ev) - 1
	w := toWire(Record{Filing: f, Kind: Other, Events: []Event{e}})
	if err := s.write(ctx, func(tx *sql.Tx) error {
		return insertEvents(ctx, tx, w.Filing, seq, w.Events)
	}); err != nil {
		s.reg.undoEvent(f)
		return fmt.Errorf("institution: storing an event of %s: %w", f, err)
	}
	return nil
}

func (s *SQLStore) write(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}
