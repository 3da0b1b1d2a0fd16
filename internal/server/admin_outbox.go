package server

import (
	"net/http"
	"regexp"
	"strings"

	"sstc/internal/i18n"
	"sstc/web/pages"
)

// adminOutboxLimit is how many messages the outbox page shows.
const adminOutboxLimit = 200

// adminOutbox lists the newest e-mail the portal has queued, so it can be read without a mail server.
func (s *Server) adminOutbox(w http.ResponseWriter, r *http.Request) {
	mails, err := s.store.Outbox(r.Context(), adminOutboxLimit)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	m := pages.AdminOutboxModel{Page: s.page(r, i18n.T(r.Context(), "admin.outbox.title"))}
	for _, o := range mails {
		body := o.Mail.Body
		if o.SentAt != nil {
			body = linkToken.ReplaceAllString(body, "token=…") // delivered: the link is its recipient's alone
		}
		mail := pages.AdminMail{To: o.Mail.To, Subject: o.Mail.Subject, Body: mailParagraphs(body),
			Created: adminTime(o.CreatedAt), Attempts: o.Attempts, LastError: o.LastError}
		if o.SentAt != nil {
			mail.Sent = adminTime(*o.SentAt)
		}
		m.Mails = append(m.Mails, mail)
	}
	s.render(w, r, http.StatusOK, pages.AdminOutbox(m))
}

// linkToken finds the secret part of the links in mail.
var linkToken = regexp.MustCompile(`token=[A-Za-z0-9_-]+`)

// mailParagraphs splits plain text at blank lines, and each paragraph into its lines.
func mailParagraphs(text string) [][]string {
	var out [][]string
	for _, para := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if para = strings.Trim(para, "\n"); para != "" {
			out = append(out, strings.Split(para, "\n"))
		}
	}
	return out
}
