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
