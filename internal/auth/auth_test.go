package auth

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestEachRoleMayDoExactlyWhatItsJobNeeds(t *testing.T) {
	all := []Permission{ManageUsers, ReadOutbox, SeePrivate, EditActivities, SubmitActivity, ReviewSubmitted, SignedIn}
	tests := []struct {
		role  Role
		valid bool
		may   []Permission
	}{
		{Admin, true, all},
		{Staff, true, []Permission{SeePrivate, EditActivities, SignedIn}},
		{FocalPoint, true, []Permission{SubmitActivity, SignedIn}},
		{Member, true, []Permission{SubmitActivity, SignedIn}},
		{Anonymous, false, nil},
		{Role("root"), false, nil},
		{Role("Admin"), false, nil},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%q", tt.role), func(t *testing.T) {
			if got := tt.role.Valid(); got != tt.valid {
				t.Errorf("Valid() = %v, want %v", got, tt.valid)
			}
			for _, p := range all {
				want := contains(tt.may, p)
				if got := tt.role.Can(p); got != want {
					t.Errorf("Can(%s) = %v, want %v", p, got, want)
				}
			}
		})
	}
}

// contains reports whether ps holds p.
func contains(ps []Permission, p Permission) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

func TestAPasswordMatchesOnlyItsOwnHash(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, password string }{
		{"ordinary", "correct horse battery staple"},
		{"64 ASCII characters", strings.Repeat("a", 64)},
		{"64 multi-byte characters", strings.Repeat("é", 64)},
		{"64 four-byte characters", strings.Repeat("𝄞", 64)},
		{"the longest accepted", strings.Repeat("x", MaxPassword)},
		{"spaces and symbols", ` p@ss "word" <>&\ `},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			hash, err := HashPassword(tt.password)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(hash, "$argon2id$v=19$") || strings.Contains(hash, tt.password) {
				t.Errorf("hash %q is not an argon2id PHC string, or shows the password", hash)
			}
			if ok, err := CheckPassword(hash, tt.password); !ok || err != nil {
				t.Errorf("the right password is refused: %v, %v", ok, err)
			}
			for _, wrong := range []string{"", tt.password + "!", tt.password[:len(tt.password)-1], strings.ToUpper(tt.password)} {
				if wrong == tt.password {
					continue
				}
				if ok, err := CheckPassword(hash, wrong); ok || err != nil {
					t.Errorf("wrong password %.20q: %v, %v; want false, nil", wrong, ok, err)
				}
			}
			if again, _ := HashPassword(tt.password); again == hash {
				t.Error("two hashes of one password are equal: the salt is not random")
			}
		})
	}
}

func TestAMalformedHashIsAnErrorNotAMatchOrAPanic(t *testing.T) {
	t.Parallel()
	good, err := HashPassword("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(good, "$") // "", argon2id, v=19, m=…,t=…,p=…, salt, key
	with := func(i int, v string) string {
		p := append([]string(nil), parts...)
		p[i] = v
		return strings.Join(p, "$")
	}
	tests := []struct{ name, hash string }{
		{"empty (an invited user without a password)", ""},
		{"plain text", "correct horse battery staple"},
		{"bcrypt", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"},
		{"argon2i", with(1, "argon2i")},
		{"too few fields", strings.Join(parts[:5], "$")},
		{"too many fields", good + "$extra"},
		{"other version", with(2, "v=16")},
		{"version not a number", with(2, "v=x")},
		{"parameters missing", with(3, "m=1")},
		{"salt not base64", with(4, "!!!")},
		{"key not base64", with(5, "***")},
		{"empty key", with(5, "")},
		{"zero rounds", with(3, "m=32768,t=0,p=1")},
		{"zero threads", with(3, "m=32768,t=2,p=0")},
		{"threads beyond a byte", with(3, "m=32768,t=2,p=256")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				if v := recover(); v != nil {
					t.Errorf("CheckPassword(%.40q) panicked: %v", tt.hash, v)
				}
			}()
			ok, err := CheckPassword(tt.hash, "correct horse battery staple")
			if ok || !errors.Is(err, ErrMalformedHash) {
				t.Errorf("CheckPassword(%.40q) = %v, %v; want false, ErrMalformedHash", tt.hash, ok, err)
			}
		})
	}
}

func TestEmailAddressesAreNormalisedAndChecked(t *testing.T) {
	t.Parallel()
	local64 := strings.Repeat("a", 64)
	longest := local64 + "@" + strings.Repeat("b", MaxEmail-64-5) + ".org" // exactly MaxEmail bytes
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"plain", "ana@example.org", "ana@example.org", true},
		{"upper case", "Ana.Silva@Example.ORG", "ana.silva@example.org", true},
		{"surrounding spaces", "  ana@example.org\t", "ana@example.org", true},
		{"plus and subdomain", "ana+sstc@mail.example.org", "ana+sstc@mail.example.org", true},
		{"exactly the longest", longest, longest, true},
		{"one byte too long", "c" + longest, "c" + longest, false},
		{"300 characters", strings.Repeat("a", 288) + "@example.org", "", false},
		{"empty", "", "", false},
		{"no at sign", "ana.example.org", "", false},
		{"no dot in the domain", "ana@localhost", "", false},
		{"two at signs", "ana@b@example.org", "", false},
		{"display name", "Ana <ana@example.org>", "", false},
		{"NUL", "ana\x00@example.org", "", false},
		{"CR LF header injection", "ana@example.org\r\nBcc: all@example.org", "", false},
		{"LF inside", "ana@exa\nmple.org", "", false},
		{"invalid UTF-8", "ana\xff@example.org", "", false},
		{"truncated UTF-8", "an\xc3@example.org", "", false},
		{"space inside", "ana silva@example.org", "", false},
		{"comment", "ana(x)@example.org", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := NormalizeEmail(tt.in)
			if ok != tt.ok {
				t.Fatalf("NormalizeEmail(%.40q) ok = %v, want %v", tt.in, ok, tt.ok)
			}
			if tt.ok && got != tt.want {
				t.Errorf("NormalizeEmail(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestALinkTokenIsRandomAndOnlyItsHashIsKept(t *testing.T) {
	t.Parallel()
	a, hashA := NewToken()
	b, _ := NewToken()
	if a == b || len(a) < 43 {
		t.Errorf("tokens %q and %q: want distinct 256-bit tokens", a, b)
	}
	if string(HashToken(a)) != string(hashA) || string(HashToken(a+"x")) == string(hashA) {
		t.Error("HashToken does not reproduce exactly the hash NewToken returned")
	}
	if strings.Contains(string(hashA), a) {
		t.Error("the hash contains the token")
	}
}
