package exchange_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/demo"
	"github.com/ringleader/ringleader/loaders"
)

// gradedDemo returns the demo network with a grading on most records, every grade, handling code and confidence
// occurring: the demo's bundle carries none, and every format must carry them.
func gradedDemo(t testing.TB) *ringleader.Network {
	t.Helper()
	b, _, _, err := loaders.ReadBundle(context.Background(), demo.Bundle(), nil, loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	net := &ringleader.Network{Entities: b.Entities, Links: b.Links}
	sources := []string{"A", "B", "C", "D", "E", "X"}
	grade := func(props map[string]string, i int) map[string]string {
		if props == nil {
			props = map[string]string{}
		}
		if i%7 != 0 {
			props[ringleader.PropSourceGrade] = sources[i%len(sources)]
			props[ringleader.PropInfoGrade] = strconv.Itoa(1 + i%5)
		}
		if i%4 == 0 {
			props[ringleader.PropHandling] = strconv.Itoa(1 + i%5)
		}
		return props
	}
	for i := range net.Entities {
		if i%2 == 0 {
			net.Entities[i].Props = grade(net.Entities[i].Props, i)
		}
	}
	for i := range net.Links {
		l := &net.Links[i]
		l.Props = grade(l.Props, i)
		switch i % 5 {
		case 1:
			l.Props[ringleader.PropConfidence] = ringleader.ConfidenceUnconfirmed
		case 2:
			l.Props[ringleader.PropConfidence] = ringleader.ConfidenceTentative
		case 3:
			l.Props[ringleader.PropConfidence] = ringleader.ConfidenceConfirmed
		}
	}
	return net
}

// countGraded counts the grading properties of net's records.
func countGraded(net *ringleader.Network) int {
	n := 0
	for _, e := range net.Entities {
		for _, p := range ringleader.GradingProps {
			if e.Props[p] != "" {
				n++
			}
		}
	}
	for _, l := range net.Links {
		for _, p := range ringleader.GradingProps {
			if l.Props[p] != "" {
				n++
			}
		}
	}
	return n
}

var (
	venvOnce sync.Once
	venvPy   string
	venvErr  error
)

// python returns the interpreter of a virtual environment that holds anxwritter (the ANX structure to match),
// xmlschema (GEXF's XSD) and networkx (GraphML's reader), made once under the user's cache directory
// (RINGLEADER_VENV_ANX overrides where).
func python(t testing.TB) string {
	t.Helper()
	venvOnce.Do(func() {
		dir := os.Getenv("RINGLEADER_VENV_ANX")
		if dir == "" {
			cache, err := os.UserCacheDir()
			if err != nil {
				venvErr = err
				return
			}
			dir = filepath.Join(cache, "ringleader", "venv-anx")
		}
		py := filepath.Join(dir, "bin", "python")
		if exec.Command(py, "-c", "import anxwritter, xmlschema, networkx").Run() == nil {
			venvPy = py
			return
		}
		for _, args := range [][]string{{"python3", "-m", "venv", dir}, {filepath.Join(dir, "bin", "pip"), "install", "-q", "anxwritter", "xmlschema", "networkx"}} {
			if out, err := exec.Command(args[0], args[1:]...).CombinedOutput(); err != nil {
				venvErr = &exec.Error{Name: args[0], Err: err}
				t.Logf("%s", out)
				return
			}
		}
		venvPy = py
	})
	if venvPy == "" {
		if _, err := exec.LookPath("python3"); err != nil {
			t.Skip("python3 is needed to check exports against anxwritter, xmlschema and networkx")
		}
		t.Fatalf("making the virtual environment: %v", venvErr)
	}
	return venvPy
}

// runJSON runs a program and decodes its standard output as JSON into v.
func runJSON(t testing.TB, v any, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", name, err, stderr.String())
	}
	if err := json.Unmarshal(out, v); err != nil {
		t.Fatalf("%s: %v: %.500s", name, err, out)
	}
}

// sameValue reports whether a value a reader returned (JSON: text, number or boolean) is the attribute's text.
func sameValue(got any, want string) bool {
	switch g := got.(type) {
	case string:
		return g == want
	case float64:
		f, err := strconv.ParseFloat(want, 64)
		return err == nil && f == g
	case bool:
		return strconv.FormatBool(g) == want
	}
	return false
}

func writeTemp(t testing.TB, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(bytes.TrimSpace(b), v) }

func runOut(t testing.TB, name string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", name, err, stderr.String())
	}
	return out
}
