package certificate

import (
	"hash/maphash"
	"iter"
	"strconv"
	"strings"

	skillcert "github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/institution"
	"github.com/skillcert/skillcert/level"
)

// Verifier verifies the certificates of a table one row after the other,
// as Verify does, and across rows: a certificate number used twice is an
// error (verify.duplicate-number, 一证一号), the same person certified twice
// for the same occupation, work type and level a warning
// (verify.duplicate-person). It streams: it keeps only compact keys of the
// rows seen, never the certificates, so its memory grows with the table
// (about a hundred bytes a row), not with the registry.
//
// A number is kept as its packed certcode.Code (24 bytes). A resident ID
// number is packed exactly into 64 bits; any other ID number is kept as a
// 64-bit hash, with the ID itself kept beside it so that two IDs with the
// same hash are told apart (a collision check), never taken as one person.
// The work type is kept as a 64-bit hash. A Verifier is not safe for
// concurrent use.
type Verifier struct {
	reg     *institution.Registry
	opt     VerifyOptions
	numbers map[certcode.Code]int32
	people  map[personKey]int32
	hashed  map[uint64]string // hashed ID → the ID, for the collision check
	seed    maphash.Seed
	row     int
}

type personKey struct {
	id  uint64
	occ uint64 // occupation code, or a hash of the name when it is not one
	wt  uint64
	lv  level.Level
}

// NewVerifier returns a Verifier of certificates against reg.
func NewVerifier(reg *institution.Registry, opt VerifyOptions) *Verifier {
	n := max(opt.Rows, 0)
	return &Verifier{reg: reg, opt: opt, numbers: make(map[certcode.Code]int32, n), people: make(map[personKey]int32, n),
		hashed: map[uint64]string{}, seed: maphash.MakeSeed()}
}

// Verify verifies the certificate of table row row (as the table numbers
// its rows; 0 numbers it one after the row before) and returns its
// findings, with Row set.
func (v *Verifier) Verify(row int, c Certificate) []skillcert.Finding {
	if row <= 0 {
		row = v.row + 1
	}
	v.row = row
	fs := Verify(c, v.reg, v.opt)
	k := checker{since2021: c.Issued.IsZero() || !civil(c.Issued).Before(notice2021), out: fs}
	if code, err := certcode.Parse(c.Number); err == nil {
		if first, dup := v.numbers[code]; dup {
			k.add(&ruleVerifyDuplicateNumber, "Number", c.Number, "证书编号"+code.String()+"已在第"+strconv.Itoa(int(first))+"行使用（一证一号）",
				"the certificate number "+code.String()+" is already used in row "+strconv.Itoa(int(first)))
		} else {
			v.numbers[code] = int32(row)
		}
	}
	if lv, err := level.Parse(c.Level); err == nil && strings.TrimSpace(c.IDNumber) != "" {
		key := personKey{id: v.personID(c.IDNumber), wt: maphash.String(v.seed, normWorkType(c.WorkType)), lv: lv}
		if occ, ok := lookupOccupation(c.Occupation); ok {
			key.occ = uint64(occ)
		} else {
			key.occ = maphash.String(v.seed, strings.TrimSpace(c.Occupation)) | 1<<63
		}
		if first, dup := v.people[key]; dup {
			k.add(&ruleVerifyDuplicatePerson, "IDNumber", c.IDNumber, "证件号码相同的人员已在第"+strconv.Itoa(int(first))+"行取得同一职业（工种）同一等级的证书",
				"the same person (ID number) got a certificate for the same occupation, work type and level in row "+strconv.Itoa(int(first)))
		} else {
			v.people[key] = int32(row)
		}
	}
	for i := range k.out {
		k.out[i].Row = row
	}
	return k.out
}

// personID packs a resident ID number (17 digits and a check character)
// exactly, with bit 63 clear; any other ID is hashed, with bit 63 set, and
// a second ID with the hash of a first gets the next free hash.
func (v *Verifier) personID(id string) uint64 {
	id = strings.ToUpper(strings.TrimSpace(id))
	if len(id) == 18 {
		var n uint64
		ok := true
		for i := 0; i < 17 && ok; i++ {
			ok = id[i] >= '0' && id[i] <= '9'
			n = n*10 + uint64(id[i]-'0')
		}
		switch c := id[17]; {
		case ok && c >= '0' && c <= '9':
			return n*11 + uint64(c-'0')
		case ok && c == 'X':
			return n*11 + 10
		}
	}
	h := maphash.String(v.seed, id) | 1<<63
	for {
		prev, seen := v.hashed[h]
		if !seen {
			v.hashed[h] = strings.Clone(id)
			return h
		}
		if prev == id {
			return h
		}
		h = (h + 1) | 1<<63 // a collision: the next hash
	}
}

// Stream verifies every certificate certs yields, numbering the rows from
// 1, and yields each finding; a row certs cannot read (a non-nil error) is
// yielded as that error with no finding, and the rows after it are still
// verified.
func (v *Verifier) Stream(certs iter.Seq2[Certificate, error]) iter.Seq2[skillcert.Finding, error] {
	return func(yield func(skillcert.Finding, error) bool) {
		for c, err := range certs {
			if err != nil {
				v.row++
				if !yield(skillcert.Finding{}, err) {
					return
				}
				continue
			}
			for _, f := range v.Verify(0, c) {
				if !yield(f, nil) {
					return
				}
			}
		}
	}
}

// normWorkType is the work type a certificate means: trimmed, and "" for
// the ways of writing none.
func normWorkType(s string) string {
	s = strings.TrimSpace(s)
	if s == NoWorkType || s == NoWorkType2019 || s == "－－" {
		return ""
	}
	return s
}
