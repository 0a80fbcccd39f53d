package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/skillcert/skillcert/submission"
)

// benchTables writes a generated submission table as CSV and as XLSX with
// the same rows into a folder removed when the benchmark ends.
func benchTables(b *testing.B, rows int) (csvPath, xlsxPath string) {
	b.Helper()
	dir := b.TempDir()
	csvPath, xlsxPath = filepath.Join(dir, "t.csv"), filepath.Join(dir, "t.xlsx")
	for _, out := range []string{csvPath, xlsxPath} {
		if code := run([]string{"gen-table", "-rows", strconv.Itoa(rows), "-seed", "1", "-o", out}, nil, io.Discard, io.Discard); code != 0 {
			b.Fatalf("gen-table %s: exit %d", out, code)
		}
	}
	return csvPath, xlsxPath
}

// peakHeap samples the live heap every millisecond until stop is called and
// returns the largest sample, in bytes.
func peakHeap() (stop func() uint64) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	done := make(chan struct{})
	var peak uint64
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 { close(done); wg.Wait(); return peak }
}

// BenchmarkCheckTable checks the same 300,000-row table as CSV and as XLSX
// through the tool's own code path (checkFile), findings encoded as JSON to
// io.Discard, and reports the peak live heap. scripts/bench compares the two.
func BenchmarkCheckTable(b *testing.B) {
	rows := 300000
	if s := os.Getenv("SKILLCERT_BENCH_ROWS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			b.Fatal(err)
		}
		rows = n
	}
	csvPath, xlsxPath := benchTables(b, rows)
	for _, tc := range []struct{ name, path string }{{"csv", csvPath}, {"xlsx", xlsxPath}} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			runtime.GC()
			stop := peakHeap()
			for range b.N {
				r := &report{file: tc.path, out: io.Discard, json: json.NewEncoder(io.Discard), asJSON: true}
				sum, err := checkFile(tc.path, nil, submission.Options{}, r, &progress{})
				if err != nil || sum.Rows != rows {
					b.Fatalf("%s: %d rows, %v", tc.path, sum.Rows, err)
				}
			}
			b.ReportMetric(float64(stop())/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*rows), "ns/row")
		})
	}
}
