package insights_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
	"github.com/ringleader/ringleader/testing/fixtures"
)

func TestBrokersRankTheBridge(t *testing.T) {
	e := insights.New(&memReader{net: ring()})
	ctx := context.Background()
	for _, partition := range insights.Partitions {
		res, err := e.Brokers(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, insights.BrokerOptions{Partition: partition})
		if err != nil {
			t.Fatal(err)
		}
		top := res.Results[0]
		if top.ID != "x" {
			t.Errorf("%s: top broker %s, want x", partition, top.ID)
		}
		// x joins the two triangles and z: without x the largest group is a, b, c and y
		// (y shares a phone with a).
		if top.LargestBefore != 9 || top.LargestAfter != 4 {
			t.Errorf("%s: removal of x: largest group %d → %d, want 9 → 4", partition, top.LargestBefore, top.LargestAfter)
		}
		if !strings.Contains(top.Explanation, "shortest paths") || !strings.Contains(top.Explanation, "cuts 4 others off from the largest connected group (9 people, 4 after)") {
			t.Errorf("%s: explanation %q", partition, top.Explanation)
		}
		if partition == "community" && len(top.Bridges) == 0 {
			t.Errorf("x bridges no community: %+v", top)
		}
		for i := 1; i < len(res.Results); i++ {
			if res.Results[i].Score > res.Results[i-1].Score {
				t.Fatalf("%s: not sorted by score at %d", partition, i)
			}
		}
	}
	if _, err := e.Brokers(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, insights.BrokerOptions{Partition: "horoscope"}); ringleader.ErrorCode(err) != ringleader.EINVALID {
		t.Errorf("unknown partition: %v", err)
	}
}

func TestKeyPlayersAndDisruption(t *testing.T) {
	e := insights.New(&memReader{net: ring()})
	ctx := context.Background()
	kp, err := e.KeyPlayers(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, 1, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(kp.Players) != 1 || kp.Players[0].ID != "x" || kp.Score <= kp.Before {
		t.Errorf("key player %+v, want x raising fragmentation", kp)
	}
	d, err := e.Disruption(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{},
		insights.DisruptionRequest{By: "betweenness", Mode: "sequential", Count: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Steps) != 2 || d.Steps[0].LCCFraction != 1 || d.Steps[1].Removed[0] != "x" || d.Steps[1].LCCFraction != 4.0/9 {
		t.Errorf("disruption steps %+v, want x removed leaving 4/9", d.Steps)
	}
	c, err := e.Centralization(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, "")
	if err != nil {
		t.Fatal(err)
	}
	if c.Centralization.Betweenness <= 0 || c.Centralization.Betweenness > 1 {
		t.Errorf("centralization %+v", c.Centralization)
	}
}

// TestBrokerCommunitiesAreTheCommunities checks that the community partition of the
// brokerage roles is the one Communities answers with its defaults, numbered alike: a
// broker's "community 2" is community 2 of /insights/communities. On the generated
// network of 2,000 people Louvain's partition differs from Leiden's (on the demo they
// coincide), so a brokerage partition of its own would show.
func TestBrokerCommunitiesAreTheCommunities(t *testing.T) {
	e := insights.New(&memReader{net: fixtures.SyntheticNetwork(2000, 10, 1), version: 1})
	ctx := context.Background()
	all := ringleader.AllCases()
	comms, err := e.Communities(ctx, all, ringleader.ProjectionOptions{}, insights.DefaultCommunityOptions())
	if err != nil {
		t.Fatal(err)
	}
	of := map[string]string{}
	for _, c := range comms.Communities {
		for _, id := range c.Members {
			of[id] = "community " + strconv.Itoa(c.ID)
		}
	}
	res, err := e.Brokers(ctx, all, ringleader.ProjectionOptions{}, insights.BrokerOptions{Partition: "community"})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range res.Results {
		if b.Group != of[b.ID] {
			t.Errorf("%s: broker group %q, communities say %q", b.ID, b.Group, of[b.ID])
		}
	}
	if len(res.Results) != len(of) {
		t.Errorf("%d brokers ranked, %d people in communities", len(res.Results), len(of))
	}
}
