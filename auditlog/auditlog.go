// Package auditlog keeps Ringleader's audit trail in an append-only JSON Lines file, and
// tees it with a store's own audit log so that admins can query it over the API.
package auditlog

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sync"

	"github.com/ringleader/ringleader"
)

// File appends audit records to a JSON Lines file, one record per line, synced to disk
// before AppendAudit returns: an answer is only sent once its record is durable.
type File struct {
	mu sync.Mutex
	f  *os.File
}

// OpenFile opens (creating it if needed) the audit file at path for appending. The file
// is readable by its owner only: it names who asked what.
func OpenFile(path string) (*File, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("audit log: %w", err)
	}
	return &File{f: f}, nil
}

// AppendAudit writes r as one line and syncs the file.
func (l *File) AppendAudit(_ context.Context, r ringleader.AuditRecord) error {
	line, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("audit log: %w", err)
	}
	line = append(line, '\n')
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, err := l.f.Write(line); err != nil {
		return fmt.Errorf("audit log: %w", err)
	}
	if err := l.f.Sync(); err != nil {
		return fmt.Errorf("audit log: %w", err)
	}
	return nil
}

// Close closes the file.
func (l *File) Close() error { return l.f.Close() }

// Tee writes every record to the file and to the store's log, and reads from the store's.
// A record counts as written only when both hold it.
type Tee struct {
	File  *File
	Store ringleader.AuditLog
}

// AppendAudit writes r to the file first (the copy that survives the store), then to
// the store.
func (t Tee) AppendAudit(ctx context.Context, r ringleader.AuditRecord) error {
	if err := t.File.AppendAudit(ctx, r); err != nil {
		return err
	}
	return t.Store.AppendAudit(ctx, r)
}

// Audit reads the store's copy.
func (t Tee) Audit(ctx context.Context, q ringleader.AuditQuery) ([]ringleader.AuditRecord, error) {
	return t.Store.Audit(ctx, q)
}
