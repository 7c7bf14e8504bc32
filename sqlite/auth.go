package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"time"

	"github.com/ringleader/ringleader"
)

var (
	_ ringleader.TokenStore = (*Store)(nil)
	_ ringleader.AuditLog   = (*Store)(nil)
)

// CreateToken stores a token's record; ECONFLICT when an active token has its name.
func (s *Store) CreateToken(ctx context.Context, t ringleader.Token) error {
	var exists int
	err := s.write.QueryRowContext(ctx, `SELECT count(*) FROM tokens WHERE name = ? AND revoked_at IS NULL`, t.Name).Scan(&exists)
	if err != nil {
		return wrap(err, "create token")
	}
	if exists > 0 {
		return ringleader.Errorf(ringleader.ECONFLICT, "an active token is already named %q", t.Name)
	}
	cases, _ := json.Marshal(t.Cases)
	_, err = s.write.ExecContext(ctx, `INSERT INTO tokens (id, name, role, all_cases, cases, salt, hash, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, t.ID, t.Name, string(t.Role), t.AllCases, string(cases), t.Salt, t.Hash,
		t.CreatedAt.UTC().Format(time.RFC3339Nano))
	return wrapOrNil(err, "create token")
}

// TokenByID returns the token with the given id; ENOTFOUND when none.
func (s *Store) TokenByID(ctx context.Context, id string) (ringleader.Token, error) {
	row := s.read.QueryRowContext(ctx, `SELECT `+tokenColumns+` FROM tokens WHERE id = ?`, id)
	t, err := scanToken(row)
	if errors.Is(err, sql.ErrNoRows) {
		return ringleader.Token{}, ringleader.Errorf(ringleader.ENOTFOUND, "no such token")
	}
	return t, wrapOrNil(err, "read token")
}

// Tokens lists every token by creation time.
func (s *Store) Tokens(ctx context.Context) ([]ringleader.Token, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT `+tokenColumns+` FROM tokens ORDER BY created_at, name`)
	if err != nil {
		return nil, wrap(err, "list tokens")
	}
	defer rows.Close()
	var out []ringleader.Token
	for rows.Next() {
		t, err := scanToken(rows)
		if err != nil {
			return nil, wrap(err, "list tokens")
		}
		out = append(out, t)
	}
	return out, wrapOrNil(rows.Err(), "list tokens")
}

// RevokeToken revokes the active token named name; ENOTFOUND when none.
func (s *Store) RevokeToken(ctx context.Context, name string, at time.Time) error {
	res, err := s.write.ExecContext(ctx, `UPDATE tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL`,
		at.UTC().Format(time.RFC3339Nano), name)
	if err != nil {
		return wrap(err, "revoke token")
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ringleader.Errorf(ringleader.ENOTFOUND, "no active token is named %q", name)
	}
	return nil
}

const tokenColumns = `id, name, role, all_cases, cases, salt, hash, created_at, revoked_at`

func scanToken(row interface{ Scan(...any) error }) (ringleader.Token, error) {
	var t ringleader.Token
	var role, created string
	var cases, revoked sql.NullString
	if err := row.Scan(&t.ID, &t.Name, &role, &t.AllCases, &cases, &t.Salt, &t.Hash, &created, &revoked); err != nil {
		return t, err
	}
	t.Role = ringleader.Role(role)
	if cases.Valid {
		if err := json.Unmarshal([]byte(cases.String), &t.Cases); err != nil {
			return t, err
		}
	}
	var err error
	if t.CreatedAt, err = time.Parse(time.RFC3339Nano, created); err != nil {
		return t, err
	}
	if revoked.Valid {
		at, err := time.Parse(time.RFC3339Nano, revoked.String)
		if err != nil {
			return t, err
		}
		t.RevokedAt = &at
	}
	return t, nil
}

// AppendAudit appends a record to the audit trail.
func (s *Store) AppendAudit(ctx context.Context, r ringleader.AuditRecord) error {
	_, err := s.write.ExecContext(ctx, `INSERT INTO audit (time, request_id, token, auth, role, all_cases, cases,
		method, route, path, params, status, result_size, ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		r.Time.UTC().Format(time.RFC3339Nano), r.RequestID, r.Token, r.Auth, string(r.Role), r.AllCases,
		jsonArray(r.Cases), r.Method, r.Route, r.Path, r.Params, r.Status, r.ResultSize, r.Millis)
	return wrapOrNil(err, "append audit record")
}

// Audit returns audit records, newest first.
func (s *Store) Audit(ctx context.Context, q ringleader.AuditQuery) ([]ringleader.AuditRecord, error) {
	if q.Limit <= 0 {
		q.Limit = 100
	}
	// A compartment keeps the records of valid tokens limited to some of its cases (AuditQuery.Keeps).
	within, limited := "[]", false
	if q.Within != nil && !q.Within.All() {
		within, limited = jsonArray(q.Within.Cases()), true
	}
	rows, err := s.read.QueryContext(ctx, `SELECT time, request_id, token, auth, role, all_cases, cases, method, route,
		path, params, status, result_size, ms FROM audit a
		WHERE (:token = '' OR token = :token)
		  AND (NOT :limited OR (auth = 'token' AND all_cases = 0 AND json_array_length(cases) > 0
		       AND NOT EXISTS (SELECT 1 FROM json_each(a.cases) c WHERE c.value NOT IN (SELECT value FROM json_each(:within)))))
		ORDER BY seq DESC LIMIT :limit`,
		sql.Named("token", q.Token), sql.Named("limited", limited), sql.Named("within", within), sql.Named("limit", q.Limit))
	if err != nil {
		return nil, wrap(err, "read audit")
	}
	defer rows.Close()
	var out []ringleader.AuditRecord
	for rows.Next() {
		var r ringleader.AuditRecord
		var at, role, cases string
		if err := rows.Scan(&at, &r.RequestID, &r.Token, &r.Auth, &role, &r.AllCases, &cases, &r.Method, &r.Route,
			&r.Path, &r.Params, &r.Status, &r.ResultSize, &r.Millis); err != nil {
			return nil, wrap(err, "read audit")
		}
		if r.Cases, err = decodeList([]byte(cases)); err != nil {
			return nil, wrap(err, "read audit")
		}
		r.Role = ringleader.Role(role)
		if r.Time, err = time.Parse(time.RFC3339Nano, at); err != nil {
			return nil, wrap(err, "read audit")
		}
		out = append(out, r)
	}
	return out, wrapOrNil(rows.Err(), "read audit")
}

func wrapOrNil(err error, what string) error {
	if err == nil {
		return nil
	}
	return wrap(err, "%s", what)
}
