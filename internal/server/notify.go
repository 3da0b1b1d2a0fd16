package server

import (
	"net/http"
	"strconv"
	"strings"
	"unicode"

	"sstc/internal/i18n"
	"sstc/internal/store"
	"sstc/internal/workflow"
)

// notifier writes the mail a workflow transition sends: reviewers on every new submission, the
// submitter on every decision and when a published record is archived. The mail is plain text
// in the portal's default language, with links to the portal's configured address.
func (s *Server) notifier(r *http.Request) store.Notifier {
	base := s.baseURL(r)
	return func(n store.Notice) []store.Mail { return noticeMail(i18n.Get(i18n.Default), base, n) }
}

// noticeMail writes the messages for one transition.
func noticeMail(l *i18n.Locale, base string, n store.Notice) []store.Mail {
	title, id := oneLine(n.Activity.Title), strconv.Itoa(int(n.Activity.ID))
	if n.Action == workflow.Submit {
		who := l.T("review.mail.someone")
		if n.Submitter != nil {
			who = oneLine(n.Submitter.Name)
		}
		link := base + "/admin/review/" + id
		mails := make([]store.Mail, 0, len(n.Reviewers))
		for _, rv := range n.Reviewers {
			mails = append(mails, store.Mail{To: rv.Email, Subject: l.T("review.mail.submit_subject", title),
				Body: l.T("review.mail.submit_body", oneLine(rv.Name), who, title, link)})
		}
		return mails
	}
	if n.Submitter == nil {
		return nil
	}
	own := base + "/my/submissions/" + id
	var subject, body string
	switch n.Action {
	case workflow.Approve:
		subject = l.T("review.mail.approve_subject", title)
		body = l.T("review.mail.approve_body", oneLine(n.Submitter.Name), title, base+"/activities/"+id, own)
	case workflow.Reject:
		subject = l.T("review.mail.reject_subject", title)
		body = l.T("review.mail.reject_body", oneLine(n.Submitter.Name), title, n.Note, own)
	case workflow.RequestChanges:
		subject = l.T("review.mail.request_changes_subject", title)
		body = l.T("review.mail.request_changes_body", oneLine(n.Submitter.Name), title, n.Note, own)
	case workflow.Archive:
		subject = l.T("review.mail.archive_subject", title)
		body = l.T("review.mail.archive_body", oneLine(n.Submitter.Name), title, own)
	default: // withdrawing and publishing one's own record tell nobody
		return nil
	}
	return []store.Mail{{To: n.Submitter.Email, Subject: oneLine(subject), Body: body}}
}

// oneLine puts text on one line for a mail header or a sentence: every control character and
// Unicode line or paragraph separator becomes a space, and runs of spaces collapse.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
	return strings.Join(strings.Fields(s), " ")
}
