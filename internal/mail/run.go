package mail

import (
	"context"
	"log/slog"
	"time"

	"sstc/internal/store"
)

// How often, and how many messages at a time, the outbox is delivered.
const (
	interval = 10 * time.Second
	batch    = 50
)

// Run delivers due outbox messages at start and every 10 seconds until ctx ends. Without an SMTP
// server it only notes that mail stays in the outbox.
func Run(ctx context.Context, st *store.Store, cfg Config, log *slog.Logger) {
	if cfg.Addr == "" {
		log.Info("SMTP_ADDR is not set: e-mail stays in the outbox, readable by admins at /admin/outbox")
		return
	}
	s, err := NewSender(cfg)
	if err != nil {
		log.Error("e-mail will not be sent", "err", err)
		return
	}
	log.Info("delivering e-mail", "smtp", cfg.Addr)
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for {
		s.deliver(ctx, st, log)
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// deliver sends what is due now; failed messages are retried later by the store's schedule.
func (s *Sender) deliver(ctx context.Context, st *store.Store, log *slog.Logger) {
	sent, err := st.DeliverDue(ctx, batch, func(m store.Mail) error {
		err := s.Send(ctx, m)
		if err != nil && ctx.Err() == nil {
			log.Warn("e-mail not delivered; will retry", "err", err)
		}
		return err
	})
	if err != nil && ctx.Err() == nil {
		log.Error("delivering e-mail", "err", err)
	}
	if sent > 0 {
		log.Info("e-mail delivered", "count", sent)
	}
}
