package fold

import "testing"

func TestRune(t *testing.T) {
	for in, want := range map[rune]rune{
		'Ｙ': 'Y', 'ｙ': 'y', '５': '5', '（': '(', '）': ')', '／': '/', 'A': 'A', '级': '级', '－': '-',
	} {
		if got := Rune(in); got != want {
			t.Errorf("Rune(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSpaceDash(t *testing.T) {
	for _, r := range []rune{' ', '\t', '\u3000', '\u00a0'} {
		if !IsSpace(r) || IsDash(r) {
			t.Errorf("%U: want space, not dash", r)
		}
	}
	for _, r := range []rune{'-', '‐', '–', '—', '―', '−', '－'} {
		if !IsDash(r) || IsSpace(r) {
			t.Errorf("%U: want dash, not space", r)
		}
	}
	for _, r := range []rune{'_', '.', 'X', '0', '/'} {
		if IsDash(r) || IsSpace(r) {
			t.Errorf("%U: want neither space nor dash", r)
		}
	}
}

func TestCode(t *testing.T) {
	for _, tc := range []struct {
		in     string
		want   string
		n, bad int
	}{
		{"Y000144001005205000001", "Y000144001005205000001", 22, 0},
		{"y 0001-44\u3000001005\u00a020－5 000001", "Y000144001005205000001", 22, 0},
		{"Ｙ　０００１　４４　００１００５　２０　５　０００００１", "Y000144001005205000001", 22, 0},
		{"ｙ‐0001—44", "Y000144", 7, 0},
		{"Y0001,44", "Y0001\x0044", 8, 6},
		{"Y0001（44", "Y0001\x0044", 8, 6},
		{"级5", "\x005", 2, 1},
		{"\xff5", "\x005", 2, 1},
		{"", "", 0, 0},
		{"   ", "", 0, 0},
	} {
		var buf Buffer
		n, bad := Code(&buf, tc.in)
		if n != tc.n || bad != tc.bad || string(buf[:min(n, len(buf))]) != tc.want {
			t.Errorf("Code(%q) = %q, %d, %d; want %q, %d, %d", tc.in, buf[:min(n, len(buf))], n, bad, tc.want, tc.n, tc.bad)
		}
	}
}

func TestSpan(t *testing.T) {
	s := "Ｙ　０００１　４４　１０１００５"
	pos, end, start, stop := Span(s, 7, 8) // the area "１０"
	if pos != 11 || end != 12 || s[start:stop] != "１０" {
		t.Errorf("Span = %d %d %q", pos, end, s[start:stop])
	}
	if pos, end, _, _ := Span("Y 0001", 10, 12); pos != 7 || end != 7 {
		t.Errorf("Span past the end = %d %d, want 7 7", pos, end)
	}
}

// FuzzCode checks the fast path against the character-by-character one, and
// Span against Code.
func FuzzCode(f *testing.F) {
	for _, s := range []string{"Y 0001 44 001005 20 5 000001", "Ｙ　０００１", "y-0001\u00a0", "\xef\xbc", "\xe3\x80", "a,b", "ｿ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var a, b Buffer
		n1, bad1 := Code(&a, s)
		n2, bad2 := codeSlow(&b, s)
		if n1 != n2 || bad1 != bad2 || (n1 <= len(a) && string(a[:n1]) != string(b[:n1])) {
			t.Fatalf("%q: Code %d %d %q, codeSlow %d %d %q", s, n1, bad1, a[:min(n1, 32)], n2, bad2, b[:min(n2, 32)])
		}
		if n1 > 0 {
			pos, end, start, stop := Span(s, 0, n1-1)
			if pos < 1 || end < pos || start >= stop || stop > len(s) {
				t.Fatalf("%q: Span(0, %d) = %d %d %d %d", s, n1-1, pos, end, start, stop)
			}
		}
	})
}
