package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/dustin/go-humanize"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
)

// byteSize is a flag of a number of bytes, written "4GiB", "512MiB" or "6GB" (go-humanize's units, binary and
// decimal).
type byteSize int64

func (b *byteSize) String() string { return insights.FormatBytes(int64(*b)) }

func (b *byteSize) Set(s string) error {
	n, err := humanize.ParseBytes(s)
	if err != nil || n == 0 || n > 1<<62 {
		return fmt.Errorf("%q is not a size such as 4GiB or 512MiB", s)
	}
	*b = byteSize(n)
	return nil
}

// memoryBudgetFlag adds --memory-budget, whose default is defaultMemoryBudget.
func memoryBudgetFlag(fs *flag.FlagSet) *byteSize {
	b := byteSize(defaultMemoryBudget())
	fs.Var(&b, "memory-budget", "memory the analysis cache may hold; a network estimated larger is refused before it is read (default: half the machine's memory or cgroup limit)")
	return &b
}

// defaultMemoryBudget is half the memory this process may use: the other half is for the computations under way
// (a projection being built holds its network, its ties and its CSR rows at once), the store's page cache and the
// rest of the machine. Without a reading of the machine's memory it is insights.DefaultMemoryBudget.
func defaultMemoryBudget() int64 {
	if m := machineMemory(); m > 0 {
		return m / 2
	}
	return insights.DefaultMemoryBudget
}

// machineMemory returns the memory this process may use: the smaller of the machine's (MemTotal in
// /proc/meminfo) and its cgroup's limit (cgroup v2's memory.max, or v1's memory.limit_in_bytes), as a container
// sees it; 0 when none can be read.
func machineMemory() int64 {
	var limits []int64
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		limits = append(limits, memTotal(b))
	}
	for _, path := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		if b, err := os.ReadFile(path); err == nil {
			limits = append(limits, cgroupLimit(b))
		}
	}
	var least int64
	for _, l := range limits {
		if l > 0 && (least == 0 || l < least) {
			least = l
		}
	}
	return least
}

// memTotal reads MemTotal from the text of /proc/meminfo ("MemTotal:  24531804 kB"); 0 when absent.
func memTotal(meminfo []byte) int64 {
	sc := bufio.NewScanner(bytes.NewReader(meminfo))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) >= 2 && f[0] == "MemTotal:" {
			kb, err := strconv.ParseInt(f[1], 10, 64)
			if err != nil {
				return 0
			}
			return kb * 1024
		}
	}
	return 0
}

// cgroupLimit reads a cgroup memory limit; 0 for none ("max", or v1's huge number for no limit).
func cgroupLimit(b []byte) int64 {
	n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
	if err != nil || n <= 0 || n >= 1<<60 {
		return 0
	}
	return n
}

// newEngine returns the analytic engine of a command: bounded by the machine's memory, so that a network too
// large for it is refused with a message instead of the process being killed.
func newEngine(st ringleader.NetworkReader) *insights.Engine {
	return insights.NewBounded(st, insights.Limits{MemoryBudget: defaultMemoryBudget()})
}
