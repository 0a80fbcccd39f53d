package issuer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Schema is the table SQL keeps its counters in; NewSQL creates it. It is the
// same on SQLite and PostgreSQL.
const Schema = `CREATE TABLE IF NOT EXISTS skillcert_serials (
	filing TEXT    NOT NULL,
	year   INTEGER NOT NULL,
	level  INTEGER NOT NULL,
	last   INTEGER NOT NULL,
	PRIMARY KEY (filing, year, level)
)`

// The statements, unchanged on SQLite (3.35 or newer) and PostgreSQL. Each is
// one atomic statement: the counter moves and the block is reserved in the
// same committed write, and the WHERE keeps it within MaxSerial.
const (
	allocateSQL = `INSERT INTO skillcert_serials (filing, year, level, last) VALUES ($1, $2, $3, $4)
ON CONFLICT (filing, year, level) DO UPDATE SET last = skillcert_serials.last + $4
WHERE skillcert_serials.last + $4 <= 999999
RETURNING last` // 999999 is MaxSerial
	raiseSQL = `INSERT INTO skillcert_serials (filing, year, level, last) VALUES ($1, $2, $3, $4)
ON CONFLICT (filing, year, level) DO UPDATE SET last = CASE WHEN excluded.last > skillcert_serials.last THEN excluded.last ELSE skillcert_serials.last END`
)

// SQL is an Allocator on a database/sql database: SQLite for one machine
// (several processes may share the file; set a busy timeout), PostgreSQL for
// several servers. Every allocation is one statement in its own transaction,
// committed before the serial is returned.
type SQL struct {
	db *sql.DB
}

// NewSQL creates the table if it is missing and returns the allocator.
func NewSQL(ctx context.Context, db *sql.DB) (*SQL, error) {
	if _, err := db.ExecContext(ctx, Schema); err != nil {
		return nil, fmt.Errorf("issuer: creating the table: %w", err)
	}
	return &SQL{db}, nil
}

// Allocate implements Allocator.
func (s *SQL) Allocate(ctx context.Context, key Key, n int) (int, error) {
	if n < 1 || n > MaxSerial {
		return 0, ErrExhausted
	}
	var last int
	err := s.db.QueryRowContext(ctx, allocateSQL, key.Filing, key.Year, int(key.Level), n).Scan(&last)
	if errors.Is(err, sql.ErrNoRows) { // the WHERE refused: the block would pass 999999
		return 0, ErrExhausted
	}
	if err != nil {
		return 0, fmt.Errorf("issuer: allocating: %w", err)
	}
	return last - n + 1, nil
}

// Raise implements Allocator.
func (s *SQL) Raise(ctx context.Context, key Key, highest int) error {
	if _, err := s.db.ExecContext(ctx, raiseSQL, key.Filing, key.Year, int(key.Level), highest); err != nil {
		return fmt.Errorf("issuer: recording used serials: %w", err)
	}
	return nil
}
