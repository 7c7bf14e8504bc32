#!/usr/bin/env python3
"""Reference values for Leiden (package graph), computed with python-igraph's community_leiden.

Builds real criminal networks as Ringleader loads them and writes
testdata/reference/igraph.json: for each graph, igraph's Leiden partitions (modularity,
resolution 1; and CPM, resolution 0.1, on the unweighted graphs) over 100 seeds, with the
quality of each, the median time of a call and one partition in full, so that a test can
recompute its quality with Ringleader's Modularity and CPM.

Run from the repository root or anywhere else, in the peer benchmark's environment
(make bench-peers makes it) or any with python-igraph 1.0 and networkx:

    python3 -m venv /tmp/rl-venv && /tmp/rl-venv/bin/pip install igraph==1.0.0 networkx==3.6.1 scipy numpy
    /tmp/rl-venv/bin/python3 testdata/reference/gen_igraph.py

Graphs, with the conventions of gen_networkx.py (undirected only: igraph's Leiden takes
no directed graph):
  * CAVIAR and the two Montagna files from testdata/datasets, unweighted and weighted
    (CAVIAR's weight: calls both ways summed; Montagna's: the weight as given).
  * From testdata/datasets' copies of shared/datasets' folders (same bytes, SOURCE.md beside):
    Krebs's 9/11 network (nodes.csv order, ids the "index" column; edges.csv) and the
    UCINET covert networks' matrices but morselli_caviar.csv (CAVIAR again), read as
    CAVIAR is (ids "n" + label, label order), unweighted, a tie where either cell is set.
Times are of the community_leiden call alone, on this machine, single-threaded.
"""

import csv
import json
import os
import platform
import random
import statistics
import sys
import time

try:
    import igraph as ig
    import networkx as nx
except ImportError:
    sys.exit("gen_igraph.py needs python-igraph and networkx: "
             "python3 -m venv /tmp/rl-venv && /tmp/rl-venv/bin/pip install igraph==1.0.0 networkx==3.6.1 scipy numpy")

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import nxgraphs as nxref  # noqa: E402  the same readers and conventions as gen_networkx.py

SHARED = os.path.join(HERE, "..", "datasets")
OUT = os.path.join(HERE, "igraph.json")
SEEDS = list(range(100))
CPM_RESOLUTION = 0.1
UCINET = ["morselli_cielnet", "morselli_siren", "morselli_togo", "natajaran_cocaine", "natajaran_heroin",
          "berlusconietal_oversize", "macdonald_tfc"]

CALLS = {
    "modularity": "random.seed(seed); G.community_leiden(objective_function='modularity', weights=W, "
                  "resolution=1, beta=0.01, n_iterations=N); Q = G.modularity(membership, weights=W)",
    "cpm": "random.seed(seed); G.community_leiden(objective_function='CPM', weights=None, resolution=0.1, "
           "beta=0.01, n_iterations=-1); quality = sum over communities of (edges inside - 0.1*n(n-1)/2)",
    "N": "2 (igraph's default) and -1 (until an iteration changes nothing)",
    "W": "None when unweighted; 'weight' when weighted",
}


def krebs_graph():
    d = os.path.join(SHARED, "krebs_911")
    G = nx.Graph()
    with open(os.path.join(d, "nodes.csv")) as f:
        for row in csv.reader(f):
            if row and not row[0].startswith("#"):
                G.add_node(row[0].strip())
    with open(os.path.join(d, "edges.csv")) as f:
        for row in csv.reader(f):
            if row and not row[0].startswith("#") and row[0].strip() != row[1].strip():
                G.add_edge(row[0].strip(), row[1].strip(), weight=1.0)
    return G


def matrix_graph(name):
    nodes, arcs = nxref.read_caviar(os.path.join(SHARED, "ucinet_trafficking", name + ".csv"))
    G = nx.Graph()
    G.add_nodes_from(nodes)
    for u, v, w in arcs:
        if u != v:
            G.add_edge(u, v, weight=1.0)
    return G


def to_igraph(G):
    index = {v: i for i, v in enumerate(G.nodes())}
    g = ig.Graph(n=len(index), edges=[(index[u], index[v]) for u, v in G.edges()], directed=False)
    g.es["weight"] = [float(d["weight"]) for _, _, d in G.edges(data=True)]
    return g


def cpm_quality(g, membership, resolution):
    inside = sum(1.0 for e in g.es if membership[e.source] == membership[e.target])
    sizes = {}
    for c in membership:
        sizes[c] = sizes.get(c, 0) + 1
    return inside - resolution * sum(n * (n - 1) / 2 for n in sizes.values())


def leiden_runs(g, objective, weights, resolution, n_iterations):
    runs = []
    for seed in SEEDS:
        random.seed(seed)
        t = time.perf_counter()
        cl = g.community_leiden(objective_function=objective, weights=weights, resolution=resolution,
                                beta=0.01, n_iterations=n_iterations)
        seconds = time.perf_counter() - t
        membership = list(cl.membership)
        if objective == "modularity":
            quality = g.modularity(membership, weights=weights)
        else:
            quality = cpm_quality(g, membership, resolution)
        runs.append({"seed": seed, "quality": quality, "communities": len(set(membership)),
                     "seconds": seconds, "membership": membership})
    qs = [r["quality"] for r in runs]
    out = {
        "objective": objective,
        "resolution": resolution,
        "n_iterations": n_iterations,
        "quality_max": max(qs),
        "quality_median": statistics.median(qs),
        "quality_min": min(qs),
        "seconds_median": statistics.median(r["seconds"] for r in runs),
        # The partition of seed 0, so that its quality can be recomputed by the test.
        "membership_seed0": runs[0]["membership"],
        "quality_seed0": runs[0]["quality"],
        "qualities": qs,
    }
    return out


def main():
    configs = []
    for weighted in (False, True):
        configs.append(("caviar_undirected_%s" % ("weighted" if weighted else "unweighted"),
                        "testdata/datasets/caviar/CAVIAR_FULL_Directed.csv", nxref.caviar_graph(False), weighted))
    for key, name in (("montagna_meetings", "Montagna_meetings_edgelist.csv"),
                      ("montagna_phonecalls", "Montagna_phonecalls_edgelist.csv")):
        for weighted in (False, True):
            configs.append(("%s_%s" % (key, "weighted" if weighted else "unweighted"),
                            "testdata/datasets/montagna/" + name, nxref.montagna_graph(name), weighted))
    configs.append(("krebs_911", "testdata/datasets/krebs_911", krebs_graph(), False))
    for name in UCINET:
        configs.append((name, "testdata/datasets/ucinet_trafficking/%s.csv" % name, matrix_graph(name), False))
    graphs = {}
    for key, source, G, weighted in configs:
        g = to_igraph(G)
        W = "weight" if weighted else None
        entry = {
            "source": source,
            "weighted": weighted,
            "n": g.vcount(),
            "m": g.ecount(),
            "nodes": list(G.nodes()),
            "modularity": leiden_runs(g, "modularity", W, 1.0, 2),
            "modularity_until_stable": leiden_runs(g, "modularity", W, 1.0, -1),
        }
        if not weighted:
            entry["cpm"] = leiden_runs(g, "CPM", None, CPM_RESOLUTION, -1)
        graphs[key] = entry
        print("%-32s n=%d m=%d Leiden Q median %.4f (2 iterations) %.4f (until stable), max %.4f"
              % (key, g.vcount(), g.ecount(), entry["modularity"]["quality_median"],
                 entry["modularity_until_stable"]["quality_median"],
                 entry["modularity_until_stable"]["quality_max"]), file=sys.stderr)
    doc = {
        "generator": "testdata/reference/gen_igraph.py",
        "libraries": {"igraph": ig.__version__, "networkx": nx.__version__, "python": platform.python_version()},
        "machine": {"nproc": os.cpu_count(), "loadavg": os.getloadavg()},
        "calls": CALLS,
        "graphs": graphs,
    }
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
