package main

import "testing"

func TestMemoryReadings(t *testing.T) {
	tests := []struct {
		name string
		got  int64
		want int64
	}{
		{"meminfo", memTotal([]byte("MemTotal:       24531804 kB\nMemFree:         1000 kB\n")), 24531804 * 1024},
		{"meminfo without MemTotal", memTotal([]byte("MemFree: 1000 kB\n")), 0},
		{"cgroup v2 limit", cgroupLimit([]byte("4294967296\n")), 4 << 30},
		{"cgroup v2 without limit", cgroupLimit([]byte("max\n")), 0},
		{"cgroup v1 without limit", cgroupLimit([]byte("9223372036854771712\n")), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %d, want %d", tt.got, tt.want)
			}
		})
	}
	if m := machineMemory(); m <= 0 {
		t.Errorf("machineMemory() = %d on a Linux machine", m)
	}
}

func TestByteSizeFlag(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"4GiB", 4 << 30, true},
		{"512MiB", 512 << 20, true},
		{"6GB", 6e9, true},
		{"1048576", 1 << 20, true},
		{"0", 0, false},
		{"lots", 0, false},
		{"-1GiB", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var b byteSize
			err := b.Set(tt.in)
			if (err == nil) != tt.ok || (tt.ok && int64(b) != tt.want) {
				t.Errorf("Set(%q) = %d, %v; want %d (ok %v)", tt.in, b, err, tt.want, tt.ok)
			}
		})
	}
}
