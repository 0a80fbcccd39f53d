package issuer

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/special"
)

// The ranges of a certificate number's serials are certcode's: serials 1 to
// certcode.MaxSerial in years certcode.MinYear to certcode.MaxYear.
const (
	minYear   = certcode.MinYear
	maxYear   = certcode.MaxYear
	maxSerial = certcode.MaxSerial
)

// yearText is the bounds of the year as text, for errors.
var yearText = [2]string{strconv.Itoa(minYear), strconv.Itoa(maxYear)}

// The states of a store. Errors about the caller's arguments are
// *skillcert.Error values of kind skillcert.ErrArgument or skillcert.ErrRange
// instead; these sentinels are about what the store holds. Each is wrapped
// with the filing number (and year and level) it is about: test with
// errors.Is.
var (
	// ErrExhausted: the serials of a filing number, year and level (or of a
	// 专项 institution and year) are used up (or too few are left for the block asked for). Nothing was
	// reserved; nothing wraps around to 000001.
	ErrExhausted = errors.New("issuer: serials used up")
	// ErrRetired: the filing number is retired (cancelled, merged or
	// absorbed) and issues nothing.
	ErrRetired = errors.New("issuer: the filing number is retired")
	// ErrNotCreated: the database holds no numbering state, so it is new,
	// empty or not the one meant (a mistyped SQLite path). Open the right
	// database, or call CreateSQL to start numbering in this one.
	ErrNotCreated = errors.New("issuer: the database holds no numbering state")
	// ErrNotServed: the store was not told to serve the filing number (or
	// the 专项 institution). Add it with the store's Serve method (or at
	// CreateSQL; ServeSpecial for a 专项 institution) when it is really new
	// to the store.
	ErrNotServed = errors.New("issuer: not served by the store")
)

// Key is what serials are counted by: a filing number, a year and a level
// (人社鉴发〔2019〕2号 附件1 二（七）), or a Henan 专项职业能力 assessment
// institution and a year (豫人社办函〔2020〕41号 四（一）). A Key names exactly
// one of Filing (with a Level 1–5) and Special (with Level 0). The zero Key is
// not valid.
type Key struct {
	Filing certcode.Filing
	Year   int         // the issue year, 2019–2099 (2020–2099 for Special)
	Level  level.Level // 1–5; 0 for Special
	// Special is the 8-digit code of a 专项职业能力考核机构, whose certificate
	// serials 00001–99999 are counted per institution and issue year.
	Special special.Institution
}

// String returns the key as "S000034010001 2024 level 4", or as
// "16015000 2024 专项" for a Special key.
func (k Key) String() string {
	if k.Special.IsValid() && !k.Filing.IsValid() {
		return k.Special.String() + " " + strconv.Itoa(k.Year) + " 专项"
	}
	f := k.Filing.String()
	if f == "" {
		f = "(no filing number)"
	}
	return f + " " + strconv.Itoa(k.Year) + " level " + strconv.Itoa(int(k.Level))
}

// name is the text a store keeps the key's counter under: the 13-character
// filing number or the 8-digit institution code, which cannot be equal.
func (k Key) name() string {
	if k.Special.IsValid() {
		return k.Special.String()
	}
	return k.Filing.String()
}

// max is the highest serial of the key: certcode.MaxSerial for certificate numbers,
// special.MaxSerial for 专项 certificate numbers.
func (k Key) max() int {
	if k.Special.IsValid() {
		return special.MaxSerial
	}
	return maxSerial
}

// check reports a key a store cannot count by.
func (k Key) check() error {
	switch {
	case k.Filing.IsValid() && k.Special.IsValid():
		return argError("key", k.String(), "a Key with a filing number or a 专项 institution code, not both")
	case k.Special.IsValid():
		if k.Level != 0 {
			return argError("level", strconv.Itoa(int(k.Level)), "level 0 in a Key of a 专项 institution (its serials are not counted by level)")
		}
		return checkSpecialYear(k.Year)
	case !k.Filing.IsValid():
		return argError("filing number", "", "a valid filing number or 专项 institution code, not the zero Key")
	}
	return checkYearLevel(k.Year, k.Level)
}

// checkSpecialYear reports an issue year a 专项 certificate number cannot
// carry: 2020 (the notice's year) to 2099.
func checkSpecialYear(year int) error {
	if year < special.FirstYear || year > maxYear {
		return &skillcert.Error{Pkg: "issuer", What: "year", Input: strconv.Itoa(year), Kind: skillcert.ErrRange,
			Want: "an issue year from 2020 to 2099", WantZH: "2020至2099年的发证年份",
			Source: "豫人社办函〔2020〕41号 四（一）"}
	}
	return nil
}

func checkYearLevel(year int, lv level.Level) error {
	if year < minYear || year > maxYear {
		return &skillcert.Error{Pkg: "issuer", What: "year", Input: strconv.Itoa(year), Kind: skillcert.ErrRange,
			Want: "an issue year from " + yearText[0] + " to " + yearText[1], WantZH: yearText[0] + "至" + yearText[1] + "年的核发年份",
			Source: "人社鉴发〔2019〕2号 附件1 二（五）"}
	}
	if !lv.IsValid() {
		return &skillcert.Error{Pkg: "issuer", What: "level", Input: strconv.Itoa(int(lv)), Kind: skillcert.ErrArgument,
			Want: "a level from 1 to 5 (level.One … level.Five)", WantZH: "1至5级",
			Source: "人社鉴发〔2019〕2号 附件1 二（六）"}
	}
	return nil
}

// checkCount reports a block size outside 1–max.
func checkCount(n, max int) error {
	if n < 1 || n > max {
		m := strconv.Itoa(max)
		return &skillcert.Error{Pkg: "issuer", What: "count", Input: strconv.Itoa(n), Kind: skillcert.ErrArgument,
			Want: "a count of numbers from 1 to " + m, WantZH: "1至" + m + "个编号"}
	}
	return nil
}

// checkHighest reports a highest used serial outside 0–max.
func checkHighest(h, max int) error {
	if h < 0 || h > max {
		m := strconv.Itoa(max)
		src := "人社鉴发〔2019〕2号 附件1 二（七）"
		if max == special.MaxSerial {
			src = "豫人社办函〔2020〕41号 四（一）"
		}
		return &skillcert.Error{Pkg: "issuer", What: "serial", Input: strconv.Itoa(h), Kind: skillcert.ErrRange,
			Want: "a highest used serial from 0 to " + m, WantZH: "0至" + m, Source: src}
	}
	return nil
}

// checkContext reports a nil context.
func checkContext(ctx context.Context) error {
	if ctx == nil {
		return argError("context", "nil", "a context.Context, not nil (context.Background() if nothing else)")
	}
	return nil
}

func argError(what, input, want string) error {
	return &skillcert.Error{Pkg: "issuer", What: what, Input: input, Want: want, Kind: skillcert.ErrArgument}
}

// exhausted is the ErrExhausted of a block of n for key with left serials
// still free.
func exhausted(key Key, n, left int) error {
	return fmt.Errorf("%w: %v: a block of %d would pass %d, %d left", ErrExhausted, key, n, key.max(), left)
}

// notServed is the ErrNotServed of the key's filing number or 专项
// institution.
func notServed(key Key) error {
	if key.Special.IsValid() {
		return fmt.Errorf("%w: 专项 institution %s (add it with ServeSpecial if it is new to this store)", ErrNotServed, key.Special)
	}
	return fmt.Errorf("%w: %s (add it with Serve if it is new to this store)", ErrNotServed, key.Filing)
}

// Store reserves serials. Memory and SQL are the stores of this package.
type Store interface {
	// Allocate reserves n (1 to the key's highest serial: certcode.MaxSerial, or
	// special.MaxSerial for a Special key) consecutive serials for key and
	// returns the first. The reservation is durable when it returns. It
	// returns ErrExhausted, reserving nothing, when the last would pass the
	// key's highest serial, and ErrNotServed when the store does not serve
	// key.Filing or key.Special.
	Allocate(ctx context.Context, key Key, n int) (first int, err error)
	// Raise makes sure no serial up to highest is ever allocated for key.
	// It never lowers what was allocated.
	Raise(ctx context.Context, key Key, highest int) error
}

// Issuer issues the certificate numbers of one filing number from a Store.
// The zero Issuer issues nothing: use New.
type Issuer struct {
	filing  certcode.Filing
	store   Store
	retired func(certcode.Filing) bool
}

// Option configures an Issuer.
type Option func(*Issuer)

// WithRetired makes the issuer refuse to issue while retired reports the
// filing number retired, for example registry.Registry.IsRetired: a
// cancelled, merged or absorbed institution issues nothing
// (人社鉴发〔2019〕2号 附件1 四（一）（二）; 皖人社秘〔2020〕65号 附件3 四).
func WithRetired(retired func(certcode.Filing) bool) Option {
	return func(is *Issuer) { is.retired = retired }
}

// New returns an issuer for the filing number f that takes its serials from
// st. The store must serve f (CreateSQL or Serve): allocation says
// ErrNotServed otherwise.
func New(f certcode.Filing, st Store, opts ...Option) (*Issuer, error) {
	if !f.IsValid() {
		return nil, argError("filing number", "", "a valid filing number, not the zero certcode.Filing")
	}
	if isNil(st) {
		return nil, argError("store", "nil", "a Store (NewMemory, CreateSQL or OpenSQL)")
	}
	is := &Issuer{filing: f, store: st}
	for _, o := range opts {
		if o != nil {
			o(is)
		}
	}
	return is, nil
}

// isNil reports a nil interface or a nil *Memory or *SQL in one.
func isNil(st Store) bool {
	switch s := st.(type) {
	case nil:
		return true
	case *Memory:
		return s == nil
	case *SQL:
		return s == nil
	}
	return false
}

// Filing returns the issuer's filing number; the zero Filing for the zero
// Issuer.
func (is *Issuer) Filing() certcode.Filing {
	if is == nil {
		return certcode.Filing{}
	}
	return is.filing
}

// check reports the zero or nil Issuer and a nil context.
func (is *Issuer) check(ctx context.Context) error {
	if is == nil || is.store == nil {
		return argError("issuer", "", "an Issuer from New, not the zero Issuer or nil")
	}
	return checkContext(ctx)
}

// key checks the issuer, the context, the year and the level, and that the
// filing number may still issue.
func (is *Issuer) key(ctx context.Context, year int, lv level.Level) (Key, error) {
	if err := is.check(ctx); err != nil {
		return Key{}, err
	}
	if err := checkYearLevel(year, lv); err != nil {
		return Key{}, err
	}
	if is.retired != nil && is.retired(is.filing) {
		return Key{}, fmt.Errorf("%w: %s", ErrRetired, is.filing)
	}
	return Key{Filing: is.filing, Year: year, Level: lv}, nil
}

// Next issues the next certificate number for the year and level.
func (is *Issuer) Next(ctx context.Context, year int, lv level.Level) (certcode.Code, error) {
	key, err := is.key(ctx, year, lv)
	if err != nil {
		return certcode.Code{}, err
	}
	first, err := is.store.Allocate(ctx, key, 1)
	if err != nil {
		return certcode.Code{}, err
	}
	return is.filing.Certificate(year, lv, first)
}

// Block issues n consecutive certificate numbers for the year and level in
// one write to the store: the numbers of a whole exam session at once, as
// cheap as one. The block is never shared with another caller; a crash
// before Block returns loses the block, never duplicates it.
func (is *Issuer) Block(ctx context.Context, year int, lv level.Level, n int) ([]certcode.Code, error) {
	key, err := is.key(ctx, year, lv)
	if err != nil {
		return nil, err
	}
	if err := checkCount(n, maxSerial); err != nil {
		return nil, err
	}
	first, err := is.store.Allocate(ctx, key, n)
	if err != nil {
		return nil, err
	}
	out := make([]certcode.Code, n)
	for i := range out {
		if out[i], err = is.filing.Certificate(year, lv, first+i); err != nil {
			return nil, err // not reached: the store keeps within maxSerial
		}
	}
	return out, nil
}

// Used tells the issuer numbers handed out before it was used, so that it
// never issues them again: for each year and level, every serial up to the
// highest given is skipped. A number of another filing number, or the zero
// Code, is an error and nothing is recorded.
func (is *Issuer) Used(ctx context.Context, codes ...certcode.Code) error {
	if err := is.check(ctx); err != nil {
		return err
	}
	high := map[Key]int{}
	for i, c := range codes {
		if c.Filing() != is.filing {
			return &skillcert.Error{Pkg: "issuer", What: "certificate number", Input: c.String(),
				Field: "filing number", Got: c.Filing().String(), Pos: 1, End: 13, Kind: skillcert.ErrArgument,
				Want: "a number of filing number " + is.filing.String() + " (argument " + strconv.Itoa(i+1) + ")"}
		}
		k := Key{Filing: is.filing, Year: c.Year(), Level: c.Level()}
		high[k] = max(high[k], c.Serial())
	}
	for k, h := range high {
		if err := is.store.Raise(ctx, k, h); err != nil {
			return err
		}
	}
	return nil
}

// UsedUpTo tells the issuer that serials up to highest were handed out for
// the year and level before it was used.
func (is *Issuer) UsedUpTo(ctx context.Context, year int, lv level.Level, highest int) error {
	if err := is.check(ctx); err != nil {
		return err
	}
	if err := checkYearLevel(year, lv); err != nil {
		return err
	}
	if err := checkHighest(highest, maxSerial); err != nil {
		return err
	}
	return is.store.Raise(ctx, Key{Filing: is.filing, Year: year, Level: lv}, highest)
}
