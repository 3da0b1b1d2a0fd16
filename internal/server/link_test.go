package server_test

import (
	"net/http"
	"net/url"
	"testing"
	"time"

	"sstc/internal/auth"
	"sstc/internal/store"
	"sstc/internal/testdb"
)

// spoilers make a fresh link unusable in the ways a real one goes bad.
var spoilers = map[string]func(t *testing.T, v *visitor, kind linkKind, token string) string{
	"expired": func(t *testing.T, _ *visitor, _ linkKind, token string) string {
		_, err := testdb.Pool(t).Exec(t.Context(), `UPDATE user_tokens SET expires_at = now() - interval '1 second'
			WHERE token_hash = $1`, auth.HashToken(token))
		if err != nil {
			t.Fatal(err)
		}
		return token
	},
	"tampered": func(_ *testing.T, _ *visitor, _ linkKind, token string) string {
		return token[:len(token)-2] + "xy"
	},
	"used already": func(t *testing.T, v *visitor, kind linkKind, token string) string {
		use := v.submit("/register/confirm", url.Values{"token": {token}})
		if kind.purpose != store.TokenConfirm {
			use = v.submit("/password/reset", url.Values{"token": {token}, "password": {"first use of the link"},
				"confirm": {"first use of the link"}})
		}
		wantStatus(t, "using the link the first time", use, http.StatusSeeOther)
		return token
	},
}

// linkKind is one kind of link the portal e-mails.
type linkKind struct {
	purpose, path string
}

func TestLinksThatExpiredWereUsedOrTamperedWithAreRefusedWithAClearPage(t *testing.T) {
	st := store.New(testdb.Pool(t))
	for name, kind := range map[string]linkKind{
		"confirmation": {store.TokenConfirm, "/register/confirm?token="},
		"reset":        {store.TokenReset, "/password/reset?token="},
		"invitation":   {store.TokenInvite, "/password/reset?token="},
	} {
		for how, spoil := range spoilers {
			t.Run(how+" "+name, func(t *testing.T) {
				u, _ := newAccount(t, auth.FocalPoint)
				var token string
				err := st.IssueToken(t.Context(), u.ID, kind.purpose, time.Hour, func(tok string) store.Mail {
					token = tok
					return store.Mail{To: u.Email, Subject: "Your link", Body: kind.path + tok}
				})
				if err != nil {
					t.Fatal(err)
				}
				v := newVisitor(t, portal(t))
				p := v.open(kind.path + spoil(t, v, kind, token))
				wantStatus(t, "opening the spoiled link", p, http.StatusBadRequest)
				if p.find("link-invalid").Length() != 1 || p.find("next-steps").Length() != 1 {
					t.Errorf("the page does not explain the link cannot be used: %.300s", p.visibleText())
				}
			})
		}
	}
}
