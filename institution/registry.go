package institution

import (
	"errors"
	"iter"
	"math"
	"strconv"
	"strings"
	"time"

	skillcert "github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/nationalid"
	"github.com/skillcert/skillcert/occupation"
)

// Finer causes of the errors of this package; every error is a
// *skillcert.Error whose Cause is one of these where it applies.
var (
	// ErrDuplicate: a record or branch with that filing number is already
	// in the registry.
	ErrDuplicate = errors.New("filing number already in the registry")
	// ErrNotFound: no record has that filing number.
	ErrNotFound = errors.New("no record with that filing number")
	// ErrCorrupt: a store's data is damaged (a checksum does not match, a
	// line is cut, a value cannot be read).
	ErrCorrupt = errors.New("store data damaged")
)

// Registry holds many records in memory in a compact form: the filing
// numbers packed into integers, every name and work type interned, scope rows
// and events as small fixed-size values. A 20,000-institution registry takes
// a few hundred bytes per institution (see the package documentation).
//
// The zero Registry is empty and ready to use. A Registry is not safe for
// concurrent writes; concurrent reads with no writer are safe.
type Registry struct {
	index  map[uint64]int32 // packed filing (institution or branch) → record
	recs   []rec
	strs   []string
	strIdx map[string]uint32
}

// rec is one record in compact form.
type rec struct {
	filing uint64
	credit string
	kind   Kind
	ev     []cev
}

// cev is one event in compact form (20 bytes).
type cev struct {
	day    int32 // days since 1970-01-01
	aux    int32 // Filed, Extended: last day (noEnd for none); branch events: site code
	occ    occupation.Code
	str    uint32 // name (Filed, Renamed, Branch…) or work type (Scope…)
	kind   EventKind
	levels Levels
}

const noEnd = math.MaxInt32

// dayOf returns t's calendar date as days since 1970-01-01.
func dayOf(t time.Time) int32 {
	y, m, d := t.Date()
	return int32(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func timeOf(day int32) time.Time {
	if day == noEnd {
		return time.Time{}
	}
	return time.Unix(int64(day)*86400, 0).UTC()
}

// pack turns a filing number into an integer: the category in bit 48, the
// 12 digits below it.
func pack(f certcode.Filing) (uint64, bool) {
	var buf [16]byte
	b, _ := f.AppendText(buf[:0])
	if len(b) != 13 {
		return 0, false
	}
	var k uint64
	for _, c := range b[1:] {
		k = k*10 + uint64(c-'0')
	}
	if b[0] == 'S' {
		k |= 1 << 48
	}
	return k, true
}

// site returns positions 8–13 of a packed filing number.
func site(k uint64) int32 { return int32((k & (1<<48 - 1)) % 1000000) }

// prefix returns positions 1–7 of a packed filing number.
func prefix(k uint64) uint64 { return k - uint64(site(k)) }

func unpack(k uint64) certcode.Filing {
	var b [13]byte
	b[0] = 'Y'
	if k&(1<<48) != 0 {
		b[0] = 'S'
	}
	n := k & (1<<48 - 1)
	for i := 12; i >= 1; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	f, _ := certcode.ParseFiling(string(b[:]))
	return f
}

func (g *Registry) intern(s string) uint32 {
	if i, ok := g.strIdx[s]; ok {
		return i
	}
	if g.strIdx == nil {
		g.strIdx = make(map[string]uint32)
		g.strs = append(g.strs, "") // id 0 is ""
		g.strIdx[""] = 0
		if s == "" {
			return 0
		}
	}
	g.strs = append(g.strs, strings.Clone(s))
	i := uint32(len(g.strs) - 1)
	g.strIdx[g.strs[i]] = i
	return i
}

func (g *Registry) str(i uint32) string {
	if int(i) < len(g.strs) {
		return g.strs[i]
	}
	return ""
}

// Len returns the number of records.
func (g *Registry) Len() int {
	if g == nil {
		return 0
	}
	return len(g.recs)
}

func recErr(input, field, got string, kind, cause error, want string) error {
	return &skillcert.Error{Pkg: "institution", What: "institution record", Input: input, Field: field, Got: got,
		Kind: kind, Cause: cause, Want: want}
}

// Add validates r and adds it. The error, a *skillcert.Error naming the
// record's filing number and the event at fault ("events[3]"), says what is
// wrong; nothing is added then. A valid record:
//
//   - has a valid filing number not yet in the registry (neither as an
//     institution nor as a branch), and a Kind;
//   - has no credit code or a valid one (GB 32100-2015), kept as given;
//   - starts with one Filed event, with a name, and has no other Filed;
//   - has its events in date order (equal dates keep the given order);
//   - never suspends a suspended filing nor resumes an active one, and has
//     nothing after CancelledOn (a cancelled code is retired);
//   - ends a filing period (Until) no earlier than it starts, and extends to
//     a later day than the period in force;
//   - adds scope rows of dictionary occupations (not categories) with valid
//     Levels, and removes only levels in force;
//   - adds branches whose filing numbers share positions 1–7 with the
//     record's and are not in use, with names; renames and closes only
//     branches in force.
func (g *Registry) Add(r Record) error {
	if g == nil {
		return &skillcert.Error{Pkg: "institution", What: "registry", Kind: skillcert.ErrArgument, Want: "a non-nil *Registry"}
	}
	in := r.Filing.String()
	k, ok := pack(r.Filing)
	if !ok {
		return recErr(in, "filing", "", skillcert.ErrArgument, nil, "a valid filing number (机构备案号)")
	}
	if _, dup := g.index[k]; dup {
		return recErr(in, "filing", in, skillcert.ErrArgument, ErrDuplicate, "a filing number not in the registry")
	}
	if r.Kind < Employer || r.Kind > Other {
		return recErr(in, "kind", r.Kind.String(), skillcert.ErrArgument, nil, "one of the kinds")
	}
	if r.CreditCode != "" {
		if _, err := nationalid.ParseCreditCode(r.CreditCode); err != nil {
			return recErr(in, "credit code", r.CreditCode, skillcert.ErrSyntax, err, "a valid unified social credit code (GB 32100-2015), or none")
		}
	}
	nr := rec{filing: k, credit: strings.Clone(r.CreditCode), kind: r.Kind}
	v := validator{g: g, r: &nr, in: in, newKeys: map[uint64]bool{}}
	for i, e := range r.Events {
		if err := v.add(i, e); err != nil {
			return err
		}
	}
	if len(nr.ev) == 0 {
		return recErr(in, "events", "", skillcert.ErrArgument, nil, "a first event of kind filed")
	}
	nr.ev = nr.ev[:len(nr.ev):len(nr.ev)]
	g.commit(nr, v.newKeys)
	return nil
}

// AddEvent validates e as the next event of the record with filing number
// f and appends it, by the rules of Add.
func (g *Registry) AddEvent(f certcode.Filing, e Event) error {
	if g == nil {
		return &skillcert.Error{Pkg: "institution", What: "registry", Kind: skillcert.ErrArgument, Want: "a non-nil *Registry"}
	}
	in := f.String()
	k, ok := pack(f)
	i, found := g.index[k]
	if !ok || !found || g.recs[i].filing != k {
		return recErr(in, "filing", in, skillcert.ErrArgument, ErrNotFound, "the filing number of a record in the registry")
	}
	r := &g.recs[i]
	v := validator{g: g, r: r, in: in, newKeys: map[uint64]bool{}}
	for _, old := range r.ev {
		v.replay(old)
	}
	v.filed = true
	if err := v.add(len(r.ev), e); err != nil {
		return err
	}
	for nk := range v.newKeys {
		g.index[nk] = i
	}
	return nil
}

func (g *Registry) commit(nr rec, keys map[uint64]bool) {
	if g.index == nil {
		g.index = make(map[uint64]int32)
	}
	i := int32(len(g.recs))
	g.recs = append(g.recs, nr)
	g.index[nr.filing] = i
	for k := range keys {
		g.index[k] = i
	}
}

// validator checks events one by one against the state they build.
type validator struct {
	g       *Registry
	r       *rec
	in      string
	newKeys map[uint64]bool // branch filing numbers this record adds

	filed, suspended, cancelled bool
	last, until                 int32
	scope                       map[scopeKey]Levels
	branches                    map[int32]bool // site → open
}

type scopeKey struct {
	occ occupation.Code
	wt  string
}

// replay applies an already valid compact event to the state.
func (v *validator) replay(e cev) {
	v.last = e.day
	switch e.kind {
	case Filed:
		v.filed, v.until = true, e.aux
	case Extended:
		v.until = e.aux
	case SuspendedFrom:
		v.suspended = true
	case Resumed:
		v.suspended = false
	case CancelledOn:
		v.cancelled = true
	case ScopeAdded, ScopeRemoved:
		if v.scope == nil {
			v.scope = map[scopeKey]Levels{}
		}
		sk := scopeKey{e.occ, v.g.str(e.str)}
		if e.kind == ScopeAdded {
			v.scope[sk] |= e.levels
		} else {
			v.scope[sk] &^= e.levels
		}
	case BranchAdded, BranchClosed:
		if v.branches == nil {
			v.branches = map[int32]bool{}
		}
		v.branches[e.aux] = e.kind == BranchAdded
	}
}

func (v *validator) add(i int, e Event) error {
	field := "events[" + strconv.Itoa(i) + "]"
	bad := func(kind, cause error, want string) error {
		return recErr(v.in, field, e.Kind.String(), kind, cause, want)
	}
	if e.Kind < Filed || e.Kind > BranchClosed {
		return bad(skillcert.ErrArgument, nil, "a known event kind")
	}
	if e.Date.IsZero() {
		return bad(skillcert.ErrArgument, nil, "a date")
	}
	d := dayOf(e.Date)
	c := cev{day: d, kind: e.Kind}
	switch {
	case !v.filed && e.Kind != Filed:
		return bad(skillcert.ErrArgument, nil, "a filed event first")
	case v.filed && e.Kind == Filed:
		return bad(skillcert.ErrArgument, nil, "one filed event only, the first (a later filing period is an extended event)")
	case v.cancelled:
		return bad(skillcert.ErrArgument, nil, "no event after the filing was cancelled: a cancelled code is retired (人社鉴发〔2019〕2号 附件1 四（一）)")
	case v.filed && d < v.last:
		return bad(skillcert.ErrRange, nil, "a date no earlier than the event before ("+timeOf(v.last).Format(time.DateOnly)+")")
	}
	name := strings.TrimSpace(e.Name)
	switch e.Kind {
	case Filed, Extended:
		c.aux = noEnd
		if !e.Until.IsZero() {
			c.aux = dayOf(e.Until)
			if c.aux < d {
				return bad(skillcert.ErrRange, nil, "a last day (until) no earlier than the date")
			}
		}
		if e.Kind == Extended && (c.aux <= v.until && v.until != noEnd || v.until == noEnd) {
			return bad(skillcert.ErrRange, nil, "an extension to a later last day than the filing period in force")
		}
		if e.Kind == Filed {
			if name == "" {
				return bad(skillcert.ErrArgument, nil, "the filed name")
			}
			c.str = v.g.intern(name)
		}
	case SuspendedFrom:
		if v.suspended {
			return bad(skillcert.ErrArgument, nil, "a suspension of a filing that is not suspended")
		}
	case Resumed:
		if !v.suspended {
			return bad(skillcert.ErrArgument, nil, "a resumption of a suspended filing")
		}
	case Renamed:
		if name == "" {
			return bad(skillcert.ErrArgument, nil, "the new name")
		}
		c.str = v.g.intern(name)
	case ScopeAdded, ScopeRemoved:
		s := e.Scope
		en, ok := occupation.Lookup(s.Occupation)
		if !s.Occupation.IsValid() || !ok || en.IsCategory() {
			return bad(skillcert.ErrUnknown, nil, "an occupation of the dictionary, not a category")
		}
		if !s.Levels.IsValid() {
			return bad(skillcert.ErrArgument, nil, "one or more of the five levels")
		}
		wt := normWorkType(s.WorkType)
		if e.Kind == ScopeRemoved {
			have := v.scope[scopeKey{s.Occupation, wt}]
			if s.Levels&^have != 0 {
				return bad(skillcert.ErrArgument, nil, "levels in force for "+s.Occupation.String()+" "+strconv.Quote(wt)+" (in force: "+strconv.Quote(have.String())+")")
			}
		}
		c.occ, c.levels, c.str = s.Occupation, s.Levels, v.g.intern(wt)
	case BranchAdded, BranchRenamed, BranchClosed:
		bk, ok := pack(e.Branch)
		if !ok || prefix(bk) != prefix(v.r.filing) || bk == v.r.filing {
			return bad(skillcert.ErrArgument, nil, "a branch filing number sharing positions 1–7 with the institution's and differing in 8–13")
		}
		c.aux = site(bk)
		open := v.branches[c.aux]
		switch e.Kind {
		case BranchAdded:
			if _, used := v.g.index[bk]; used || v.newKeys[bk] {
				return bad(skillcert.ErrArgument, ErrDuplicate, "a branch filing number not in use")
			}
			if _, seen := v.branches[c.aux]; seen {
				return bad(skillcert.ErrArgument, ErrDuplicate, "a branch filing number not used before (a closed code is retired)")
			}
			if name == "" {
				return bad(skillcert.ErrArgument, nil, "the branch's filed name")
			}
			v.newKeys[bk] = true
		default:
			if !open {
				return bad(skillcert.ErrArgument, nil, "a branch in force")
			}
			if e.Kind == BranchRenamed {
				if name == "" {
					return bad(skillcert.ErrArgument, nil, "the branch's new name")
				}
			}
		}
		if e.Kind != BranchClosed {
			c.str = v.g.intern(name)
		}
	}
	v.replay(c)
	v.r.ev = append(v.r.ev, c)
	return nil
}

// normWorkType is the work type a scope row or a certificate means: the
// text trimmed, and "" for the ways of writing "none" ("--", "——", "－－").
func normWorkType(s string) string {
	s = strings.TrimSpace(s)
	switch s {
	case "--", "——", "－－", "—", "-":
		return ""
	}
	return s
}

// Lookup returns the record whose filing number, or one of whose branches'
// filing numbers, is f, rebuilt in its plain form.
func (g *Registry) Lookup(f certcode.Filing) (Record, bool) {
	if g == nil {
		return Record{}, false
	}
	k, ok := pack(f)
	if !ok {
		return Record{}, false
	}
	i, ok := g.index[k]
	if !ok {
		return Record{}, false
	}
	return g.record(i), true
}

func (g *Registry) record(i int32) Record {
	r := &g.recs[i]
	out := Record{Filing: unpack(r.filing), CreditCode: r.credit, Kind: r.kind, Events: make([]Event, len(r.ev))}
	for j, c := range r.ev {
		e := Event{Kind: c.kind, Date: timeOf(c.day)}
		switch c.kind {
		case Filed, Extended:
			e.Until = timeOf(c.aux)
			e.Name = g.str(c.str)
		case Renamed:
			e.Name = g.str(c.str)
		case ScopeAdded, ScopeRemoved:
			e.Scope = ScopeRow{Occupation: c.occ, WorkType: g.str(c.str), Levels: c.levels}
		case BranchAdded, BranchRenamed, BranchClosed:
			e.Branch = unpack(prefix(r.filing) + uint64(c.aux))
			e.Name = g.str(c.str)
		}
		out.Events[j] = e
	}
	return out
}

// All yields every record in the order they were added, in plain form.
func (g *Registry) All() iter.Seq[Record] {
	return func(yield func(Record) bool) {
		if g == nil {
			return
		}
		for i := range g.recs {
			if !yield(g.record(int32(i))) {
				return
			}
		}
	}
}

// View is what the registry says about one filing number on one day, read
// without allocating: the institution's or branch's name and status, and,
// through Levels, its scope. The zero View is of no filing number.
type View struct {
	g    *Registry
	rec  int32
	site int32 // -1 for the institution itself
	day  int32

	// Name is the filed name on the day: the branch's, when the filing
	// number is a branch's (人社鉴发〔2021〕1号 二（三））.
	Name string
	// Parent is the institution's filed name when the filing number is a
	// branch's; "" otherwise.
	Parent string
	Kind   Kind
	// Status is the standing of what the filing number names: the
	// institution's, or for a branch NotYetFiled or Closed by its own
	// events and else the institution's.
	Status Status
	// Institution is the institution's own status (equal to Status when the
	// filing number is the institution's).
	Institution Status
}

// IsBranch reports whether the viewed filing number is a branch's.
func (v View) IsBranch() bool { return v.g != nil && v.site >= 0 }

// View returns what the registry says about filing number f on day t (its
// calendar date). The bool is false when no record or branch has f.
func (g *Registry) View(f certcode.Filing, t time.Time) (View, bool) {
	if g == nil {
		return View{}, false
	}
	k, ok := pack(f)
	if !ok {
		return View{}, false
	}
	i, ok := g.index[k]
	if !ok {
		return View{}, false
	}
	r := &g.recs[i]
	v := View{g: g, rec: i, site: -1, day: dayOf(t), Kind: r.kind}
	if k != r.filing {
		v.site = site(k)
	}
	var (
		filed, suspended, cancelled bool
		until                       int32
		name, bname                 uint32
		bstate                      = NotYetFiled
	)
	for _, e := range r.ev {
		if e.day > v.day {
			break
		}
		switch e.kind {
		case Filed:
			filed, until, name = true, e.aux, e.str
		case Extended:
			until = e.aux
		case SuspendedFrom:
			suspended = true
		case Resumed:
			suspended = false
		case CancelledOn:
			cancelled = true
		case Renamed:
			name = e.str
		case BranchAdded, BranchRenamed, BranchClosed:
			if e.aux == v.site {
				if e.kind == BranchClosed {
					bstate = Closed
				} else {
					bstate, bname = Active, e.str
				}
			}
		}
	}
	switch {
	case !filed:
		v.Institution = NotYetFiled
	case cancelled:
		v.Institution = Cancelled
	case v.day > until:
		v.Institution = Expired
	case suspended:
		v.Institution = Suspended
	default:
		v.Institution = Active
	}
	v.Status, v.Name = v.Institution, g.str(name)
	if v.site >= 0 {
		v.Parent = v.Name
		if bname == 0 {
			v.Name = g.branchName(r, v.site)
		} else {
			v.Name = g.str(bname)
		}
		if bstate != Active {
			v.Status = bstate
		}
	}
	return v, true
}

// branchName is a branch's first filed name, for a day before it was added.
func (g *Registry) branchName(r *rec, s int32) string {
	for _, e := range r.ev {
		if e.kind == BranchAdded && e.aux == s {
			return g.str(e.str)
		}
	}
	return ""
}

// Levels returns the levels filed on the view's day for occupation occ and
// work type wt ("" or "--" for none; compared exactly, spaces around
// trimmed), as 人社鉴发〔2021〕1号 三（二） wants what a certificate says to
// equal what was filed. Scope is the institution's; its branches share it.
func (v View) Levels(occ occupation.Code, wt string) Levels {
	if v.g == nil {
		return 0
	}
	id, ok := v.g.strIdx[normWorkType(wt)]
	if !ok {
		return 0
	}
	return v.levels(occ, id)
}

func (v View) levels(occ occupation.Code, wt uint32) Levels {
	var s Levels
	for _, e := range v.g.recs[v.rec].ev {
		if e.day > v.day {
			break
		}
		if e.occ != occ || e.str != wt {
			continue
		}
		switch e.kind {
		case ScopeAdded:
			s |= e.levels
		case ScopeRemoved:
			s &^= e.levels
		}
	}
	return s
}

// HasOccupation reports whether any work type of occupation occ has levels
// filed on the view's day.
func (v View) HasOccupation(occ occupation.Code) bool {
	if v.g == nil {
		return false
	}
	for _, e := range v.g.recs[v.rec].ev {
		if e.day > v.day {
			break
		}
		if e.kind == ScopeAdded && e.occ == occ && v.levels(occ, e.str) != 0 {
			return true
		}
	}
	return false
}

// Snapshot returns the whole of what the view's record says on its day, in
// plain form (it allocates): name, status, filing period, the scope rows in
// force (in the order first added) and the branches in force.
func (v View) Snapshot() Snapshot {
	if v.g == nil {
		return Snapshot{}
	}
	g, r := v.g, &v.g.recs[v.rec]
	s := Snapshot{Filing: unpack(r.filing), Kind: r.kind, Status: v.Institution}
	type bst struct {
		name uint32
		open bool
	}
	var (
		order  []scopeKey
		scope  = map[scopeKey]Levels{}
		border []int32
		bs     = map[int32]*bst{}
	)
	s.Name = v.Name
	if v.site >= 0 {
		s.Name = v.Parent
	}
	for _, e := range r.ev {
		if e.day > v.day {
			break
		}
		switch e.kind {
		case Filed:
			s.From, s.Until = timeOf(e.day), timeOf(e.aux)
		case Extended:
			s.Until = timeOf(e.aux)
		case ScopeAdded, ScopeRemoved:
			k := scopeKey{e.occ, g.str(e.str)}
			if _, seen := scope[k]; !seen {
				order = append(order, k)
			}
			if e.kind == ScopeAdded {
				scope[k] |= e.levels
			} else {
				scope[k] &^= e.levels
			}
		case BranchAdded:
			border = append(border, e.aux)
			bs[e.aux] = &bst{e.str, true}
		case BranchRenamed:
			bs[e.aux].name = e.str
		case BranchClosed:
			bs[e.aux].open = false
		}
	}
	for _, k := range order {
		if l := scope[k]; l != 0 {
			s.Scope = append(s.Scope, ScopeRow{Occupation: k.occ, WorkType: k.wt, Levels: l})
		}
	}
	for _, st := range border {
		if b := bs[st]; b.open {
			s.Branches = append(s.Branches, Branch{Filing: unpack(prefix(r.filing) + uint64(st)), Name: g.str(b.name)})
		}
	}
	return s
}

// undoAdd removes the record added last.
func (g *Registry) undoAdd() {
	n := len(g.recs) - 1
	r := g.recs[n]
	delete(g.index, r.filing)
	for _, e := range r.ev {
		if e.kind == BranchAdded {
			delete(g.index, prefix(r.filing)+uint64(e.aux))
		}
	}
	g.recs = g.recs[:n]
}

// undoEvent removes the event added last to record f.
func (g *Registry) undoEvent(f certcode.Filing) {
	k, _ := pack(f)
	r := &g.recs[g.index[k]]
	e := r.ev[len(r.ev)-1]
	if e.kind == BranchAdded {
		delete(g.index, prefix(r.filing)+uint64(e.aux))
	}
	r.ev = r.ev[:len(r.ev)-1]
}
