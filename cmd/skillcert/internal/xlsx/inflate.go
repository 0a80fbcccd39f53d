package xlsx

import (
	"errors"
	"io"
)

// errPanicked ends reading when the underlying reader panicked.
var errPanicked = errors.New("the reader panicked")

// An inflater reads a part in a goroutine of its own, into a small ring of
// reusable buffers, so that decompressing chunk N+1 (about a third of the
// work of reading a sheet) overlaps the scanning of chunk N. It is an
// io.Reader for one goroutine; Close stops the reading goroutine and waits
// for it, so that nothing reads the underlying reader after Close returns.
//
// The reading goroutine reads the part through its partReader, so MaxBytes is
// enforced there, as the bytes are decompressed. An error (a damaged deflate
// stream, a limit, the end of the part) comes after the bytes read before
// it, in order, and stays: every Read after it returns it again.
type inflater struct {
	full   chan chunk    // filled chunks, in order
	free   chan []byte   // emptied buffers, back to the reading goroutine
	done   chan struct{} // closed by Close
	exited chan struct{} // closed by the reading goroutine when it returns
	size   int           // of each buffer
	closed bool

	cur chunk // the chunk being read
	off int   // of the next byte in cur.b
	got bool  // cur holds a chunk received from full
}

// chunk is some bytes of the part and, after them, the error that ended
// reading (nil when there is more to read), or the value with which the
// underlying reader panicked, which Read panics with in its caller's
// goroutine, as it would have without the reading goroutine.
type chunk struct {
	b     []byte
	err   error
	panic any
}

const (
	inflateChunk = 256 << 10 // bytes of one buffer of the ring, at most
	inflateRing  = 3         // buffers: one being scanned, two being filled or waiting
	minChunk     = 4 << 10
)

// newInflater starts reading r in a goroutine. declared is the part's size
// as the zip directory declares it, which makes the buffers of a small part
// small (archive/zip refuses a part longer than it declares).
func newInflater(r io.Reader, declared uint64) *inflater {
	size := inflateChunk
	if declared+1 < uint64(size) {
		size = max(int(declared)+1, minChunk)
	}
	p := &inflater{
		full:   make(chan chunk, inflateRing),
		free:   make(chan []byte, inflateRing),
		done:   make(chan struct{}),
		exited: make(chan struct{}),
		size:   size,
	}
	go p.run(r)
	return p
}

// run is the reading goroutine: it fills buffers and sends them until the
// part ends, an error occurs, or Close is called.
func (p *inflater) run(r io.Reader) {
	defer close(p.exited)
	made := 0
	for {
		var buf []byte
		select {
		case buf = <-p.free:
		default:
			if made < inflateRing {
				buf = make([]byte, p.size)
				made++
				break
			}
			select {
			case buf = <-p.free:
			case <-p.done:
				return
			}
		}
		n, v, err := readFull(r, buf, p.done)
		select {
		case p.full <- chunk{b: buf[:n], err: err, panic: v}:
		case <-p.done:
			return
		}
		if err != nil {
			return
		}
	}
}

// readFull reads into buf until it is full, r fails, ends or panics, or
// done is closed.
func readFull(r io.Reader, buf []byte, done <-chan struct{}) (n int, panicked any, err error) {
	defer func() {
		if v := recover(); v != nil {
			err, panicked = errPanicked, v
		}
	}()
	empty := 0
	for n < len(buf) {
		select {
		case <-done:
			return n, nil, errStop
		default:
		}
		m, err := r.Read(buf[n:])
		n += m
		if err != nil {
			return n, nil, err
		}
		if m == 0 {
			if empty++; empty == 100 {
				return n, nil, io.ErrNoProgress
			}
		}
	}
	return n, nil, nil
}

// Read reads the part's bytes in order, then its error.
func (p *inflater) Read(b []byte) (int, error) {
	if p.closed {
		return 0, errStop
	}
	for p.off == len(p.cur.b) {
		if p.cur.panic != nil {
			panic(p.cur.panic)
		}
		if p.cur.err != nil {
			return 0, p.cur.err
		}
		if p.got {
			p.free <- p.cur.b[:cap(p.cur.b)] // never blocks: free holds every buffer
		}
		p.cur, p.off, p.got = <-p.full, 0, true
	}
	n := copy(b, p.cur.b[p.off:])
	p.off += n
	return n, nil
}

// Close stops the reading goroutine and waits until it has returned. It is
// safe to call more than once.
func (p *inflater) Close() error {
	if !p.closed {
		p.closed = true
		close(p.done)
		<-p.exited
	}
	return nil
}
