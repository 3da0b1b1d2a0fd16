package auth

import "testing"

// BenchmarkCheckPassword measures the cost of one sign-in's password check, which bounds how
// many sign-ins a core can serve and how slowly an attacker can guess.
func BenchmarkCheckPassword(b *testing.B) {
	hash, err := HashPassword("correct horse battery staple")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if ok, _ := CheckPassword(hash, "correct horse battery staple"); !ok {
			b.Fatal("the right password was refused")
		}
	}
}
