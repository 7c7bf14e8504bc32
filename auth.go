package ringleader

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"slices"
	"strings"
	"time"
)

// Role is what a token may do. Each role can do everything the one before it can.
type Role string

const (
	RoleViewer  Role = "viewer"  // reads entities, searches, neighbourhoods and paths
	RoleAnalyst Role = "analyst" // also runs analyses and records resolution decisions
	RoleAdmin   Role = "admin"   // also loads data, manages tokens and reads the audit log
)

// Roles lists the roles from least to most privileged.
var Roles = []Role{RoleViewer, RoleAnalyst, RoleAdmin}

// ParseRole reads a role name.
func ParseRole(s string) (Role, bool) {
	r := Role(strings.ToLower(strings.TrimSpace(s)))
	return r, slices.Contains(Roles, r)
}

// Includes reports whether r may do what need may do.
func (r Role) Includes(need Role) bool {
	return slices.Index(Roles, r) >= slices.Index(Roles, need) && slices.Contains(Roles, need)
}

// Token is an API token's record. Only a salted hash of its secret is kept: the secret
// itself is shown once, when the token is created.
type Token struct {
	ID        string     `json:"id"` // public part of the secret, to find the record
	Name      string     `json:"name"`
	Role      Role       `json:"role"`
	AllCases  bool       `json:"all_cases"`
	Cases     []string   `json:"cases,omitempty"`
	Salt      string     `json:"-"`
	Hash      string     `json:"-"`
	CreatedAt time.Time  `json:"created_at"`
	RevokedAt *time.Time `json:"revoked_at,omitempty"`
}

// Scope is the need-to-know compartment of the token.
func (t *Token) Scope() Scope {
	if t.AllCases {
		return AllCases()
	}
	return CasesScope(t.Cases...)
}

// Active reports whether the token has not been revoked.
func (t *Token) Active() bool { return t.RevokedAt == nil }

// tokenPrefix marks Ringleader secrets, so that secret scanners and people recognise them.
const tokenPrefix = "rl_"

// NewToken makes a token record and its secret ("rl_<id>_<secret>"). The id finds the
// record; the 256-bit random secret is checked against a salted SHA-256 hash. A slow
// password hash is not needed: the secret is random, not chosen by a person, so it
// cannot be guessed from a dictionary.
func NewToken(name string, role Role, allCases bool, cases []string, now time.Time) (secret string, t Token, err error) {
	id, err := randomText(9)
	if err != nil {
		return "", Token{}, err
	}
	raw, err := randomText(32)
	if err != nil {
		return "", Token{}, err
	}
	salt, err := randomText(16)
	if err != nil {
		return "", Token{}, err
	}
	id = strings.NewReplacer("-", "a", "_", "b").Replace(id) // the id must not contain the separator
	t = Token{ID: id, Name: name, Role: role, AllCases: allCases, Cases: union(nil, cases), Salt: salt,
		Hash: hashSecret(salt, raw), CreatedAt: now.UTC()}
	if allCases {
		t.Cases = nil
	}
	return tokenPrefix + id + "_" + raw, t, nil
}

// SplitSecret returns the record id and the secret part of a token string.
func SplitSecret(s string) (id, raw string, ok bool) {
	rest, ok := strings.CutPrefix(s, tokenPrefix)
	if !ok {
		return "", "", false
	}
	id, raw, ok = strings.Cut(rest, "_")
	return id, raw, ok && id != "" && raw != ""
}

// Verify reports whether raw is the token's secret, in constant time.
func (t *Token) Verify(raw string) bool {
	got := hashSecret(t.Salt, raw)
	return subtle.ConstantTimeCompare([]byte(got), []byte(t.Hash)) == 1
}

func hashSecret(salt, raw string) string {
	sum := sha256.Sum256([]byte(salt + "\x00" + raw))
	return hex.EncodeToString(sum[:])
}

func randomText(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", WrapError(EINTERNAL, err, "random token")
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// TokenStore keeps API tokens. Stores that can hold tokens implement it.
type TokenStore interface {
	// CreateToken adds t; ECONFLICT when an active token has the same name.
	CreateToken(ctx context.Context, t Token) error
	// TokenByID returns the token with the given id, revoked or not; ENOTFOUND when none.
	TokenByID(ctx context.Context, id string) (Token, error)
	// Tokens lists every token, by creation time.
	Tokens(ctx context.Context) ([]Token, error)
	// RevokeToken revokes the active token with the given name; ENOTFOUND when none.
	RevokeToken(ctx context.Context, name string, at time.Time) error
}

// How a request authenticated, as its audit record says.
const (
	AuthToken   = "token"   // a valid, active token, named in the record
	AuthNone    = "none"    // no credentials
	AuthInvalid = "invalid" // credentials that name no active token (unknown, revoked, malformed)
)

// AuditRecord is one request as the audit trail keeps it.
type AuditRecord struct {
	Time      time.Time `json:"time"`
	RequestID string    `json:"request_id"`
	Token     string    `json:"token"` // the token's name; "" unless Auth is AuthToken
	Auth      string    `json:"auth"`
	Role      Role      `json:"role,omitempty"`
	// AllCases and Cases are the compartment the request was answered in: its token's.
	AllCases   bool     `json:"all_cases"`
	Cases      []string `json:"cases,omitempty"`
	Method     string   `json:"method"`
	Route      string   `json:"route"`
	Path       string   `json:"path"`
	Params     string   `json:"params,omitempty"`
	Status     int      `json:"status"`
	ResultSize int      `json:"result_size"` // bytes of the answer
	Millis     float64  `json:"ms"`
}

// AuditQuery selects audit records, newest first. Limit 0 means 100.
type AuditQuery struct {
	Token string
	Limit int
	// Within, when it is limited to some cases, keeps only the records of requests answered inside them: made
	// with a valid token limited to some of those cases. Nil or AllCases keeps every record.
	Within *Scope
}

// Keeps reports whether q.Within keeps r, the rule every AuditLog applies.
func (q AuditQuery) Keeps(r AuditRecord) bool {
	if q.Within == nil || q.Within.All() {
		return true
	}
	return r.Auth == AuthToken && !r.AllCases && q.Within.Within(r.Cases)
}

// AuditLog keeps the audit trail, append-only. Stores that can hold it implement it.
type AuditLog interface {
	AppendAudit(ctx context.Context, r AuditRecord) error
	Audit(ctx context.Context, q AuditQuery) ([]AuditRecord, error)
}
