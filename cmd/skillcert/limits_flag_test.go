package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLimitFlagsApply: a limit flag given on the command line is the one in
// force, for check and verify alike (the flags are read after parsing).
func TestLimitFlagsApply(t *testing.T) {
	table := filepath.Join(t.TempDir(), "t.csv")
	data, err := os.ReadFile(filepath.Join("testdata", "sample.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(table, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runBin(t, nil, "check", "-q", "-max-rows", "3", table)
	if code != 2 || !strings.Contains(out+errOut, "-max-rows") {
		t.Errorf("check -max-rows 3: exit %d, output %.300q", code, out+errOut)
	}
	reg := filepath.Join("..", "..", "examples", "verify", "institutions.registry")
	code, out, errOut = runBin(t, nil, "verify", "-q", "-registry", reg, "-max-rows", "3", table)
	if code != 2 || !strings.Contains(out+errOut, "-max-rows") {
		t.Errorf("verify -max-rows 3: exit %d, output %.300q", code, out+errOut)
	}
}
