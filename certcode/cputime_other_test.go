//go:build !linux

package certcode_test

// threadCPU cannot read a thread's CPU time here; the benchmarks then
// report wall time only.
func threadCPU() int64 { return -1 }
