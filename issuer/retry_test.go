package issuer

import (
	"errors"
	"fmt"
	"testing"
)

type liteErr int // like modernc.org/sqlite's *sqlite.Error

func (e liteErr) Error() string { return fmt.Sprintf("sqlite error %d", int(e)) }
func (e liteErr) Code() int     { return int(e) }

type pgErr string // like pgx's *pgconn.PgError

func (e pgErr) Error() string    { return "ERROR: (SQLSTATE " + string(e) + ")" }
func (e pgErr) SQLState() string { return string(e) }

func TestRetryable(t *testing.T) {
	for _, c := range []struct {
		err           error
		again, create bool
	}{
		{nil, false, false},
		{liteErr(5), true, true},   // SQLITE_BUSY
		{liteErr(517), true, true}, // SQLITE_BUSY_SNAPSHOT
		{liteErr(261), true, true}, // SQLITE_BUSY_RECOVERY
		{liteErr(6), true, true},   // SQLITE_LOCKED
		{liteErr(262), true, true}, // SQLITE_LOCKED_SHAREDCACHE
		{liteErr(1), false, false}, // SQLITE_ERROR
		{liteErr(19), false, false},
		{fmt.Errorf("wrapped: %w", liteErr(5)), true, true},
		{pgErr("40001"), true, true},
		{pgErr("40P01"), true, true},
		{fmt.Errorf("wrapped: %w", pgErr("40001")), true, true},
		{pgErr("23505"), false, true},
		{pgErr("42P07"), false, true},
		{pgErr("42P01"), false, false},
		{errors.New("database is locked"), true, true},
		{errors.New("connection refused"), false, false},
	} {
		if got := retryable(c.err); got != c.again {
			t.Errorf("retryable(%v) = %v", c.err, got)
		}
		if c.err != nil {
			if got := createRetryable(c.err); got != c.create {
				t.Errorf("createRetryable(%v) = %v", c.err, got)
			}
		}
	}
}
