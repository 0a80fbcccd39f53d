// Package issuer hands out certificate numbers that are never duplicated, even
// across crashes, processes and servers: "实行一证一号" (002 L1027).
//
//	db, _ := sql.Open("sqlite", "file:serials.db?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)") // modernc.org/sqlite
//	alloc, _ := issuer.NewSQL(ctx, db)
//	is, _ := issuer.New(certcode.MustParseFiling("S000034010001"), alloc)
//	c, _ := is.Next(ctx, 2024, level.Four)          // S000034010001244000001
//	batch, _ := is.Block(ctx, 2024, level.Four, 30)  // the next 30, consecutive
//
// Serials run from 000001 to 999999 per filing number, year and level (003
// L2584; DECISIONS.md D9). An Allocator reserves them: Memory for one
// process, SQL for a database/sql database, SQLite on one machine or
// PostgreSQL shared by several servers. Each allocation is one statement,
// committed before the number is returned, so a crash can lose numbers that
// were never returned but can never return one twice. Running out of serials
// is ErrExhausted: nothing wraps.
//
// The package imports no database driver; the caller (or its tests) does.
package issuer

import (
	"context"
	"errors"
	"fmt"

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
)

// MaxSerial is the highest serial, positions 17–22 (003 L2584).
const MaxSerial = 999999

// Errors of the issuer.
var (
	ErrExhausted = errors.New("issuer: the serials of this filing number, year and level are used up")
	ErrRetired   = errors.New("issuer: the filing number is retired")
)

// Key is what serials are counted by (DECISIONS.md D9).
type Key struct {
	Filing string // the 13-character filing number
	Year   int
	Level  level.Level
}

// Allocator reserves serials.
type Allocator interface {
	// Allocate reserves n (≥ 1) consecutive serials for key and returns the
	// first. It returns ErrExhausted, reserving nothing, when the last
	// would pass MaxSerial. The reservation is durable when it returns.
	Allocate(ctx context.Context, key Key, n int) (first int, err error)
	// Raise makes sure no serial up to highest is ever allocated for key.
	// It never lowers what was allocated.
	Raise(ctx context.Context, key Key, highest int) error
}

// Issuer issues the certificate numbers of one filing number.
type Issuer struct {
	filing  certcode.Filing
	alloc   Allocator
	retired func(certcode.Filing) bool
}

// Option configures an Issuer.
type Option func(*Issuer)

// WithRetired makes the issuer refuse to issue while retired reports the
// filing number retired, for example registry.Registry.IsRetired: a cancelled,
// merged or absorbed institution issues nothing (D18).
func WithRetired(retired func(certcode.Filing) bool) Option {
	return func(is *Issuer) { is.retired = retired }
}

// New returns an issuer for the filing number f.
func New(f certcode.Filing, a Allocator, opts ...Option) (*Issuer, error) {
	if !f.IsValid() {
		return nil, errors.New("issuer: the zero Filing")
	}
	if a == nil {
		return nil, errors.New("issuer: no Allocator")
	}
	is := &Issuer{filing: f, alloc: a}
	for _, o := range opts {
		o(is)
	}
	return is, nil
}

// Filing returns the issuer's filing number.
func (is *Issuer) Filing() certcode.Filing { return is.filing }

func (is *Issuer) key(year int, lv level.Level) (Key, error) {
	if is.retired != nil && is.retired(is.filing) {
		return Key{}, fmt.Errorf("%w: %s", ErrRetired, is.filing)
	}
	// Filing.Certificate checks the year and level; serial 1 is always valid.
	if _, err := is.filing.Certificate(year, lv, 1); err != nil {
		return Key{}, err
	}
	return Key{is.filing.String(), year, lv}, nil
}

// Next issues the next certificate number for the year and level.
func (is *Issuer) Next(ctx context.Context, year int, lv level.Level) (certcode.Code, error) {
	cs, err := is.Block(ctx, year, lv, 1)
	if err != nil {
		return certcode.Code{}, err
	}
	return cs[0], nil
}

// Block issues n consecutive certificate numbers for the year and level, a
// whole assessment batch at once.
func (is *Issuer) Block(ctx context.Context, year int, lv level.Level, n int) ([]certcode.Code, error) {
	if n < 1 || n > MaxSerial {
		return nil, fmt.Errorf("issuer: a block of %d numbers; want 1 to %d", n, MaxSerial)
	}
	key, err := is.key(year, lv)
	if err != nil {
		return nil, err
	}
	first, err := is.alloc.Allocate(ctx, key, n)
	if err != nil {
		return nil, err
	}
	out := make([]certcode.Code, n)
	for i := range out {
		if out[i], err = is.filing.Certificate(year, lv, first+i); err != nil {
			return nil, err // cannot happen: Allocate keeps within MaxSerial
		}
	}
	return out, nil
}

// Used tells the issuer numbers handed out before it was used, so that it
// never issues them again: for each year and level, every serial up to the
// highest given is skipped. Numbers of another filing number are an error.
func (is *Issuer) Used(ctx context.Context, codes ...certcode.Code) error {
	high := map[Key]int{}
	for _, c := range codes {
		if c.Filing() != is.filing {
			return fmt.Errorf("issuer: %s is not a number of filing %s", c, is.filing)
		}
		k := Key{is.filing.String(), c.Year(), c.Level()}
		high[k] = max(high[k], c.Serial())
	}
	for k, h := range high {
		if err := is.alloc.Raise(ctx, k, h); err != nil {
			return err
		}
	}
	return nil
}

// UsedUpTo tells the issuer that serials up to highest were handed out for
// the year and level.
func (is *Issuer) UsedUpTo(ctx context.Context, year int, lv level.Level, highest int) error {
	if highest < 0 || highest > MaxSerial {
		return fmt.Errorf("issuer: highest serial %d; want 0 to %d", highest, MaxSerial)
	}
	key, err := is.key(year, lv)
	if err != nil {
		return err
	}
	return is.alloc.Raise(ctx, key, highest)
}
