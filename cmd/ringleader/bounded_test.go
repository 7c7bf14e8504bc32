package main

import (
	"bufio"
	"io"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ringleader/ringleader/insights"
	"github.com/ringleader/ringleader/testing/fixtures"
)

// TestBurstWithinMemoryBudget serves a generated network of 4,000 people with a memory budget that holds about
// two of its projections, and sends a burst of distinct analyses at once (measures, direction, weights, views,
// cores, time windows: each its own projection or network read). The server answers every one, stays up, evicts
// to make room, and the cache's measured bytes, scraped from /metrics while the burst runs, never exceed the
// budget.
func TestBurstWithinMemoryBudget(t *testing.T) {
	const people = 4000
	net := fixtures.SyntheticNetwork(people, 8, 1)
	bundle, err := fixtures.SyntheticBundle(people, 8, 1)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := fixtures.WriteDatasetBundle(dir, bundle); err != nil {
		t.Fatal(err)
	}
	store := "--store=sqlite:" + filepath.Join(t.TempDir(), "rl.db")
	mustRun(t, "load", store, dir)
	budget := 5 * insights.EstimateBytes(len(net.Entities), len(net.Links)) / 2
	base, _ := serveFor(t, store, "--insecure-no-auth", "--addr", "127.0.0.1:0", "--memory-budget", strconv.FormatInt(budget, 10))

	var paths []string
	for _, window := range []string{"", "&from=2020-01-01", "&to=2030-12-31", "&from=2019-06-01&to=2031-01-01"} {
		for _, opt := range []string{"", "&directed=true", "&weighted=true", "&weighted=true&weight_as=distance", "&view=full", "&min_core=3"} {
			for _, measure := range []string{"degree", "pagerank"} {
				paths = append(paths, "/api/v1/insights/centrality?top=5&measure="+measure+opt+window)
			}
		}
		paths = append(paths, "/api/v1/insights/communities?seed=1"+window,
			"/api/v1/insights/centrality?measure=betweenness&epsilon=0.05&top=5"+window)
	}

	// Scrape the cache's bytes while the burst runs.
	stop := make(chan struct{})
	var maxBytes, scrapes int64
	var scrapeErr error
	scraped := make(chan struct{})
	go func() {
		defer close(scraped)
		for {
			m, err := cacheMetrics(base)
			if err != nil {
				scrapeErr = err
				return
			}
			maxBytes = max(maxBytes, m["ringleader_analysis_cache_bytes"])
			scrapes++
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	statuses := make([]int, len(paths))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8)
	for i, p := range paths {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			resp, err := http.Get(base + p)
			if err != nil {
				t.Errorf("%s: %v", p, err)
				return
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			statuses[i] = resp.StatusCode
			if resp.StatusCode != http.StatusOK {
				t.Errorf("%s: %d %s", p, resp.StatusCode, body)
			}
		})
	}
	wg.Wait()
	close(stop)
	<-scraped
	if scrapeErr != nil {
		t.Fatal(scrapeErr)
	}
	m, err := cacheMetrics(base)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d requests; budget %d; cache at most %d bytes over %d scrapes, now %v", len(paths), budget, maxBytes, scrapes, m)
	if m["ringleader_analysis_cache_budget_bytes"] != budget {
		t.Errorf("budget in /metrics %d, --memory-budget %d", m["ringleader_analysis_cache_budget_bytes"], budget)
	}
	if maxBytes > budget || m["ringleader_analysis_cache_bytes"] > budget {
		t.Errorf("the cache held %d bytes, above its budget of %d", max(maxBytes, m["ringleader_analysis_cache_bytes"]), budget)
	}
	if m["ringleader_analysis_cache_evictions_total"] == 0 {
		t.Error("nothing was evicted: the burst did not press on the budget")
	}
	if resp, err := http.Get(base + "/healthz"); err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("healthz after the burst: %v %v", resp, err)
	}
}

// cacheMetrics scrapes the analysis cache's metrics from /metrics.
func cacheMetrics(base string) (map[string]int64, error) {
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	m := map[string]int64{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		name, value, ok := strings.Cut(sc.Text(), " ")
		if !ok || !strings.HasPrefix(name, "ringleader_analysis_cache_") {
			continue
		}
		f, err := strconv.ParseFloat(value, 64)
		if err != nil {
			return nil, err
		}
		m[name] = int64(f)
	}
	return m, sc.Err()
}
