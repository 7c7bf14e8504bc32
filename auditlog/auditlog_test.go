package auditlog_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/auditlog"
)

func TestConcurrentRecordsAllLand(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	l, err := auditlog.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const n = 500
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			r := ringleader.AuditRecord{Time: time.Now(), RequestID: strconv.Itoa(i), Token: "t", Status: 200}
			if err := l.AppendAudit(context.Background(), r); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	l.Close()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r ringleader.AuditRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		seen[r.RequestID] = true
	}
	if len(seen) != n {
		t.Errorf("%d distinct records in the file, want %d", len(seen), n)
	}
	info, _ := os.Stat(path)
	if info.Mode().Perm() != 0o600 {
		t.Errorf("audit file mode %v, want 0600", info.Mode().Perm())
	}
}

func TestWriteFailureIsReported(t *testing.T) {
	l, err := auditlog.OpenFile(filepath.Join(t.TempDir(), "audit.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	l.Close() // writes to a closed file fail
	if err := l.AppendAudit(context.Background(), ringleader.AuditRecord{}); err == nil {
		t.Error("a record was reported written to a closed file")
	}
}
