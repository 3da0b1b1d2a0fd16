package store_test

import (
	"testing"

	"sstc/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }
