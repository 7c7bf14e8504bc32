package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// serveFor runs serve with args until the test ends and returns its base URL and its standard error.
func serveFor(t *testing.T, args ...string) (string, *syncBuffer) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, append([]string{"serve"}, args...), func(string) string { return "" }, strings.NewReader(""), &out, &errOut)
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve ended with %v", err)
		}
	})
	base := regexp.MustCompile(`listening on (https?://[0-9.:\[\]]+)`)
	deadline := time.Now().Add(time.Minute)
	for {
		if m := base.FindStringSubmatch(out.String()); m != nil {
			return m[1], &errOut
		}
		select {
		case err := <-done:
			done <- err
			t.Fatalf("serve stopped: %v\n%s", err, errOut.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not start:\n%s\n%s", out.String(), errOut.String())
		}
	}
}

// selfSigned writes a certificate for 127.0.0.1 and its key, and returns their paths and a pool that trusts it.
func selfSigned(t *testing.T) (certPath, keyPath string, pool *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "ringleader test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	certPath, keyPath = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	if err := os.WriteFile(certPath, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyPath, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), 0o600); err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	pool = x509.NewCertPool()
	pool.AddCert(cert)
	return certPath, keyPath, pool
}

func TestServeTLS(t *testing.T) {
	store := "--store=sqlite:" + filepath.Join(t.TempDir(), "rl.db")
	mustRun(t, "token", "create", store, "--name", "chief", "--role", "admin", "--cases", "all")
	cert, key, pool := selfSigned(t)
	base, errOut := serveFor(t, store, "--addr", "127.0.0.1:0", "--tls-cert", cert, "--tls-key", key)
	if !strings.HasPrefix(base, "https://") {
		t.Fatalf("serve with a certificate listens on %s", base)
	}
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
	resp, err := client.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.TLS == nil || resp.TLS.Version < tls.VersionTLS12 {
		t.Errorf("healthz over TLS: %s, %+v", resp.Status, resp.TLS)
	}
	// A client that offers only TLS 1.1 is refused at the handshake.
	old := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool, MaxVersion: tls.VersionTLS11}}}
	if resp, err := old.Get(base + "/healthz"); err == nil {
		resp.Body.Close()
		t.Error("a TLS 1.1 client was served")
	}
	if strings.Contains(errOut.String(), "WARNING") {
		t.Errorf("serve over TLS warned:\n%s", errOut.String())
	}
	// One of the pair alone is a usage mistake.
	var usage *usageError
	if _, _, err := runCLI(t, "serve", store, "--addr", "127.0.0.1:0", "--tls-cert", cert); !errors.As(err, &usage) {
		t.Errorf("--tls-cert without --tls-key: %v, want a usage error", err)
	}
}

func TestServeWarnsOnAnOpenAddress(t *testing.T) {
	store := "--store=sqlite:" + filepath.Join(t.TempDir(), "rl.db")
	mustRun(t, "token", "create", store, "--name", "chief", "--role", "admin", "--cases", "all")
	_, errOut := serveFor(t, store, "--addr", "0.0.0.0:0")
	if !strings.Contains(errOut.String(), "WARNING: serving plain HTTP") {
		t.Errorf("serve on 0.0.0.0 without TLS did not warn:\n%s", errOut.String())
	}
	_, quiet := serveFor(t, store, "--addr", "127.0.0.1:0")
	if strings.Contains(quiet.String(), "WARNING") {
		t.Errorf("serve on loopback warned:\n%s", quiet.String())
	}
}

// TestLoadWithAToken loads with a case-limited admin token: inside its case the load goes through; a record
// outside it is refused as the API refuses it, and nothing is written.
func TestLoadWithAToken(t *testing.T) {
	db := filepath.Join(t.TempDir(), "rl.db")
	store := "--store=sqlite:" + db
	mustRun(t, "load", store, writeBundle(t, map[string]string{
		"cases.csv":    "id,title,type\nC1,Homs,drugs\nC2,Hawala,money_laundering\n",
		"suspects.csv": "id,name,cases\np1,Omar Zaki,C1\np2,Fadi Saleh,C2\n"}))
	limited := strings.TrimSpace(mustRun(t, "token", "create", store, "--name", "homs-admin", "--role", "admin", "--cases", "C1"))
	viewer := strings.TrimSpace(mustRun(t, "token", "create", store, "--name", "homs-viewer", "--role", "viewer", "--cases", "C1"))
	before := readState(t, db)

	outside := writeBundle(t, map[string]string{"financial_links.csv": "id,from,to,amount,currency,cases\nt1,p1,p2,10,USD,C1\n"})
	_, _, err := runCLI(t, "load", store, "--token", limited, outside)
	if err == nil || !strings.Contains(err.Error(), `financial_links.csv:2: to: "p2" is not defined in this load or in the store`) {
		t.Errorf("payment to a person outside the token's case: %v", err)
	}
	if _, _, err := runCLI(t, "load", store, "--token", viewer, outside); err == nil || !strings.Contains(err.Error(), "needs an admin token") {
		t.Errorf("load with a viewer token: %v", err)
	}
	if _, _, err := runCLI(t, "load", store, "--token", "rl_not_a_token", outside); err == nil {
		t.Error("load with a bad token went through")
	}
	if after := readState(t, db); after.String() != before.String() {
		t.Errorf("refused loads changed the store: %s, was %s", after, before)
	}
	inside := writeBundle(t, map[string]string{"suspects.csv": "id,name,cases\np3,Rami Haddad,C1\n"})
	if _, errOut, err := runCLI(t, "load", store, "--token", limited, inside); err != nil {
		t.Errorf("load inside the token's case: %v\n%s", err, errOut)
	}
}
