package insights

import (
	"slices"
	"testing"
)

// TestCache drives the weighted cache through steps and checks after each what it holds and that its bytes stay
// within the budget of 100.
func TestCache(t *testing.T) {
	type step struct {
		op    string // add, get
		key   string
		size  int64
		holds []string
		ok    bool     // what add or get reports
		want  []string // keys cached afterwards, most recent first
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"least recently used goes first", []step{
			{op: "add", key: "a", size: 40, ok: true, want: []string{"a"}},
			{op: "add", key: "b", size: 40, ok: true, want: []string{"b", "a"}},
			{op: "get", key: "a", ok: true, want: []string{"a", "b"}},
			{op: "add", key: "c", size: 40, ok: true, want: []string{"c", "a"}},
			{op: "get", key: "b", ok: false, want: []string{"c", "a"}},
		}},
		{"several evicted for a large one", []step{
			{op: "add", key: "a", size: 30, ok: true, want: []string{"a"}},
			{op: "add", key: "b", size: 30, ok: true, want: []string{"b", "a"}},
			{op: "add", key: "c", size: 30, ok: true, want: []string{"c", "b", "a"}},
			{op: "add", key: "d", size: 90, ok: true, want: []string{"d"}},
		}},
		{"larger than the budget is not cached", []step{
			{op: "add", key: "a", size: 30, ok: true, want: []string{"a"}},
			{op: "add", key: "huge", size: 101, ok: false, want: []string{"a"}},
		}},
		{"replacing a key reweighs it", []step{
			{op: "add", key: "a", size: 60, ok: true, want: []string{"a"}},
			{op: "add", key: "a", size: 90, ok: true, want: []string{"a"}},
			{op: "add", key: "b", size: 10, ok: true, want: []string{"b", "a"}},
		}},
		{"evicting what is held evicts its holders", []step{
			{op: "add", key: "net", size: 50, ok: true, want: []string{"net"}},
			{op: "add", key: "proj1", size: 10, holds: []string{"net"}, ok: true, want: []string{"proj1", "net"}},
			{op: "add", key: "proj2", size: 10, holds: []string{"net"}, ok: true, want: []string{"proj2", "net", "proj1"}},
			{op: "add", key: "other", size: 20, ok: true, want: []string{"other", "proj2", "net", "proj1"}},
			// 90 used: 40 more evicts proj1 (30 short still), then net with proj2, its holder.
			{op: "add", key: "big", size: 40, ok: true, want: []string{"big", "other"}},
		}},
		{"using a holder uses what it holds", []step{
			{op: "add", key: "net", size: 40, ok: true, want: []string{"net"}},
			{op: "add", key: "x", size: 20, ok: true, want: []string{"x", "net"}},
			{op: "add", key: "proj", size: 10, holds: []string{"net"}, ok: true, want: []string{"proj", "net", "x"}},
			{op: "add", key: "y", size: 20, ok: true, want: []string{"y", "proj", "net", "x"}},
			{op: "get", key: "proj", ok: true, want: []string{"proj", "net", "y", "x"}},
			{op: "add", key: "z", size: 20, ok: true, want: []string{"z", "proj", "net", "y"}},
		}},
		{"nothing is cached beside what is gone", []step{
			{op: "add", key: "proj", size: 10, holds: []string{"net"}, ok: false, want: nil},
		}},
		{"a holder that does not fit beside what it holds", []step{
			{op: "add", key: "net", size: 60, ok: true, want: []string{"net"}},
			{op: "add", key: "proj", size: 50, holds: []string{"net"}, ok: false, want: nil},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCache(100)
			for i, s := range tt.steps {
				var ok bool
				switch s.op {
				case "add":
					ok = c.add(s.key, s.key, s.size, s.holds...)
				case "get":
					_, ok = c.get(s.key)
				}
				if ok != s.ok {
					t.Errorf("step %d: %s %s reported %v, want %v", i, s.op, s.key, ok, s.ok)
				}
				var got []string
				var sum int64
				for el := c.order.Front(); el != nil; el = el.Next() {
					got = append(got, el.Value.(*cacheEntry).key)
					sum += el.Value.(*cacheEntry).size
				}
				if !slices.Equal(got, s.want) {
					t.Errorf("step %d: cached %v, want %v", i, got, s.want)
				}
				if used, n := c.bytes(); used != sum || n != len(got) || used > 100 {
					t.Errorf("step %d: bytes %d for %d entries; the entries weigh %d (%d), budget 100", i, used, n, sum, len(got))
				}
			}
		})
	}
}
