package xlsx

// A rowPipe runs a sheetParser in a goroutine of its own and hands its rows
// over in batches, so that reading the sheet's XML overlaps the caller's
// work on the rows before (on two cores, the check of a table costs about
// what reading it does). With the inflater behind the parser, a sheet is
// read by three goroutines: decompress, scan, and the caller's.
//
// The rows, and the error that ends them, come in order; Row.Cells of a
// row stays valid until the caller asks for the row after it, as Rows
// promises. close stops the goroutine and waits for it.
type rowPipe struct {
	full   chan *rowBatch
	free   chan *rowBatch
	done   chan struct{}
	exited chan struct{}
	closed bool
}

// rowBatch is some rows and what ended the parser after them, if it ended.
type rowBatch struct {
	rows  []Row
	spans [][2]int // where each row's cells lie in cells
	cells []string
	end   bool  // the parser returned after these rows
	err   error // with end: the error it yielded, nil at the end of the sheet
	num   int   // the Row.Num yielded with err
	panic any   // with end: the value the parser panicked with
}

const (
	batchRows = 128 // rows a batch holds, at most
	batchRing = 4   // batches: one with the caller, the others being filled or waiting
)

// startRows starts running p in a goroutine.
func startRows(p *sheetParser) *rowPipe {
	rp := &rowPipe{
		full:   make(chan *rowBatch, batchRing),
		free:   make(chan *rowBatch, batchRing),
		done:   make(chan struct{}),
		exited: make(chan struct{}),
	}
	for range batchRing {
		rp.free <- &rowBatch{}
	}
	go rp.run(p)
	return rp
}

// run is the parsing goroutine.
func (rp *rowPipe) run(p *sheetParser) {
	defer close(rp.exited)
	var batch *rowBatch
	// send hands the batch over, and reports false when the caller has
	// stopped.
	send := func() bool {
		for i, s := range batch.spans {
			batch.rows[i].Cells = batch.cells[s[0]:s[1]:s[1]]
			if s[0] == s[1] {
				batch.rows[i].Cells = nil
			}
		}
		select {
		case rp.full <- batch:
			batch = nil
			return true
		case <-rp.done:
			return false
		}
	}
	// take takes a free batch, and reports false when the caller has
	// stopped.
	take := func() bool {
		select {
		case batch = <-rp.free:
			batch.rows, batch.spans, batch.cells = batch.rows[:0], batch.spans[:0], batch.cells[:0]
			return true
		case <-rp.done:
			return false
		}
	}
	defer func() {
		if v := recover(); v != nil {
			if batch != nil || take() {
				batch.end, batch.panic = true, v
				send()
			}
		}
	}()
	if !take() {
		return
	}
	p.run(func(r Row, err error) bool {
		if err != nil {
			batch.end, batch.err, batch.num = true, err, r.Num
			return false
		}
		start := len(batch.cells)
		batch.cells = append(batch.cells, r.Cells...)
		batch.rows = append(batch.rows, Row{Num: r.Num})
		batch.spans = append(batch.spans, [2]int{start, len(batch.cells)})
		if len(batch.rows) < batchRows {
			return true
		}
		return send() && take()
	})
	if batch != nil {
		batch.end = true
		send()
	}
}

// each yields the rows, then the error that ended them, if any, until
// yield returns false.
func (rp *rowPipe) each(yield func(Row, error) bool) {
	for {
		batch := <-rp.full
		for _, r := range batch.rows {
			if !yield(r, nil) {
				return
			}
		}
		if batch.end {
			if batch.panic != nil {
				panic(batch.panic)
			}
			if batch.err != nil {
				yield(Row{Num: batch.num}, batch.err)
			}
			return
		}
		rp.free <- batch // never blocks: free has room for every batch
	}
}

// close stops the parsing goroutine and waits until it has returned. It is
// safe to call more than once.
func (rp *rowPipe) close() {
	if !rp.closed {
		rp.closed = true
		close(rp.done)
		<-rp.exited
	}
}
