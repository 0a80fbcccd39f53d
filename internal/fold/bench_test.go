package fold

import "testing"

func BenchmarkCode(b *testing.B) {
	for _, bc := range []struct{ name, in string }{
		{"canonical", "Y000144001005205000001"},
		{"lower", "y000144001005205000001"},
		{"grouped", "Y 0001 44 001005 20 5 000001"},
		{"fullwidth", "Ｙ　０００１　４４　００１００５　２０　５　０００００１"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			var buf Buffer
			for i := 0; i < b.N; i++ {
				if n, bad := Code(&buf, bc.in); n != 22 || bad != 0 {
					b.Fatal(n, bad)
				}
			}
		})
	}
}
