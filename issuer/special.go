package issuer

import (
	"context"
	"strconv"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/special"
)

// SpecialIssuer issues the certificate numbers of one Henan 专项职业能力
// assessment institution (专项职业能力考核机构) from a Store: the last two digits
// of the issue year, the institution's 8-digit code and a serial 00001–99999
// "顺排" (豫人社办函〔2020〕41号 四（一）).
//
// The notice does not say whether the serials restart each year. A
// SpecialIssuer counts them per institution and issue year: the number
// carries the year, so two numbers of different years differ even with the
// same serial, and every number stays unique (一证一号) while each year has
// 99,999 of them. An institution that numbered its certificates without a
// yearly restart before it used a SpecialIssuer tells it with UsedUpTo, for
// the year it continues in.
//
// The store must serve the institution (Memory.ServeSpecial or
// SQL.ServeSpecial); allocation says ErrNotServed otherwise. The zero
// SpecialIssuer issues nothing: use NewSpecial.
type SpecialIssuer struct {
	inst  special.Institution
	store Store
}

// NewSpecial returns an issuer of the 专项 certificate numbers of the
// institution inst, taking its serials from st, which counts them in the
// same tables as certificate numbers under the institution's code.
func NewSpecial(inst special.Institution, st Store) (*SpecialIssuer, error) {
	if !inst.IsValid() {
		return nil, argError("institution", "", "a valid 专项 institution code, not the zero special.Institution")
	}
	if isNil(st) {
		return nil, argError("store", "nil", "a Store (NewMemory, CreateSQL or OpenSQL)")
	}
	return &SpecialIssuer{inst: inst, store: st}, nil
}

// Institution returns the issuer's institution; the zero Institution for
// the zero SpecialIssuer.
func (is *SpecialIssuer) Institution() special.Institution {
	if is == nil {
		return special.Institution{}
	}
	return is.inst
}

// key checks the issuer, the context and the year.
func (is *SpecialIssuer) key(ctx context.Context, year int) (Key, error) {
	if is == nil || is.store == nil {
		return Key{}, argError("issuer", "", "a SpecialIssuer from NewSpecial, not the zero SpecialIssuer or nil")
	}
	if err := checkContext(ctx); err != nil {
		return Key{}, err
	}
	if err := checkSpecialYear(year); err != nil {
		return Key{}, err
	}
	return Key{Special: is.inst, Year: year}, nil
}

// Next issues the next 专项 certificate number of the issue year.
func (is *SpecialIssuer) Next(ctx context.Context, year int) (special.Number, error) {
	key, err := is.key(ctx, year)
	if err != nil {
		return special.Number{}, err
	}
	first, err := is.store.Allocate(ctx, key, 1)
	if err != nil {
		return special.Number{}, err
	}
	return is.inst.Number(year, first)
}

// Block issues n (1–99999) consecutive 专项 certificate numbers of the issue
// year in one write to the store, as cheap as one. The block is never
// shared with another caller; a crash before Block returns loses the block,
// never duplicates it. Fewer than n serials left is ErrExhausted, and
// nothing is reserved.
func (is *SpecialIssuer) Block(ctx context.Context, year, n int) ([]special.Number, error) {
	key, err := is.key(ctx, year)
	if err != nil {
		return nil, err
	}
	if err := checkCount(n, special.MaxSerial); err != nil {
		return nil, err
	}
	first, err := is.store.Allocate(ctx, key, n)
	if err != nil {
		return nil, err
	}
	out := make([]special.Number, n)
	for i := range out {
		if out[i], err = is.inst.Number(year, first+i); err != nil {
			return nil, err // not reached: the store keeps within special.MaxSerial
		}
	}
	return out, nil
}

// Used tells the issuer numbers handed out before it was used, so that it
// never issues them again: for each year, every serial up to the highest
// given is skipped. A number of another institution, or the zero Number, is
// an error and nothing is recorded.
func (is *SpecialIssuer) Used(ctx context.Context, numbers ...special.Number) error {
	if _, err := is.key(ctx, special.FirstYear); err != nil {
		return err
	}
	high := map[Key]int{}
	for i, n := range numbers {
		if n.Institution() != is.inst {
			return &skillcert.Error{Pkg: "issuer", What: "专项 certificate number", Input: n.String(),
				Field: "institution", Got: n.Institution().String(), Pos: 3, End: 10, Kind: skillcert.ErrArgument,
				Want: "a number of institution " + is.inst.String() + " (argument " + strconv.Itoa(i+1) + ")"}
		}
		k := Key{Special: is.inst, Year: n.Year()}
		high[k] = max(high[k], n.Serial())
	}
	for k, h := range high {
		if err := is.store.Raise(ctx, k, h); err != nil {
			return err
		}
	}
	return nil
}

// UsedUpTo tells the issuer that serials up to highest (0–99999) were handed
// out for the issue year before it was used.
func (is *SpecialIssuer) UsedUpTo(ctx context.Context, year, highest int) error {
	key, err := is.key(ctx, year)
	if err != nil {
		return err
	}
	if err := checkHighest(highest, special.MaxSerial); err != nil {
		return err
	}
	return is.store.Raise(ctx, key, highest)
}
