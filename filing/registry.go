package filing

import (
	"errors"
	"fmt"
	"strconv"
	"sync"

	"github.com/skillcert/skillcert/certcode"
)

// Errors of the code registry.
var (
	ErrNoRange   = errors.New("no documented range to assign codes from")
	ErrExhausted = errors.New("every code of the range has been assigned")
	ErrUnknown   = errors.New("the code is not in the registry")
	ErrRetired   = errors.New("the code is retired")
	ErrKnown     = errors.New("the code is already in the registry")
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

// bandFor returns the range a request draws from (DECISIONS.md D4, D5, D18):
// Guangdong 001–999 after the unit kind (the document's example counts from
// 1: 005 is the 5th, 002 L999); Henan enterprises 0001–8999 and technical
// schools 9001–9999 for Y (D5), 0001–9999 for S; Anhui and Chongqing
// 0001–9999. The first code of a range is its lowest; none is ever reused.
func bandFor(q Request) (band, error) {
	switch {
	case q.Province == "44" && q.Category == certcode.Employer:
		if q.Unit < certcode.StateOwned || q.Unit > certcode.OtherUnit {
			return band{}, fmt.Errorf("filing: a Guangdong code needs a unit kind (StateOwned, NonStateOwned or OtherUnit): %w", ErrNoRange)
		}
		return band{strconv.Itoa(int(q.Unit - certcode.StateOwned + 1)), 11, 1, 999}, nil
	case q.Province == "41" && q.Category == certcode.Employer && q.Unit == certcode.TechnicalSchool:
		return band{"", 10, 9001, 9999}, nil
	case q.Province == "41" && q.Category == certcode.Employer:
		return band{"", 10, 1, 8999}, nil
	case q.Province == "41", q.Province == "34", q.Province == "50" && q.Category == certcode.Employer:
		return band{"", 10, 1, 9999}, nil
	}
	return band{}, fmt.Errorf("filing: no sequence is documented for category %c in province %q (only Guangdong and Chongqing employers, Henan and Anhui): %w", q.Category, q.Province, ErrNoRange)
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

// Store keeps a registry's State across restarts.
type Store interface {
	Load() (State, error) // the empty State when nothing was saved yet
	Save(State) error     // all or nothing: after a crash, Load returns the old or the new State
}

// Registry hands out institution codes (positions 1–13, the filing number) and
// keeps their lifecycle (DECISIONS.md D18): a cancelled code is retired and
// never assigned again (003 L2610–2612); a merger creates a new code and
// retires the merged ones (003 L2616); an institution absorbed by another is
// retired and the absorbing one keeps its code (003 L2616, 004 L328). Every
// change is saved before it is reported done. A Registry is safe for
// concurrent use by one process.
type Registry struct {
	mu    sync.Mutex
	store Store
	state State
	index map[string]int // filing → position in state.Codes
}

// Open loads a registry from its store.
func Open(s Store) (*Registry, error) {
	st, err := s.Load()
	if err != nil {
		return nil, err
	}
	r := &Registry{store: s}
	r.set(st)
	return r, nil
}

func (r *Registry) set(st State) {
	r.state = st
	r.index = make(map[string]int, len(st.Codes))
	for i, c := range st.Codes {
		r.index[c.Filing] = i
	}
}

// change applies f to a copy of the state, saves it, and only then makes it
// the registry's state.
func (r *Registry) change(f func(*State) error) error {
	next := r.state.clone()
	if err := f(&next); err != nil {
		return err
	}
	if err := r.store.Save(next); err != nil {
		return fmt.Errorf("filing: saving the registry: %w", err)
	}
	r.set(next)
	return nil
}

// Assign hands out the next code of the request's range: one above the
// highest ever assigned there, retired codes included, so that no code is
// assigned twice. Running out of the range is ErrExhausted; nothing wraps.
func (r *Registry) Assign(q Request) (certcode.Filing, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
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
		if len(c.Filing) == 13 && c.Filing[:len(head)] == head {
			if n, err := strconv.Atoi(c.Filing[b.from-1:]); err == nil && n >= b.min && n <= b.max && n > high {
				high = n
			}
		}
	}
	if high >= b.max {
		return certcode.Filing{}, fmt.Errorf("filing: %s…: the range %0*d–%0*d is used up: %w", head, width, b.min, width, b.max, ErrExhausted)
	}
	code := head + fmt.Sprintf("%0*d", width, high+1)
	f, err := certcode.ParseFiling(code)
	if err != nil {
		return certcode.Filing{}, fmt.Errorf("filing: the request makes an invalid filing number: %w", err)
	}
	return f, nil
}

// Add records a code assigned before the registry was used, active or
// retired, so that it is never assigned again.
func (r *Registry) Add(f certcode.Filing, retired bool, reason string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.change(func(s *State) error {
		if !f.IsValid() {
			return errors.New("filing: the zero Filing")
		}
		if _, ok := r.index[f.String()]; ok {
			return fmt.Errorf("filing: %s: %w", f, ErrKnown)
		}
		s.Codes = append(s.Codes, Record{f.String(), retired, reason})
		return nil
	})
}

// retire marks active codes retired in s.
func (r *Registry) retire(s *State, reason string, fs ...certcode.Filing) error {
	for _, f := range fs {
		i, ok := r.index[f.String()]
		switch {
		case !ok:
			return fmt.Errorf("filing: %s: %w", f, ErrUnknown)
		case s.Codes[i].Retired:
			return fmt.Errorf("filing: %s: %w (%s)", f, ErrRetired, s.Codes[i].Reason)
		}
		s.Codes[i].Retired, s.Codes[i].Reason = true, reason
	}
	return nil
}

// Cancel retires the code of a cancelled institution (003 L2610–2612).
func (r *Registry) Cancel(f certcode.Filing) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.change(func(s *State) error { return r.retire(s, "cancelled", f) })
}

// Merge records the merger of institutions into a new one: the new one gets
// the next code of q's range and the merged ones are retired (003 L2616).
func (r *Registry) Merge(merged []certcode.Filing, q Request) (certcode.Filing, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(merged) < 2 {
		return certcode.Filing{}, errors.New("filing: a merger joins two or more institutions")
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
// absorbed is retired (003 L2616, 004 L328; Chongqing and Henan do not name
// this case, DECISIONS.md D18 applies it everywhere).
func (r *Registry) Absorb(keeper, absorbed certcode.Filing) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.change(func(s *State) error {
		if keeper == absorbed {
			return errors.New("filing: an institution cannot absorb itself")
		}
		i, ok := r.index[keeper.String()]
		if !ok {
			return fmt.Errorf("filing: %s: %w", keeper, ErrUnknown)
		}
		if s.Codes[i].Retired {
			return fmt.Errorf("filing: %s: %w", keeper, ErrRetired)
		}
		return r.retire(s, "absorbed by "+keeper.String(), absorbed)
	})
}

// Lookup returns what the registry knows of a code.
func (r *Registry) Lookup(f certcode.Filing) (Record, bool) {
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
