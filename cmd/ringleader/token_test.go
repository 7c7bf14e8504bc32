package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/sqlite"
)

func TestTokenLifecycle(t *testing.T) {
	db := filepath.Join(t.TempDir(), "rl.db")
	store := "--store=sqlite:" + db

	_, _, err := runCLI(t, "serve", store, "--addr", "127.0.0.1:0")
	if err == nil || !strings.Contains(err.Error(), "no store at") {
		t.Fatalf("serve on no store: %v, want a refusal naming the missing store", err)
	}
	mustRun(t, "token", "list", store) // makes the (empty) store
	_, _, err = runCLI(t, "serve", store, "--addr", "127.0.0.1:0")
	if err == nil || !strings.Contains(err.Error(), "no API token") {
		t.Fatalf("serve without tokens: %v, want a refusal naming the missing token", err)
	}

	out := mustRun(t, "token", "create", store, "--name", "captagon-desk", "--role", "analyst", "--cases", "C1,C2")
	secret := strings.TrimSpace(out)
	if strings.Count(out, "\n") != 1 || !strings.HasPrefix(secret, "rl_") {
		t.Fatalf("token create printed %q, want the token alone on one line", out)
	}

	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	id, raw, _ := ringleader.SplitSecret(secret)
	tok, err := st.TokenByID(context.Background(), id)
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if !tok.Verify(raw) || tok.Role != ringleader.RoleAnalyst || tok.AllCases || strings.Join(tok.Cases, ",") != "C1,C2" {
		t.Errorf("stored token %+v does not match what was asked", tok)
	}
	if tok.Hash == raw || strings.Contains(tok.Hash, raw) {
		t.Error("the secret is stored in clear")
	}

	if _, _, err := runCLI(t, "token", "create", store, "--name", "captagon-desk", "--role", "viewer", "--cases", "all"); err == nil {
		t.Error("a second active token with the same name was created")
	}
	list := mustRun(t, "token", "list", store)
	if !strings.Contains(list, "captagon-desk") || strings.Contains(list, raw) {
		t.Errorf("token list:\n%s", list)
	}
	mustRun(t, "token", "revoke", store, "captagon-desk")
	if _, _, err := runCLI(t, "token", "revoke", store, "captagon-desk"); err == nil {
		t.Error("revoking twice succeeded")
	}
	for _, args := range [][]string{
		{"token", "create", store, "--name", "x", "--role", "god", "--cases", "all"},
		{"token", "create", store, "--name", "x", "--role", "viewer"},
		{"token", "create", store, "--role", "viewer", "--cases", "all"},
		{"token", "frob"},
	} {
		_, _, err := runCLI(t, args...)
		if _, ok := err.(*usageError); !ok {
			t.Errorf("%v: %v, want a usage error", args, err)
		}
	}
}
