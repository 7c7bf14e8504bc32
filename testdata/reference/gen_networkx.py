#!/usr/bin/env python3
"""Reference values for package graph, computed with networkx.

Builds the real datasets in testdata/datasets exactly as Ringleader loads them
(testing/fixtures.CaviarNetwork and MontagnaNetwork, then graph.Project) and writes
testdata/reference/networkx.json with every node's value for each centrality measure and
the modularity of networkx's Louvain partition, per graph configuration.

Run from the repository root or anywhere else:

    python3 -m venv /tmp/rl-venv
    /tmp/rl-venv/bin/pip install networkx==3.6.1 scipy==1.17.1 numpy==2.4.6
    /tmp/rl-venv/bin/python3 testdata/reference/gen_networkx.py

The versions are those networkx.json records; the graphs, their configurations and the
run's plumbing come from nxgraphs.py beside this script, which
graph/testdata/gen_brokerage_networkx.py uses too.

Conventions, the same as Ringleader's (DESIGN.md section 4):
  * CAVIAR (Morselli 2009): node ids "n" + matrix label, in label order; one arc per
    non-zero cell, row = caller, column = receiver, weight = calls. The undirected
    graph merges both directions: weight = calls(a->b) + calls(b->a).
  * Montagna (Cavallaro et al. 2020): ids as in the file, in order of first appearance;
    undirected; a pair listed twice keeps the last weight read (nx.Graph.add_edge).
  * Unweighted configurations ignore weights everywhere.
  * Weighted CAVIAR reads calls as a strength: path measures (betweenness, closeness,
    harmonic) use the distance 1/calls; eigenvector, PageRank and modularity use calls.
  * Weighted Montagna reads the weight as a distance for path measures, and as the
    weight itself for eigenvector, PageRank and modularity.
  * Weighted degree is strength, the sum of a node's weights as given, over n - 1
    (networkx's degree_centrality formula on G.degree(weight="weight"); Cavallaro et
    al.'s degree_centrality_w), for CAVIAR and Montagna alike.
  * Self-loops are dropped (there are none in these files).
"""

import os
import sys

from nxgraphs import configs, describe, fix_hash_seed, libraries, nx, write_json

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "networkx.json")

LOUVAIN_SEED = 42

CALLS = {
    "degree": "nx.degree_centrality(G) unweighted; weighted: d / (n - 1) for d in G.degree(weight=W)",
    "in_degree": "nx.in_degree_centrality(G) unweighted; weighted: G.in_degree(weight=W) / (n - 1)  (directed graphs only)",
    "out_degree": "nx.out_degree_centrality(G) unweighted; weighted: G.out_degree(weight=W) / (n - 1)  (directed graphs only)",
    "betweenness": "nx.betweenness_centrality(G, normalized=True, weight=D)",
    "closeness": "nx.closeness_centrality(G, distance=D, wf_improved=True)",
    "harmonic": "nx.harmonic_centrality(G, distance=D)",
    "eigenvector": "nx.eigenvector_centrality(G, weight=W)  (defaults max_iter=100, tol=1e-06)",
    "pagerank": "nx.pagerank(G, alpha=0.85, weight=W)  (defaults max_iter=100, tol=1e-06)",
    "core": "nx.core_number(G)  (unweighted; in + out degree when directed)",
    "louvain": "nx.community.louvain_communities(G, weight=W, resolution=1, seed=42); "
    "Q = nx.community.modularity(G, communities, weight=W, resolution=1)",
    "D": "None when unweighted; 'dist' = 1/calls (CAVIAR) or 'weight' (Montagna) when weighted",
    "W": "None when unweighted; 'weight' when weighted",
}


def degree(G, unweighted, weighted_degrees, W):
    """networkx's degree centrality: unweighted(G), or with weights the same formula,
    d * 1/(n - 1), on the sums of the weights, weighted_degrees(weight=W)."""
    if W is None:
        return unweighted(G)
    s = 1.0 / (len(G) - 1.0)
    return {n: d * s for n, d in weighted_degrees(weight=W)}


def measures(G, weighted, distance_attr):
    D = distance_attr if weighted else None
    W = "weight" if weighted else None
    out = {
        "degree": degree(G, nx.degree_centrality, G.degree, W),
        "betweenness": nx.betweenness_centrality(G, normalized=True, weight=D),
        "closeness": nx.closeness_centrality(G, distance=D, wf_improved=True),
        "harmonic": nx.harmonic_centrality(G, distance=D),
        "pagerank": nx.pagerank(G, alpha=0.85, weight=W),
        "core": nx.core_number(G),
    }
    if G.is_directed():
        out["in_degree"] = degree(G, nx.in_degree_centrality, G.in_degree, W)
        out["out_degree"] = degree(G, nx.out_degree_centrality, G.out_degree, W)
    try:
        out["eigenvector"] = nx.eigenvector_centrality(G, weight=W)
    except nx.PowerIterationFailedConvergence as e:
        out["eigenvector"] = {"error": type(e).__name__}
    comms = nx.community.louvain_communities(G, weight=W, resolution=1, seed=LOUVAIN_SEED)
    louvain = {
        "seed": LOUVAIN_SEED,
        "resolution": 1,
        "communities": len(comms),
        "Q": nx.community.modularity(G, comms, weight=W, resolution=1),
        # The partition itself, largest community first, so that Modularity can be
        # checked exactly on it.
        "partition": [sorted(c, key=list(G.nodes()).index)
                      for c in sorted(comms, key=lambda c: (-len(c), min(list(G.nodes()).index(v) for v in c)))],
    }
    # Values in node order, whatever order networkx produced them in.
    return {k: {n: float(vals[n]) for n in G.nodes()} if "error" not in vals else vals
            for k, vals in sorted(out.items())}, louvain


def main():
    fix_hash_seed()
    graphs = {}
    for c in configs():
        G = c.graph
        vals, louvain = measures(G, c.weighted, c.distance)
        graphs[c.key] = dict(describe(c), nodes=list(G.nodes()), measures=vals, louvain=louvain)
        print("%-32s n=%d m=%d louvain Q=%.6f" % (c.key, G.number_of_nodes(), G.number_of_edges(), louvain["Q"]),
              file=sys.stderr)
    write_json(OUT, {
        "generator": "testdata/reference/gen_networkx.py",
        "libraries": libraries(),
        "conventions": __doc__.split("Conventions", 1)[1].strip(),
        "calls": CALLS,
        "graphs": graphs,
    })


if __name__ == "__main__":
    main()
