package skillcert_test

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/skillcert/skillcert/internal/apicheck"
)

var updateAPI = flag.Bool("update-api", false, "rewrite api/v1.txt with the exported API as it is now")

// TestAPI keeps v1 honest: the exported API of every library package must be
// the one recorded in api/v1.txt. A change adds its new lines to the record
// (go test -run TestAPI -update-api .); a removed or changed line breaks the
// callers of v1 and is refused by review.
func TestAPI(t *testing.T) {
	got, err := apicheck.List(".", "github.com/skillcert/skillcert")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join("api", "v1.txt")
	if *updateAPI {
		if err := os.WriteFile(file, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v: record the API with go test -run TestAPI -update-api .", err)
	}
	want := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	var removed, added []string
	for _, l := range want {
		if _, ok := slices.BinarySearch(got, l); !ok {
			removed = append(removed, l)
		}
	}
	for _, l := range got {
		if _, ok := slices.BinarySearch(want, l); !ok {
			added = append(added, l)
		}
	}
	for _, l := range removed {
		t.Errorf("removed or changed since api/v1.txt (this breaks v1 callers): %s", l)
	}
	for _, l := range added {
		t.Errorf("not recorded in api/v1.txt: %s", l)
	}
	if len(added) > 0 && len(removed) == 0 {
		t.Log("additions only: record them with go test -run TestAPI -update-api .")
	}
}
