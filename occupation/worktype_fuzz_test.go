package occupation

import (
	"bytes"
	"testing"
)

// FuzzReadWorkTypes: a work-type table of any bytes is read or refused with
// an error, never a panic; a table read has only well-formed occupation codes.
func FuzzReadWorkTypes(f *testing.F) {
	f.Add([]byte("职业编码,职业名称,工种,级别\n4-12-01-01,汽车维修工,汽车维修检验工,54321\n"))
	f.Add([]byte("职业编码,职业名称,工种,级别,省份\n6-18-02-04,焊工,电焊工,543,41\n"))
	f.Add([]byte("职业编码,职业名称,工种,级别\n\"4-12,\n"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		wt, err := ReadWorkTypes(bytes.NewReader(data), "fuzz.csv")
		if err != nil {
			return
		}
		for _, r := range wt.Rows() {
			if !r.Occupation.IsValid() {
				t.Fatalf("row with an invalid code %v accepted", r.Occupation)
			}
		}
	})
}
