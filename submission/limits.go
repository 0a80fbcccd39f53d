package submission

import "strconv"

// Limits bound what reading and checking one table may take, so that a
// damaged or hostile file is refused early, with its place named, instead of
// filling memory. The zero value of a field means its default; the defaults
// fit any real submission (Anhui's form is an Excel sheet, at most 1,048,576
// rows of 12 short columns). A table that hits a limit is not fully read:
// CheckRows stops with a *ReadError whose Kind is skillcert.ErrLimit.
type Limits struct {
	// MaxRecordBytes is the most bytes one CSV record may take, line breaks
	// inside quoted cells included, counted in the file's own bytes; 1 MiB
	// when 0. A longer record is refused
	// as soon as its first MaxRecordBytes+1 bytes are seen, so memory stays
	// flat whatever the line's length.
	MaxRecordBytes int
	// MaxCellBytes is the most bytes one cell may hold; 64 KiB when 0.
	MaxCellBytes int
	// MaxColumns is the most cells one row may have; 1,024 when 0.
	MaxColumns int
	// MaxRows is the most rows a table may have, blank rows and the rows
	// above the header included; 1,048,576 (an Excel sheet's rows) when 0.
	MaxRows int
	// HeaderRows is how many rows at the top of a table are searched for the
	// header row (Anhui's form puts a title and a 填报单位 line above it); 10
	// when 0.
	HeaderRows int
}

// The default limits.
const (
	DefaultMaxRecordBytes = 1 << 20
	DefaultMaxCellBytes   = 64 << 10
	DefaultMaxColumns     = 1024
	DefaultMaxRows        = 1 << 20
	DefaultHeaderRows     = 10
)

// withDefaults returns l with every zero or negative field set to its default.
func (l Limits) withDefaults() Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.MaxRecordBytes, DefaultMaxRecordBytes)
	def(&l.MaxCellBytes, DefaultMaxCellBytes)
	def(&l.MaxColumns, DefaultMaxColumns)
	def(&l.MaxRows, DefaultMaxRows)
	def(&l.HeaderRows, DefaultHeaderRows)
	return l
}

func itoa(n int) string { return strconv.Itoa(n) }
