package submission

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/submission/subgen"
)

// writeTable writes a generated table of n rows, 10% of them with a defect.
func writeTable(w io.Writer, n int) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(strings.Join(subgen.Header, ",") + "\n")
	if _, err := subgen.Generate(subgen.Options{Rows: n, DefectShare: 0.1, Seed: 1}, func(cells []string) error {
		_, err := bw.WriteString(strings.Join(cells, ",") + "\n")
		return err
	}); err != nil {
		return err
	}
	return bw.Flush()
}

// table300k is a generated table of 300,000 rows, 10% with a defect.
var table300k = sync.OnceValue(func() []byte {
	var buf bytes.Buffer
	if err := writeTable(&buf, 300_000); err != nil {
		panic(err)
	}
	return buf.Bytes()
})

// bareCSV reads data with encoding/csv and nothing else, as fast as it goes.
func bareCSV(b *testing.B, data []byte, records int) {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.ReuseRecord = true
	n := 0
	for {
		_, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
		n++
	}
	if n != records {
		b.Fatal(n)
	}
}

func checkTable(b *testing.B, r io.Reader, rows int) {
	sum, _, err := CheckCSV(r, Options{Today: today}, func(skillcert.Finding) error { return nil })
	if err != nil || sum.Rows != rows {
		b.Fatal(sum, err)
	}
}

// BenchmarkTable300k compares, in one run, the whole check of a 300,000-row
// CSV table (CheckCSV: encoding, limits, every rule) with bare encoding/csv
// reading of the same bytes; the goal is a ratio of at most 3:
//
//	go test -run '^$' -bench Table300k -benchtime 3x -count 3 ./submission
//
// bare-csv and check time each alone; ratio times them in turns, each check
// right after a bare read, and reports the median over the turns of the
// check's time over the bare read's (x-bare-csv), so that a shared, noisy
// machine slows both alike and one disturbed turn does not count, and the
// same for the CPU time the process spent, on every thread, garbage
// collection included (cpu-x-bare-csv; Unix only), which a machine busy
// with other work disturbs less than the time on the clock.
func BenchmarkTable300k(b *testing.B) {
	data := table300k()
	const rows = 300_000
	b.Run("bare-csv", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			bareCSV(b, data, rows+1)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*rows), "ns/row")
	})
	b.Run("check", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			checkTable(b, bytes.NewReader(data), rows)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*rows), "ns/row")
	})
	b.Run("ratio", func(b *testing.B) {
		var bare, check time.Duration
		var wall, cpu []float64
		for i := 0; i < b.N; i++ {
			runtime.GC()
			c0, ok0 := cpuTime()
			t0 := time.Now()
			bareCSV(b, data, rows+1)
			t1 := time.Now()
			c1, ok1 := cpuTime()
			runtime.GC()
			c2, ok2 := cpuTime()
			t2 := time.Now()
			checkTable(b, bytes.NewReader(data), rows)
			t3 := time.Now()
			c3, ok3 := cpuTime()
			bare, check = bare+t1.Sub(t0), check+t3.Sub(t2)
			wall = append(wall, float64(t3.Sub(t2))/float64(t1.Sub(t0)))
			if ok0 && ok1 && ok2 && ok3 {
				cpu = append(cpu, float64(c3-c2)/float64(c1-c0))
			}
		}
		b.ReportMetric(median(wall), "x-bare-csv")
		b.ReportMetric(float64(check.Nanoseconds())/float64(b.N*rows), "check-ns/row")
		b.ReportMetric(float64(bare.Nanoseconds())/float64(b.N*rows), "bare-ns/row")
		if len(cpu) == b.N {
			b.ReportMetric(median(cpu), "cpu-x-bare-csv")
		}
	})
}

// median returns the middle of xs (the mean of the two middle ones for an
// even count).
func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// BenchmarkTable1M checks a generated table of 1,000,000 rows (10% of them
// with a defect) per iteration, read from a file as the tool reads it, and
// reports the peak heap while it runs (peak-heap-MB: live objects and
// garbage not yet collected, sampled every millisecond, above the heap before
// the check) and the heap the finished check still holds after a collection
// (index-MB: the duplicate index, which grows with the table), and the most
// memory the whole test process held from the system (peak-process-MB, about
// its resident size, the generated table's writer and the test binary's own
// heap included):
//
//	go test -run '^$' -bench Table1M -benchtime 1x ./submission
func BenchmarkTable1M(b *testing.B) {
	const rows = 1_000_000
	path := filepath.Join(b.TempDir(), "table.csv")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := writeTable(f, rows); err != nil {
		b.Fatal(err)
	}
	size, _ := f.Seek(0, io.SeekCurrent)
	f.Close()
	b.SetBytes(size)
	b.ReportAllocs()
	runtime.GC()
	base := heapBytes()
	var peak, mapped atomic.Uint64
	stop, sampled := make(chan struct{}), make(chan struct{})
	go func() { // sample the heap while the tables are checked
		defer close(sampled)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				if h := heapBytes(); h > peak.Load() {
					peak.Store(h)
				}
				if m := mappedBytes(); m > mapped.Load() {
					mapped.Store(m)
				}
			}
		}
	}()
	var index uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		c := NewChecker(Options{Today: today})
		sum, err := c.CheckRows(CSVRows(f, Limits{}), func(skillcert.Finding) error { return nil })
		f.Close()
		if err != nil || sum.Rows != rows {
			b.Fatal(sum, err)
		}
		b.StopTimer()
		runtime.GC()
		index = max(index, heapBytes()-min(base, heapBytes()))
		runtime.KeepAlive(c)
		b.StartTimer()
	}
	b.StopTimer()
	close(stop)
	<-sampled
	b.ReportMetric(float64(b.Elapsed().Seconds())/float64(b.N), "s/table")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*rows), "ns/row")
	b.ReportMetric(float64(peak.Load()-min(base, peak.Load()))/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(index)/(1<<20), "index-MB")
	b.ReportMetric(float64(mapped.Load())/(1<<20), "peak-process-MB")
}

// mappedBytes is the memory the whole process holds from the system (all of
// the Go runtime's memory, less what it has returned): about its resident
// size.
func mappedBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64() - s[1].Value.Uint64()
}
