package nationalid

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/skillcert/skillcert"
)

// full turns ASCII into its full-width form, as an IME types it.
func full(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r > ' ' && r < 0x7f {
			r += 0xFF01 - '!'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestCreditCode(t *testing.T) {
	for in, want := range map[string]string{
		"91350100M000100Y43":         "91350100M000100Y43",
		"91110000802100433B":         "91110000802100433B",
		"12100000400000624D":         "12100000400000624D",
		" 91350100M000100Y43 ":       "91350100M000100Y43",
		"91350100m000100y43":         "91350100M000100Y43",
		full("91350100M000100Y43"):   "91350100M000100Y43",
		"\u300091350100M000100Y43\t": "91350100M000100Y43",
	} {
		c, err := ParseCreditCode(in)
		if err != nil || c.String() != want {
			t.Errorf("%q: %v %v", in, c, err)
		}
	}
	c := MustParseCreditCode("91350100M000100Y43")
	if c.Registration() != '9' || c.Organisation() != '1' || c.Region() != "350100" || c.OrganisationCode() != "M000100Y4" || c.Check() != '3' {
		t.Errorf("accessors: %c %c %s %s %c", c.Registration(), c.Organisation(), c.Region(), c.OrganisationCode(), c.Check())
	}
	var zero CreditCode
	if zero.IsValid() || zero.Region() != "" || zero.Check() != 0 || zero.Compare(c) != -1 || c.Compare(c) != 0 {
		t.Error("zero value")
	}
}

func TestCreditCodeErrors(t *testing.T) {
	for _, tc := range []struct {
		in       string
		kind     error
		pos, end int
		got      string
	}{
		{"91350100M000100Y44", skillcert.ErrChecksum, 18, 18, "4"},
		{"91350100M000100Y4", skillcert.ErrLength, 0, 0, "17"},
		{"", skillcert.ErrLength, 0, 0, "0"},
		{"9135010OM000100Y43", skillcert.ErrSyntax, 8, 8, "O"},
		{"91350100M000101Y43", skillcert.ErrChecksum, 17, 17, "4"},
		{"9135 0100M000100Y43", skillcert.ErrLength, 0, 0, "19"}, // a space inside is not trimmed
		{"  9135010OM000100Y43", skillcert.ErrSyntax, 10, 10, "O"},
		{full("9135010OM000100Y43"), skillcert.ErrSyntax, 8, 8, "Ｏ"},
		{"91350100M000100Y4\xff", skillcert.ErrSyntax, 18, 18, "\xff"},
	} {
		_, err := ParseCreditCode(tc.in)
		var e *skillcert.Error
		if !errors.As(err, &e) || !errors.Is(err, tc.kind) || e.Pos != tc.pos || e.End != tc.end || e.Got != tc.got || e.Input != tc.in || e.Source == "" {
			t.Errorf("%q: %#v, want %v at %d–%d got %q", tc.in, err, tc.kind, tc.pos, tc.end, tc.got)
		}
	}
}

func TestResidentID(t *testing.T) {
	today := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	for _, in := range []string{"11010519491231002X", "11010519491231002x", full("11010519491231002X"), " 11010519491231002X\u3000", full("11010519491231002x")} {
		id, err := ParseResidentID(in)
		if err != nil || id.String() != "11010519491231002X" {
			t.Errorf("%q: %v %v", in, id, err)
		}
		if err := CheckResidentID(in, today); err != nil {
			t.Errorf("%q: %v", in, err)
		}
	}
	id := MustParseResidentID("11010519491231002X") // GB 11643's example
	if id.Region() != "110105" || !id.Birth().Equal(time.Date(1949, 12, 31, 0, 0, 0, 0, time.UTC)) || id.Sequence() != "002" ||
		id.Sex() != Female || id.Check() != 'X' {
		t.Errorf("accessors: %s %v %s %v %c", id.Region(), id.Birth(), id.Sequence(), id.Sex(), id.Check())
	}
	for _, tc := range []struct {
		in       string
		kind     error
		pos, end int
	}{
		{"110105194912310021", skillcert.ErrChecksum, 18, 18},
		{"11010519491231002", skillcert.ErrLength, 0, 0},
		{"1101051949123100A2", skillcert.ErrSyntax, 17, 17},
		{"11010519491231002Y", skillcert.ErrSyntax, 18, 18},
		{withCheck("11010519000229001"), skillcert.ErrRange, 7, 14}, // 1900 is not a leap year
		{withCheck("11010520260230001"), skillcert.ErrRange, 7, 14},
		{withCheck("11010517991231001"), skillcert.ErrRange, 7, 14}, // before MinBirthYear
		{"110105190002290011", skillcert.ErrRange, 7, 14},           // the date before the check character
		{"  " + full("1101051949123100A2"), skillcert.ErrSyntax, 19, 19},
	} {
		_, err := ParseResidentID(tc.in)
		var e *skillcert.Error
		if !errors.As(err, &e) || !errors.Is(err, tc.kind) || e.Pos != tc.pos || e.End != tc.end || e.Input != tc.in {
			t.Errorf("%q: %v, want %v at %d–%d", tc.in, err, tc.kind, tc.pos, tc.end)
		}
	}
	if n := (Sex(7)).String(); n != "Sex(7)" || Male.Chinese() != "男" {
		t.Errorf("Sex: %s", n)
	}
}

// TestBirthWithoutReference: no reference date, no claim that 1949 is in the
// future; with one, a birth after it is an error at the birth date.
func TestBirthWithoutReference(t *testing.T) {
	id := MustParseResidentID("11010519491231002X")
	if err := CheckResidentID("11010519491231002X", time.Time{}); err != nil {
		t.Errorf("zero reference: %v", err)
	}
	if err := id.CheckBirth(time.Time{}); err != nil || id.BornAfter(time.Date(1949, 12, 31, 23, 0, 0, 0, time.UTC)) {
		t.Errorf("zero reference: %v", err)
	}
	future := withCheck("11010520270101001") // born 1 January 2027
	if _, err := ParseResidentID(future); err != nil {
		t.Fatal(err)
	}
	err := CheckResidentID(future, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
	var e *skillcert.Error
	if !errors.As(err, &e) || !errors.Is(err, skillcert.ErrRange) || e.Pos != 7 || e.End != 14 || e.Got != "20270101" {
		t.Errorf("born after the reference: %v", err)
	}
	if err := CheckResidentID(future, time.Date(2027, 1, 1, 23, 0, 0, 0, time.FixedZone("CST", 8*3600))); err != nil {
		t.Errorf("born on the reference day: %v", err)
	}
	if err := (ResidentID{}).CheckBirth(time.Now()); err != nil {
		t.Errorf("zero ResidentID: %v", err)
	}
}

// TestPositionsPastUint16: positions are characters of the caller's input,
// exact however long it is.
func TestPositionsPastUint16(t *testing.T) {
	pad := strings.Repeat("\u3000", 70000) // 210,000 bytes of ideographic space
	in := pad + full("9135010OM000100Y43")
	_, err := ParseCreditCode(in)
	var e *skillcert.Error
	if !errors.As(err, &e) || e.Pos != 70008 || e.Input != in || len(err.Error()) > 1000 {
		t.Errorf("position after 70,000 characters: %v", err)
	}
	_, err = ParseResidentID(strings.Repeat("１", 70000))
	if !errors.As(err, &e) || e.Got != "70000" || !errors.Is(err, skillcert.ErrLength) {
		t.Errorf("length of 70,000 full-width digits: %v", err)
	}
	_, err = ParseResidentID(full("1101051949123100") + "2")
	if !errors.As(err, &e) || e.Got != "17" {
		t.Errorf("a full-width ID of 17 characters: %v", err)
	}
}

func TestText(t *testing.T) {
	var v struct {
		C CreditCode `json:"c"`
		I ResidentID `json:"i"`
	}
	if err := json.Unmarshal([]byte(`{"c":"９１３５０１００Ｍ０００１００Ｙ４３","i":"11010519491231002x"}`), &v); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(v)
	if string(b) != `{"c":"91350100M000100Y43","i":"11010519491231002X"}` {
		t.Errorf("JSON: %s", b)
	}
	if err := json.Unmarshal([]byte(`{"c":"91350100M000100Y44"}`), &v); !errors.Is(err, skillcert.ErrChecksum) || v.C.String() != "91350100M000100Y43" {
		t.Errorf("a bad code: %v, %v", err, v.C)
	}
	if err := v.I.Scan(nil); err != nil || v.I.IsValid() {
		t.Errorf("Scan(NULL): %v", err)
	}
	if dv, _ := v.I.Value(); dv != nil {
		t.Errorf("Value of the zero ResidentID: %v", dv)
	}
	if err := v.C.Scan([]byte("12100000400000624D")); err != nil || v.C.String() != "12100000400000624D" {
		t.Errorf("Scan: %v", err)
	}
	if dv, _ := v.C.Value(); dv != "12100000400000624D" {
		t.Errorf("Value: %v", dv)
	}
	if b, _ := v.C.AppendText([]byte("c=")); string(b) != "c=12100000400000624D" {
		t.Errorf("AppendText: %s", b)
	}
}

func TestAllocs(t *testing.T) {
	var sink error
	for name, f := range map[string]func(){
		"ParseCreditCode": func() { _, sink = ParseCreditCode("91350100M000100Y43") },
		"ParseResidentID": func() { _, sink = ParseResidentID("11010519491231002X") },
		"CheckResidentID": func() { sink = CheckResidentID("11010519491231002X", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)) },
		"accessors": func() {
			id := MustParseResidentID("11010519491231002X")
			_, _, _, _ = id.Region(), id.Birth(), id.Sex(), id.Sequence()
		},
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s allocates %v times", name, n)
		}
	}
	_ = sink
}

func BenchmarkParseResidentID(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		_, _ = ParseResidentID("11010519491231002X")
	}
}

func BenchmarkParseCreditCode(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		_, _ = ParseCreditCode("91350100M000100Y43")
	}
}

// withCheck appends GB 11643's check character to 17 digits.
func withCheck(s17 string) string {
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(s17[i]-'0') * idWeights[i]
	}
	return s17 + string("10X98765432"[sum%11])
}

// CompleteCreditCode computes both check characters: the GB 32100 example
// code comes back whole, every valid code is completed from its first 16
// characters, and a bad prefix is an error.
func TestCompleteCreditCode(t *testing.T) {
	c, err := CompleteCreditCode("91350100M000100Y")
	if err != nil || c.String() != "91350100M000100Y43" {
		t.Fatalf("CompleteCreditCode = %v, %v; want 91350100M000100Y43", c, err)
	}
	for _, s := range []string{"91350100M000100Y43", "91110000MA00000017"} {
		if _, err := ParseCreditCode(s); err != nil {
			continue
		}
		if c, err := CompleteCreditCode(s[:16]); err != nil || c.String() != s {
			t.Errorf("CompleteCreditCode(%q) = %v, %v; want %s", s[:16], c, err, s)
		}
	}
	for _, bad := range []string{"", "91350100M000100", "91350100M000100YY", "91350100I000100Y"} {
		if _, err := CompleteCreditCode(bad); err == nil {
			t.Errorf("CompleteCreditCode(%q) accepted", bad)
		}
	}
}
