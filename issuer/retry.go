package issuer

import (
	"context"
	"errors"
	"math/rand/v2"
	"strings"
	"time"
)

// Backoff between attempts on a busy database: from minBackoff, doubling up
// to maxBackoff, each wait drawn at random from its upper half so that
// waiting writers do not wake together.
const (
	minBackoff = time.Millisecond
	maxBackoff = 64 * time.Millisecond
)

type backoff struct {
	d    time.Duration
	last error // the last busy error, for the message when the caller gives up
}

// wait sleeps before the next attempt after the busy error err.
func (b *backoff) wait(err error) {
	b.last = err
	b.d = min(max(2*b.d, minBackoff), maxBackoff)
	time.Sleep(b.d/2 + rand.N(b.d/2+1))
}

// retry runs f until it returns nil, an error retry does not accept, or
// ctx ends.
func retry(ctx context.Context, again func(error) bool, f func(context.Context) error) error {
	var b backoff
	for {
		err := f(ctx)
		if err == nil || !again(err) {
			return err
		}
		if ctx.Err() != nil {
			return errors.Join(ctx.Err(), err)
		}
		b.wait(err)
		if ctx.Err() != nil {
			return errors.Join(ctx.Err(), err)
		}
	}
}

// retryable reports an error that goes away when the transaction is tried
// again: SQLite's SQLITE_BUSY and SQLITE_LOCKED (with their extended codes),
// PostgreSQL's serialization_failure 40001 and deadlock_detected 40P01.
// Drivers are recognised by their error methods, so the package imports none.
func retryable(err error) bool {
	if err == nil {
		return false
	}
	switch sqlState(err) {
	case "40001", "40P01":
		return true
	case "":
	default:
		return false
	}
	var lite interface{ Code() int } // modernc.org/sqlite *sqlite.Error
	if errors.As(err, &lite) {
		switch lite.Code() & 0xff {
		case 5, 6: // SQLITE_BUSY, SQLITE_LOCKED
			return true
		}
		return false
	}
	msg := err.Error() // other SQLite drivers
	return strings.Contains(msg, "database is locked") || strings.Contains(msg, "database table is locked") ||
		strings.Contains(msg, "SQLITE_BUSY") || strings.Contains(msg, "SQLITE_LOCKED")
}

// createRetryable is retryable, and also the errors PostgreSQL gives when two
// sessions run CREATE TABLE IF NOT EXISTS for the same table at once
// (unique_violation 23505 on its catalogue, duplicate_table 42P07).
func createRetryable(err error) bool {
	switch sqlState(err) {
	case "23505", "42P07":
		return true
	}
	return retryable(err)
}

// sqlState returns the SQLSTATE of a PostgreSQL error (pgx's *pgconn.PgError
// and lib/pq's *pq.Error both have the method), or "".
func sqlState(err error) string {
	var pg interface{ SQLState() string }
	if errors.As(err, &pg) {
		return pg.SQLState()
	}
	return ""
}
