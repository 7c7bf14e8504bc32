package graph_test

import (
	"cmp"
	"context"
	"math"
	"runtime"
	"slices"
	"testing"

	"github.com/ringleader/ringleader/graph"
)

// maxAbsDiff returns the largest |a[i]-b[i]| and where it is.
func maxAbsDiff(a, b []float64) (float64, int) {
	worst, at := 0.0, -1
	for i := range a {
		if d := math.Abs(a[i] - b[i]); d > worst || at < 0 {
			worst, at = d, i
		}
	}
	return worst, at
}

// topK returns the k nodes of highest score, ties broken by index.
func topK(score []float64, k int) []int {
	order := make([]int, len(score))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Or(cmp.Compare(score[b], score[a]), cmp.Compare(a, b)) })
	return order[:min(k, len(order))]
}

func overlap(a, b []int) float64 {
	common := 0
	for _, x := range a {
		if slices.Contains(b, x) {
			common++
		}
	}
	return float64(common) / float64(len(a))
}

func TestApproxBetweennessSmall(t *testing.T) {
	tests := []struct {
		name string
		g    *graph.Graph
	}{
		{"star", tiny(t, "c-a", "c-b", "c-d", "c-e", "c-f")},
		{"path", tiny(t, "a-b", "b-c", "c-d", "d-e", "e-f", "f-g")},
		// Two shortest a–d paths through b and c, one through nothing shorter: b and c
		// must share the credit equally.
		{"diamond", tiny(t, "a-b", "a-c", "b-d", "c-d", "d-e", "a-x", "x-y", "y-e")},
		{"directed cycle", tiny(t, "a>b", "b>c", "c>d", "d>a", "a>c")},
		{"weighted", tiny(t, "a-b:1", "b-c:1", "a-c:0.2", "c-d:3", "d-e:1", "b-e:0.5")},
		{"disconnected", tiny(t, "a-b", "b-c", "d-e", "e-f", "f-g", "h")},
	}
	const eps, delta = 0.03, 0.01
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			exact := graph.Betweenness(tt.g)
			approx, err := graph.ApproxBetweenness(context.Background(), tt.g, eps, delta, 7)
			if err != nil {
				t.Fatal(err)
			}
			if worst, at := maxAbsDiff(approx, exact); worst > eps {
				t.Errorf("node %s: approx %.4f, exact %.4f: error %.4f > eps %v", tt.g.NodeID(at), approx[at], exact[at], worst, eps)
			}
		})
	}
}

// TestApproxBetweennessSynthetic checks the stated guarantee where it matters, on the
// synthetic heavy-tailed graphs: every node within eps of the exact value, and the top
// 20 brokers found. One fixed seed per case; the guarantee holds with probability 1-delta.
func TestApproxBetweennessSynthetic(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 5000
	}
	tests := []struct {
		name     string
		g        *graph.Graph
		eps      float64
		topShare float64 // least top-20 overlap with the exact ranking; 0 to not check
	}{
		{"undirected", syntheticGraph(t, n, false), 0.005, 0.9},
		{"weighted", syntheticGraph(t, 2000, true), 0.02, 0},
		{"directed", directedSynthetic(t, 2000, false), 0.02, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			exact := graph.Betweenness(tt.g)
			approx, err := graph.ApproxBetweenness(context.Background(), tt.g, tt.eps, 0.1, 1)
			if err != nil {
				t.Fatal(err)
			}
			worst, at := maxAbsDiff(approx, exact)
			if worst > tt.eps {
				t.Errorf("node %d: approx %.5f, exact %.5f: error %.5f > eps %v", at, approx[at], exact[at], worst, tt.eps)
			}
			share := overlap(topK(approx, 20), topK(exact, 20))
			if share < tt.topShare {
				t.Errorf("top-20 overlap %.2f < %.2f", share, tt.topShare)
			}
			samples, vd, _ := graph.BetweennessSampleSize(tt.g, tt.eps, 0.1)
			t.Logf("n=%d: %d samples (VD bound %d), max error %.5f (eps %v), top-20 overlap %.2f", tt.g.N(), samples, vd, worst, tt.eps, share)
		})
	}
}

func TestApproxBetweennessDeterministic(t *testing.T) {
	g := syntheticGraph(t, 1000, false)
	first, err := graph.ApproxBetweenness(context.Background(), g, 0.02, 0.1, 3)
	if err != nil {
		t.Fatal(err)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	again, _ := graph.ApproxBetweenness(context.Background(), g, 0.02, 0.1, 3)
	if !slices.Equal(first, again) {
		t.Error("the same seed on one processor gave a different estimate")
	}
	other, _ := graph.ApproxBetweenness(context.Background(), g, 0.02, 0.1, 4)
	if slices.Equal(first, other) {
		t.Error("another seed gave the very same estimate: the seed is not used")
	}
}

func TestBetweennessSampleSize(t *testing.T) {
	tests := []struct {
		name   string
		g      *graph.Graph
		trueVD int // nodes on the longest shortest path, counted by hand
		exact  bool
	}{
		// Path of 7: the hub search starts at b (degree 2): e1 = 5, e2 = 1, bound 7.
		{"path", tiny(t, "a-b", "b-c", "c-d", "d-e", "e-f", "f-g"), 7, true},
		{"star", tiny(t, "c-a", "c-b", "c-d", "c-e"), 3, true},
		{"edge only", tiny(t, "a-b", "c"), 2, true},
		{"cycle of 6", tiny(t, "a-b", "b-c", "c-d", "d-e", "e-f", "f-a"), 4, false},
		{"weighted path", tiny(t, "a-b:2", "b-c:1", "c-d:4"), 4, false},
		{"directed", tiny(t, "a>b", "b>c", "c>d", "x>y"), 4, true},
	}
	const eps, delta = 0.1, 0.05
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, vd, err := graph.BetweennessSampleSize(tt.g, eps, delta)
			if err != nil {
				t.Fatal(err)
			}
			if vd < tt.trueVD || (tt.exact && vd != tt.trueVD) {
				t.Errorf("VD bound %d, true vertex diameter %d (exact bound expected: %v)", vd, tt.trueVD, tt.exact)
			}
			n := float64(tt.g.N())
			e := eps * (n - 2) / n
			want := 0
			if vd >= 3 {
				want = int(math.Ceil(0.5 / (e * e) * (math.Floor(math.Log2(float64(vd-2))) + 1 + math.Log(1/delta))))
			}
			if r != want {
				t.Errorf("sample size %d, want %d for VD %d", r, want, vd)
			}
		})
	}
}

func TestApproxBetweennessInvalid(t *testing.T) {
	g := tiny(t, "a-b", "b-c")
	for _, p := range [][2]float64{{0, 0.1}, {1, 0.1}, {0.1, 0}, {0.1, 1}, {math.NaN(), 0.1}, {-0.1, 0.5}} {
		_, err := graph.ApproxBetweenness(context.Background(), g, p[0], p[1], 1)
		if !isInputError(err) {
			t.Errorf("eps %v delta %v: error %v, want an *InputError", p[0], p[1], err)
		}
	}
}

func BenchmarkApproxBetweenness(b *testing.B) {
	for _, tt := range []struct {
		name     string
		n        int
		weighted bool
	}{{"20k", benchNodes, false}, {"20k_weighted", benchNodes, true}} {
		b.Run(tt.name, func(b *testing.B) {
			g := syntheticGraph(b, tt.n, tt.weighted)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := graph.ApproxBetweenness(context.Background(), g, 0.01, 0.1, 1); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
