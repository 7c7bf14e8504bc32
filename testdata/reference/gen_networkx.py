#!/usr/bin/env python3
"""Reference values for package graph, computed with networkx.

Builds the real datasets in testdata/datasets exactly as Ringleader loads them
(testing/fixtures.CaviarNetwork and MontagnaNetwork, then graph.Project) and writes
testdata/reference/networkx.json with every node's value for each centrality measure and
the modularity of networkx's Louvain partition, per graph configuration.

Run from the repository root or anywhere else:

    python3 -m venv /tmp/rl-venv && /tmp/rl-venv/bin/pip install networkx scipy numpy
    /tmp/rl-venv/bin/python testdata/reference/gen_networkx.py

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
  * Self-loops are dropped (there are none in these files).
"""

import csv
import json
import os
import platform
import sys

try:
    import networkx as nx
    import numpy
    import scipy
except ImportError:
    sys.exit("gen_networkx.py needs networkx, scipy and numpy: "
             "python3 -m venv /tmp/rl-venv && /tmp/rl-venv/bin/pip install networkx scipy numpy, "
             "then run it with /tmp/rl-venv/bin/python3")

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "datasets")
OUT = os.path.join(HERE, "networkx.json")

LOUVAIN_SEED = 42

CALLS = {
    "degree": "nx.degree_centrality(G)",
    "in_degree": "nx.in_degree_centrality(G)  (directed graphs only)",
    "out_degree": "nx.out_degree_centrality(G)  (directed graphs only)",
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


def read_caviar(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    labels = [c.strip() for c in rows[0][1:]]
    arcs = []
    for i, row in enumerate(rows[1:]):
        assert row[0].strip() == labels[i], (path, i)
        for j, cell in enumerate(row[1:]):
            cell = cell.strip()
            if cell and float(cell) != 0:
                arcs.append(("n" + labels[i], "n" + labels[j], float(cell)))
    return ["n" + l for l in labels], arcs


def caviar_graph(directed):
    nodes, arcs = read_caviar(os.path.join(DATA, "caviar", "CAVIAR_FULL_Directed.csv"))
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(nodes)
    for u, v, w in arcs:
        if u == v:
            continue
        if G.has_edge(u, v):
            G[u][v]["weight"] += w
        else:
            G.add_edge(u, v, weight=w)
    for u, v, d in G.edges(data=True):
        d["dist"] = 1.0 / d["weight"]
    return G


def montagna_graph(name):
    G = nx.Graph()
    with open(os.path.join(DATA, "montagna", name)) as f:
        for line in f:
            fields = line.split()
            if not fields:
                continue
            a, b, w = fields[0], fields[1], float(fields[2])
            G.add_node(a)
            G.add_node(b)
            if a != b:
                G.add_edge(a, b, weight=w)
    return G


def measures(G, weighted, distance_attr):
    D = distance_attr if weighted else None
    W = "weight" if weighted else None
    out = {
        "degree": nx.degree_centrality(G),
        "betweenness": nx.betweenness_centrality(G, normalized=True, weight=D),
        "closeness": nx.closeness_centrality(G, distance=D, wf_improved=True),
        "harmonic": nx.harmonic_centrality(G, distance=D),
        "pagerank": nx.pagerank(G, alpha=0.85, weight=W),
        "core": nx.core_number(G),
    }
    if G.is_directed():
        out["in_degree"] = nx.in_degree_centrality(G)
        out["out_degree"] = nx.out_degree_centrality(G)
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
    # harmonic_centrality walks a set of node names, whose order follows Python's string
    # hashing; fix the hash seed so that a rerun writes the same bits.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, PYTHONHASHSEED="0"))
    configs = []
    for directed in (True, False):
        for weighted in (False, True):
            configs.append((
                "caviar_%s_%s" % ("directed" if directed else "undirected", "weighted" if weighted else "unweighted"),
                "caviar/CAVIAR_FULL_Directed.csv", caviar_graph(directed), directed, weighted, "strength", "dist"))
    for key, name in (("montagna_meetings", "Montagna_meetings_edgelist.csv"),
                      ("montagna_phonecalls", "Montagna_phonecalls_edgelist.csv")):
        for weighted in (False, True):
            configs.append(("%s_%s" % (key, "weighted" if weighted else "unweighted"),
                            "montagna/" + name, montagna_graph(name), False, weighted, "distance", "weight"))
    graphs = {}
    for key, source, G, directed, weighted, weight_as, dist_attr in configs:
        vals, louvain = measures(G, weighted, dist_attr)
        graphs[key] = {
            "source": "testdata/datasets/" + source,
            "directed": directed,
            "weighted": weighted,
            "weight_as": weight_as,
            "n": G.number_of_nodes(),
            "m": G.number_of_edges(),
            "nodes": list(G.nodes()),
            "measures": vals,
            "louvain": louvain,
        }
        print("%-32s n=%d m=%d louvain Q=%.6f" % (key, G.number_of_nodes(), G.number_of_edges(), louvain["Q"]),
              file=sys.stderr)
    doc = {
        "generator": "testdata/reference/gen_networkx.py",
        "libraries": {
            "networkx": nx.__version__,
            "scipy": scipy.__version__,
            "numpy": numpy.__version__,
            "python": platform.python_version(),
        },
        "conventions": __doc__.split("Conventions", 1)[1].strip(),
        "calls": CALLS,
        "graphs": graphs,
    }
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=1, sort_keys=False)
        f.write("\n")


if __name__ == "__main__":
    main()
