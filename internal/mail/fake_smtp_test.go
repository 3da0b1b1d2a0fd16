package mail

import (
	"net"
	"net/textproto"
	"strings"
	"sync"
	"testing"
)

// fakeSMTP is just enough of an SMTP server to receive mail, or to refuse it with a 451.
type fakeSMTP struct {
	addr     string
	fail     bool // answer 451 to MAIL FROM
	received chan envelope

	mu       sync.Mutex
	commands []string
}

// envelope is one message as the server received it.
type envelope struct {
	from, to string
	data     []byte
}

// startFakeSMTP listens on a loopback port until the test ends.
func startFakeSMTP(t *testing.T, fail bool) *fakeSMTP {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &fakeSMTP{addr: ln.Addr().String(), fail: fail, received: make(chan envelope, 10)}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go s.serve(conn)
		}
	}()
	return s
}

// serve speaks SMTP on one connection: EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT.
func (s *fakeSMTP) serve(conn net.Conn) {
	defer conn.Close()
	tp := textproto.NewConn(conn)
	tp.PrintfLine("220 fake.example.org ESMTP")
	var env envelope
	for {
		line, err := tp.ReadLine()
		if err != nil {
			return
		}
		s.mu.Lock()
		s.commands = append(s.commands, line)
		s.mu.Unlock()
		verb, arg, _ := strings.Cut(line, " ")
		switch strings.ToUpper(verb) {
		case "EHLO":
			tp.PrintfLine("250-fake.example.org\r\n250-8BITMIME\r\n250 AUTH PLAIN")
		case "MAIL":
			if s.fail {
				tp.PrintfLine("451 4.3.0 mailbox temporarily unavailable")
				continue
			}
			env = envelope{from: addrArg(arg)}
			tp.PrintfLine("250 2.1.0 ok")
		case "RCPT":
			env.to = addrArg(arg)
			tp.PrintfLine("250 2.1.5 ok")
		case "DATA":
			tp.PrintfLine("354 go ahead")
			data, err := tp.ReadDotBytes()
			if err != nil {
				return
			}
			env.data = data
			s.received <- env
			tp.PrintfLine("250 2.0.0 queued")
		case "RSET", "NOOP":
			tp.PrintfLine("250 ok")
		case "QUIT":
			tp.PrintfLine("221 bye")
			return
		default:
			tp.PrintfLine("502 5.5.2 not implemented")
		}
	}
}

// said reports whether the client sent a command starting with prefix.
func (s *fakeSMTP) said(prefix string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range s.commands {
		if strings.HasPrefix(strings.ToUpper(c), prefix) {
			return true
		}
	}
	return false
}

// addrArg returns the address in "FROM:<a@b> SIZE=…".
func addrArg(arg string) string {
	_, a, _ := strings.Cut(arg, "<")
	a, _, _ = strings.Cut(a, ">")
	return a
}
