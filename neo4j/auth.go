package neo4j

import (
	"context"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/queries"
)

var (
	_ ringleader.TokenStore = (*Store)(nil)
	_ ringleader.AuditLog   = (*Store)(nil)
)

// Tokens and audit records are nodes of their own labels (RingleaderToken,
// RingleaderAudit), never Entity: analyses and Browser queries over entities do not see
// them, and a token node holds only a salted hash.

// CreateToken stores a token's record; ECONFLICT when an active token has its name.
func (s *Store) CreateToken(ctx context.Context, t ringleader.Token) error {
	row := map[string]any{"id": t.ID, "name": t.Name, "role": string(t.Role), "all_cases": t.AllCases,
		"cases": nonNilStrings(t.Cases), "salt": t.Salt, "hash": t.Hash, "created_at": t.CreatedAt.UTC().Format(time.RFC3339Nano)}
	recs, err := s.execute(ctx, queries.Get("token-create"), map[string]any{"token": row})
	if err != nil {
		return wrap(err, "create token")
	}
	if len(recs) == 0 {
		return ringleader.Errorf(ringleader.ECONFLICT, "an active token is already named %q", t.Name)
	}
	return nil
}

// TokenByID returns the token with the given id; ENOTFOUND when none.
func (s *Store) TokenByID(ctx context.Context, id string) (ringleader.Token, error) {
	recs, err := s.execute(ctx, queries.Get("token-by-id"), map[string]any{"id": id})
	if err != nil {
		return ringleader.Token{}, wrap(err, "read token")
	}
	if len(recs) == 0 {
		return ringleader.Token{}, ringleader.Errorf(ringleader.ENOTFOUND, "no such token")
	}
	return tokenOf(recs[0])
}

// Tokens lists every token by creation time.
func (s *Store) Tokens(ctx context.Context) ([]ringleader.Token, error) {
	recs, err := s.execute(ctx, queries.Get("tokens"), nil)
	if err != nil {
		return nil, wrap(err, "list tokens")
	}
	out := make([]ringleader.Token, 0, len(recs))
	for _, r := range recs {
		t, err := tokenOf(r)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// RevokeToken revokes the active token named name; ENOTFOUND when none.
func (s *Store) RevokeToken(ctx context.Context, name string, at time.Time) error {
	recs, err := s.execute(ctx, queries.Get("token-revoke"), map[string]any{"name": name, "at": at.UTC().Format(time.RFC3339Nano)})
	if err != nil {
		return wrap(err, "revoke token")
	}
	if len(recs) == 0 || recs[0].Values[0] == int64(0) {
		return ringleader.Errorf(ringleader.ENOTFOUND, "no active token is named %q", name)
	}
	return nil
}

func tokenOf(r *neo4jdrv.Record) (ringleader.Token, error) {
	m, _ := r.Values[0].(map[string]any)
	str := func(k string) string { v, _ := m[k].(string); return v }
	t := ringleader.Token{ID: str("id"), Name: str("name"), Role: ringleader.Role(str("role")), Salt: str("salt"), Hash: str("hash")}
	t.AllCases, _ = m["all_cases"].(bool)
	if cs, ok := m["cases"].([]any); ok {
		for _, c := range cs {
			if s, ok := c.(string); ok {
				t.Cases = append(t.Cases, s)
			}
		}
	}
	var err error
	if t.CreatedAt, err = time.Parse(time.RFC3339Nano, str("created_at")); err != nil {
		return t, ringleader.WrapError(ringleader.EINTERNAL, err, "neo4j: token %s: created_at", t.ID)
	}
	if v := str("revoked_at"); v != "" {
		at, err := time.Parse(time.RFC3339Nano, v)
		if err != nil {
			return t, ringleader.WrapError(ringleader.EINTERNAL, err, "neo4j: token %s: revoked_at", t.ID)
		}
		t.RevokedAt = &at
	}
	return t, nil
}

// AppendAudit appends a record to the audit trail.
func (s *Store) AppendAudit(ctx context.Context, r ringleader.AuditRecord) error {
	row := map[string]any{"time": r.Time.UTC().Format(time.RFC3339Nano), "request_id": r.RequestID, "token": r.Token,
		"auth": r.Auth, "role": string(r.Role), "all_cases": r.AllCases, "cases": list(r.Cases), "method": r.Method,
		"route": r.Route, "path": r.Path, "params": r.Params, "status": int64(r.Status),
		"result_size": int64(r.ResultSize), "ms": r.Millis}
	if _, err := s.execute(ctx, queries.Get("audit-append"), map[string]any{"record": row}); err != nil {
		return wrap(err, "append audit record")
	}
	return nil
}

// Audit returns audit records, newest first.
func (s *Store) Audit(ctx context.Context, q ringleader.AuditQuery) ([]ringleader.AuditRecord, error) {
	if q.Limit <= 0 {
		q.Limit = 100
	}
	within, limited := []string{}, false
	if q.Within != nil && !q.Within.All() {
		within, limited = q.Within.Cases(), true
	}
	recs, err := s.execute(ctx, queries.Get("audit"), map[string]any{"token": q.Token, "limited": limited,
		"within": within, "limit": int64(q.Limit)})
	if err != nil {
		return nil, wrap(err, "read audit")
	}
	out := make([]ringleader.AuditRecord, 0, len(recs))
	for _, rec := range recs {
		m, _ := rec.Values[0].(map[string]any)
		str := func(k string) string { v, _ := m[k].(string); return v }
		num := func(k string) int64 { v, _ := m[k].(int64); return v }
		r := ringleader.AuditRecord{RequestID: str("request_id"), Token: str("token"), Auth: str("auth"),
			Role: ringleader.Role(str("role")), AllCases: m["all_cases"] == true, Cases: asStrings(m["cases"]),
			Method: str("method"), Route: str("route"), Path: str("path"), Params: str("params"),
			Status: int(num("status")), ResultSize: int(num("result_size"))}
		r.Millis, _ = m["ms"].(float64)
		r.Time, _ = time.Parse(time.RFC3339Nano, str("time"))
		out = append(out, r)
	}
	return out, nil
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
