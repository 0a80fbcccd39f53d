package registry

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
)

// Errors of the code registry, for errors.Is. Misuse (a nil store, a merger
// of one) wraps skillcert.ErrArgument instead.
var (
	ErrNoRange   = errors.New("no documented range to assign codes from")
	ErrExhausted = errors.New("every code of the range has been assigned")
	ErrNotFound  = errors.New("the code is not in the registry")
	ErrRetired   = errors.New("the code is retired")
	ErrKnown     = errors.New("the code is already in the registry")
	// ErrCorrupt is the Cause of the error of a store whose saved state is
	// damaged (a torn or altered file) or breaks the registry's rules.
	ErrCorrupt = errors.New("the saved registry is damaged or inconsistent")
)

// Request says where a new institution code is drawn from.
type Request struct {
	Category    certcode.Category // Y or S
	Institution string            // positions 2–5: "0000" (also when empty) for a provincial filing, else the MOHRSS code
	Province    string            // 44, 41, 34 or 50: the provinces whose rule defines a sequence
	Area        string            // positions 8–9
	// Unit is Guangdong's unit kind (StateOwned, NonStateOwned, OtherUnit),
	// or for a Henan Y code Enterprise (the default) or TechnicalSchool.
	Unit certcode.Unit
}

// band is a range of sequence numbers in the positions from `from` to 13.
type band struct {
	prefix   string // digits before the sequence, from position 10 on: Guangdong's unit kind
	from     int    // first position of the sequence
	min, max int
}

// bandFor returns the range a request draws from, as certcode's table of
// provincial rules gives it (certcode.SchemeFor, Scheme.Sequence, Scheme.Units):
// Guangdong 001–999 after the unit kind (the document's example counts from 1:
// 005 is the 5th; 002 L999); Henan enterprises 0001–8999 and technical schools
// 9001–9999 for Y (position 10 names the unit and starts the sequence), 0001–9999
// for S; Anhui and Chongqing 0001–9999 (DECISIONS.md D4, D5, D18). Each range
// counts from its first number other than 0. The first code of a range is its
// lowest; none is ever reused.
func bandFor(q Request) (band, error) {
	sc := certcode.SchemeFor(q.Province, q.Category)
	from, lo, hi := sc.Sequence()
	if from == 0 {
		return band{}, fmt.Errorf("registry: no sequence is documented for category %c in province %q (only Guangdong and Chongqing employers, Henan and Anhui): %w", q.Category, q.Province, ErrNoRange)
	}
	units := sc.Units()
	if q.Category != certcode.Employer {
		units = nil
	}
	b := band{"", from, max(lo, 1), hi}
	switch {
	case len(units) == 0 && q.Unit == certcode.UnitUnknown:
		return b, nil
	case q.Unit == certcode.UnitUnknown && from > posUnit:
		return band{}, fmt.Errorf("registry: a %s code needs a unit kind (%s): %w", sc, unitList(units), ErrNoRange)
	case q.Unit == certcode.UnitUnknown: // the unit is part of the sequence: the first (Henan's enterprises)
		q.Unit = units[0]
	case q.Unit.Scheme() != sc || len(units) == 0:
		return band{}, fmt.Errorf("registry: unit %v is not one of a %c code in province %q: %w", q.Unit, q.Category, q.Province, ErrNoRange)
	}
	ulo, uhi := q.Unit.Digits()
	if from > posUnit { // position 10 is the unit, the sequence follows it
		if ulo != uhi {
			return band{}, fmt.Errorf("registry: unit %v names several digits: %w", q.Unit, ErrNoRange)
		}
		b.prefix = string(ulo)
		return b, nil
	}
	// Position 10 is both the unit and the sequence's first digit.
	scale := 1
	for range filingLen - from {
		scale *= 10
	}
	b.min = max(b.min, int(ulo-'0')*scale+1)
	b.max = min(b.max, int(uhi-'0'+1)*scale-1)
	return b, nil
}

// posUnit is the position a unit kind is written in; filingLen the last of a
// filing number.
const posUnit, filingLen = 10, 13

// unitList names units for errors: "StateOwned, NonStateOwned or OtherUnit".
func unitList(us []certcode.Unit) string {
	var names []string
	for _, u := range us {
		names = append(names, u.English())
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// Record is what the registry knows of one code.
type Record struct {
	Filing  string `json:"filing"`
	Retired bool   `json:"retired,omitempty"`
	Reason  string `json:"reason,omitempty"` // why it was retired: "cancelled", "merged into …", "absorbed by …"
}

// State is everything a registry keeps: every code ever assigned or recorded.
type State struct {
	Codes []Record `json:"codes"`
}

func (s State) clone() State { return State{append([]Record(nil), s.Codes...)} }

// Validate checks a state as a store loads it: every record a well-formed
// filing number in canonical form, none twice, a retired record with its
// reason and an active one without, and a merger or absorption naming a
// code of the registry. The error names the record; its Cause is ErrCorrupt.
func (s State) Validate() error {
	seen := make(map[string]int, len(s.Codes))
	for i, c := range s.Codes {
		if _, dup := seen[c.Filing]; dup {
			return badRecord(i, c.Filing, skillcert.ErrSyntax, nil, "each code once (also codes["+strconv.Itoa(seen[c.Filing])+"])")
		}
		seen[c.Filing] = i
		f, err := certcode.ParseFiling(c.Filing)
		if err != nil {
			return badRecord(i, c.Filing, skillcert.ErrSyntax, err, "a valid filing number")
		}
		if f.String() != c.Filing {
			return badRecord(i, c.Filing, skillcert.ErrSyntax, nil, "the canonical form "+strconv.Quote(f.String()))
		}
		if c.Retired != (c.Reason != "") {
			return badRecord(i, c.Filing, skillcert.ErrSyntax, nil, "a reason for a retired code and none for an active one")
		}
	}
	for i, c := range s.Codes {
		for _, p := range []string{"merged into ", "absorbed by "} {
			if other, ok := strings.CutPrefix(c.Reason, p); ok {
				if _, known := seen[other]; !known || other == c.Filing {
					return badRecord(i, c.Filing, skillcert.ErrUnknown, nil, "a reason that names another code of the registry, not "+strconv.Quote(other))
				}
			}
		}
	}
	return nil
}

func badRecord(i int, filing string, kind, cause error, want string) error {
	if cause == nil {
		cause = ErrCorrupt
	} else {
		cause = errors.Join(ErrCorrupt, cause)
	}
	return &skillcert.Error{Pkg: "registry", What: "registry record", Input: filing, Field: "codes[" + strconv.Itoa(i) + "]",
		Kind: kind, Cause: cause, Want: want}
}

// Store keeps a registry's State across restarts, and serialises the
// registries that share it.
type Store interface {
	// Lock takes the store for one read-modify-write and returns the
	// function that gives it back; other registries on the same store,
	// in this process or another, wait.
	Lock() (unlock func(), err error)
	// Load returns the saved State, validated; the empty State when
	// nothing was saved yet.
	Load() (State, error)
	// Save replaces the saved State, all or nothing: after a crash, Load
	// returns the old or the new State.
	Save(State) error
}

// Registry hands out institution codes (positions 1–13, the filing number) and
// keeps their lifecycle: a cancelled institution's code is retired and never
// assigned again (人社鉴发〔2019〕2号 附件1 四（一）; 皖人社秘〔2020〕65号 附件3
// 第一部分 四（一）); a merger creates a new code and retires the merged ones
// (the same documents, 四（二）); an institution absorbed by another is
// retired and the absorbing one keeps its code (the project applies 四（二） so).
//
// Every change takes the store's lock, re-reads the saved state, applies the
// change to it and saves it before it is reported done, so registries in
// several processes on one file never assign the same code. Lookup and Codes
// answer from the state as of the registry's last change or Refresh. A
// Registry is safe for concurrent use.
type Registry struct {
	mu    sync.Mutex
	store Store
	state State
	index map[string]int // filing → position in state.Codes
}

var errNilStore = &skillcert.Error{Pkg: "registry", What: "store", Input: "nil", Kind: skillcert.ErrArgument,
	Want: "a store, such as &registry.FileStore{Path: …} or &registry.MemoryStore{}"}

// Open loads a registry from its store. A nil store is an error wrapping
// skillcert.ErrArgument.
func Open(s Store) (*Registry, error) {
	if s == nil {
		return nil, errNilStore
	}
	r := &Registry{store: s}
	if err := r.Refresh(); err != nil {
		return nil, err
	}
	return r, nil
}

// Refresh re-reads the saved state, so that Lookup and Codes see the changes
// other registries made.
func (r *Registry) Refresh() error {
	if r == nil || r.store == nil {
		return errNilStore
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.reload()
}

func (r *Registry) reload() error {
	st, err := r.store.Load()
	if err != nil {
		return err
	}
	if err := st.Validate(); err != nil {
		return err
	}
	r.set(st)
	return nil
}

func (r *Registry) set(st State) {
	r.state = st
	r.index = make(map[string]int, len(st.Codes))
	for i, c := range st.Codes {
		r.index[c.Filing] = i
	}
}

// change takes the store's lock, re-reads the saved state, applies f to a
// copy of it, saves it, and only then makes it the registry's state.
func (r *Registry) change(f func(*State) error) error {
	if r == nil || r.store == nil {
		return errNilStore
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	unlock, err := r.store.Lock()
	if err != nil {
		return fmt.Errorf("registry: locking the store: %w", err)
	}
	defer unlock()
	if err := r.reload(); err != nil {
		return err
	}
	next := r.state.clone()
	if err := f(&next); err != nil {
		return err
	}
	if err := r.store.Save(next); err != nil {
		return fmt.Errorf("registry: saving the registry: %w", err)
	}
	r.set(next)
	return nil
}

// Assign hands out the next code of the request's range: one above the
// highest ever assigned there, retired codes included, so that no code is
// assigned twice. Running out of the range is ErrExhausted; nothing wraps.
func (r *Registry) Assign(q Request) (certcode.Filing, error) {
	var f certcode.Filing
	err := r.change(func(s *State) error {
		var err error
		f, err = r.next(q)
		if err == nil {
			s.Codes = append(s.Codes, Record{Filing: f.String()})
		}
		return err
	})
	return f, err
}

func (r *Registry) next(q Request) (certcode.Filing, error) {
	b, err := bandFor(q)
	if err != nil {
		return certcode.Filing{}, err
	}
	inst := q.Institution
	if inst == "" {
		inst = "0000"
	}
	head := string(q.Category) + inst + q.Province + q.Area + b.prefix
	width := 13 - b.from + 1
	high := b.min - 1
	for _, c := range r.state.Codes {
		if len(c.Filing) == 13 && len(head) <= 13 && c.Filing[:len(head)] == head {
			if n, err := strconv.Atoi(c.Filing[b.from-1:]); err == nil && n >= b.min && n <= b.max && n > high {
				high = n
			}
		}
	}
	if high >= b.max {
		return certcode.Filing{}, fmt.Errorf("registry: %s…: the range %0*d–%0*d is used up: %w", head, width, b.min, width, b.max, ErrExhausted)
	}
	code := head + fmt.Sprintf("%0*d", width, high+1)
	f, err := certcode.ParseFiling(code)
	if err != nil {
		return certcode.Filing{}, fmt.Errorf("registry: the request makes an invalid filing number: %w", err)
	}
	return f, nil
}

func argErr(what, want string) error {
	return &skillcert.Error{Pkg: "registry", What: what, Kind: skillcert.ErrArgument, Want: want}
}

// Add records a code assigned before the registry was used, active or
// retired (with the reason), so that it is never assigned again.
func (r *Registry) Add(f certcode.Filing, retired bool, reason string) error {
	return r.change(func(s *State) error {
		if !f.IsValid() {
			return argErr("filing number", "a filing number, not the zero Filing")
		}
		if retired != (reason != "") {
			return argErr("reason", "a reason for a retired code and none for an active one")
		}
		if _, ok := r.index[f.String()]; ok {
			return fmt.Errorf("registry: %s: %w", f, ErrKnown)
		}
		s.Codes = append(s.Codes, Record{f.String(), retired, reason})
		return s.Validate()
	})
}

// retire marks active codes retired in s.
func (r *Registry) retire(s *State, reason string, fs ...certcode.Filing) error {
	for _, f := range fs {
		i, ok := r.index[f.String()]
		switch {
		case !ok:
			return fmt.Errorf("registry: %s: %w", f, ErrNotFound)
		case s.Codes[i].Retired:
			return fmt.Errorf("registry: %s: %w (%s)", f, ErrRetired, s.Codes[i].Reason)
		}
		s.Codes[i].Retired, s.Codes[i].Reason = true, reason
	}
	return nil
}

// Cancel retires the code of a cancelled institution (人社鉴发〔2019〕2号
// 附件1 四（一）).
func (r *Registry) Cancel(f certcode.Filing) error {
	return r.change(func(s *State) error { return r.retire(s, "cancelled", f) })
}

// Merge records the merger of institutions into a new one: the new one gets
// the next code of q's range and the merged ones are retired (人社鉴发〔2019〕2号
// 附件1 四（二）). Fewer than two merged codes is an error wrapping
// skillcert.ErrArgument.
func (r *Registry) Merge(merged []certcode.Filing, q Request) (certcode.Filing, error) {
	if len(merged) < 2 {
		return certcode.Filing{}, argErr("merger", "two or more institutions")
	}
	var f certcode.Filing
	err := r.change(func(s *State) error {
		var err error
		if f, err = r.next(q); err != nil {
			return err
		}
		if err := r.retire(s, "merged into "+f.String(), merged...); err != nil {
			return err
		}
		s.Codes = append(s.Codes, Record{Filing: f.String()})
		return nil
	})
	return f, err
}

// Absorb records that absorbed was taken into keeper: keeper keeps its code,
// absorbed is retired. The documents name mergers into a new institution
// (人社鉴发〔2019〕2号 附件1 四（二）; 皖人社秘〔2020〕65号 附件3 第一部分 四（二））;
// an absorbed institution is treated as cancelled, as they treat the merged
// ones.
func (r *Registry) Absorb(keeper, absorbed certcode.Filing) error {
	if keeper == absorbed {
		return argErr("absorption", "two different institutions")
	}
	return r.change(func(s *State) error {
		i, ok := r.index[keeper.String()]
		if !ok {
			return fmt.Errorf("registry: %s: %w", keeper, ErrNotFound)
		}
		if s.Codes[i].Retired {
			return fmt.Errorf("registry: %s: %w", keeper, ErrRetired)
		}
		return r.retire(s, "absorbed by "+keeper.String(), absorbed)
	})
}

// Lookup returns what the registry knows of a code.
func (r *Registry) Lookup(f certcode.Filing) (Record, bool) {
	if r == nil {
		return Record{}, false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	i, ok := r.index[f.String()]
	if !ok {
		return Record{}, false
	}
	return r.state.Codes[i], true
}

// Codes returns every record, in the order the codes were added.
func (r *Registry) Codes() []Record {
	if r == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.state.clone().Codes
}

// IsRetired reports whether the registry holds f as retired. It suits
// issuer.WithRetired, so that a retired filing number issues nothing.
func (r *Registry) IsRetired(f certcode.Filing) bool {
	rec, ok := r.Lookup(f)
	return ok && rec.Retired
}
