#!/usr/bin/env python3
"""Reference values for package graph's broker measures, computed with networkx.

Writes graph/testdata/networkx_brokerage.json: per graph configuration, every node's
Burt constraint and effective size, the articulation points and bridges, and Borgatti's
fragmentation F and distance-weighted fragmentation DF after removing a few node sets;
and, per CAVIAR phase, the Freeman centralizations of in-degree, out-degree and
betweenness. The graphs are those of testdata/reference/gen_networkx.py, built by the
module both scripts use, testdata/reference/nxgraphs.py (the same conventions as
Ringleader's loaders and graph.Project; see gen_networkx.py's docstring).

Run from anywhere, with the versions networkx_brokerage.json records:

    python3 -m venv /tmp/rl-venv
    /tmp/rl-venv/bin/pip install networkx==3.6.1 scipy==1.17.1 numpy==2.4.6
    /tmp/rl-venv/bin/python3 graph/testdata/gen_brokerage_networkx.py

Calls:
  * W = None (unweighted) or "weight" (weighted: call counts for CAVIAR, the edge-list
    weight for Montagna).
  * constraint: nx.constraint(G, weight=W). With scipy installed networkx takes a sparse
    matrix path; the script also runs the per-node path (nodes=list(G)) and records the
    largest difference where both are defined. The per-node path gives NaN to a node of
    a directed graph that has predecessors but no successors (it tests len(G[v]) == 0);
    the matrix path does not, and neither does Ringleader.
  * effective size: nx.effective_size(G, nodes=list(G), weight=W), the per-node path,
    which follows the documented definition. networkx 3.6.1's sparse matrix path
    (nodes=None) divides each mutual weight by the largest mutual weight of the *column*
    node instead of the row node (networkx PR #8906), so it is wrong on directed and on
    weighted graphs; the script records how far it is off ("matrix_path_max_diff").
    The per-node path also gives NaN to directed sinks (it tests G[v]); for those the
    script evaluates the same definition with networkx's public
    normalized_mutual_weight and lists them under "effective_size_filled".
  * Isolated nodes have neither measure: they are written as null.
  * articulation points and bridges: nx.articulation_points and nx.bridges on
    G.to_undirected() (the graph itself when undirected).
  * F and DF are computed here from their definitions (Borgatti 2006), on the
    undirected view, with networkx's connected_components and
    all_pairs_shortest_path_length (hop counts), for the removal sets listed under
    "fragmentation".
  * centralization (CAVIAR phases, directed, call counts as strengths): in/out-degree
    centrality as nx.in_degree_centrality / nx.out_degree_centrality, summed
    (max - c_i) / (n - 2); betweenness as nx.betweenness_centrality(G, weight="dist"),
    dist = 1/calls, summed (max - c_i) / (n - 1). Phase 7 lists label 9 twice; like
    Ringleader's loader this script merges the two into one node and adds their calls.
"""

import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "testdata", "reference"))

from nxgraphs import DATA, caviar_graph, configs, describe, fix_hash_seed, libraries, nx, write_json  # noqa: E402

OUT = os.path.join(HERE, "networkx_brokerage.json")


def clean(values):
    return {n: (None if math.isnan(v) else float(v)) for n, v in values.items()}


def max_diff(a, b):
    worst = 0.0
    for n in a:
        x, y = a[n], b[n]
        if math.isnan(x) or math.isnan(y):
            continue
        worst = max(worst, abs(x - y))
    return worst


def fragmentation(U, removed):
    H = U.copy()
    H.remove_nodes_from(removed)
    n = H.number_of_nodes()
    if n < 2:
        return 1.0, 1.0
    pairs = sum(len(c) * (len(c) - 1) for c in nx.connected_components(H))
    F = 1 - pairs / (n * (n - 1))
    inv = 0.0
    for s, dist in nx.all_pairs_shortest_path_length(H):
        for t, d in dist.items():
            if t != s:
                inv += 1.0 / d
    DF = 1 - inv / (n * (n - 1))
    return F, DF


def removal_sets(U):
    # Highest degree first, ties by node order: the sets a reader would try first.
    order = sorted(U.nodes(), key=lambda v: (-U.degree(v), list(U.nodes()).index(v)))
    return [[], order[:1], order[:2], order[:3], order[:5]]


def broker_values(G, weighted):
    W = "weight" if weighted else None
    con = nx.constraint(G, weight=W)
    con_nodes = nx.constraint(G, nodes=list(G), weight=W)
    eff_matrix = nx.effective_size(G, weight=W)
    eff = nx.effective_size(G, nodes=list(G), weight=W)
    nmw = nx.algorithms.structuralholes.normalized_mutual_weight
    filled = []
    for v in G:
        alters = set(nx.all_neighbors(G, v)) - {v}
        if math.isnan(eff[v]) and alters:
            eff[v] = sum(1 - sum(nmw(G, v, w, weight=W) * nmw(G, u, w, norm=max, weight=W) for w in alters)
                         for u in alters)
            filled.append(v)
    U = G.to_undirected() if G.is_directed() else G
    frag = []
    for removed in removal_sets(U):
        F, DF = fragmentation(U, removed)
        frag.append({"removed": removed, "F": F, "DF": DF})
    return {
        "constraint": clean(con),
        "effective_size": clean(eff),
        "effective_size_filled": filled,
        "constraint_per_node_path_max_diff": max_diff(con, con_nodes),
        "effective_size_matrix_path_max_diff": max_diff(eff, eff_matrix),
        "articulation_points": sorted(nx.articulation_points(U), key=list(G.nodes()).index),
        "bridges": sorted([sorted(e, key=list(G.nodes()).index) for e in nx.bridges(U)],
                          key=lambda e: (list(G.nodes()).index(e[0]), list(G.nodes()).index(e[1]))),
        "fragmentation": frag,
    }


def centralization(values, denom):
    top = max(values.values())
    return sum(top - v for v in values.values()) / denom


def phase_centralizations():
    out = {}
    for phase in range(1, 12):
        path = os.path.join(DATA, "caviar", "phases", "CAVIAR%d.csv" % phase)
        G = caviar_graph(True, path)
        n = G.number_of_nodes()
        out["phase%d" % phase] = {
            "n": n,
            "m": G.number_of_edges(),
            "in_degree": centralization(nx.in_degree_centrality(G), n - 2),
            "out_degree": centralization(nx.out_degree_centrality(G), n - 2),
            "degree": centralization(nx.degree_centrality(G), n - 2),
            "betweenness": centralization(nx.betweenness_centrality(G, weight="dist"), n - 1),
        }
    return out


def main():
    fix_hash_seed()
    graphs = {}
    for c in configs():
        vals = broker_values(c.graph, c.weighted)
        graphs[c.key] = dict(describe(c), **vals)
        print("%-30s articulation points %d, bridges %d; constraint paths differ by %.2g; "
              "effective size matrix path off by %.2g; %d sinks filled" % (
                  c.key, len(vals["articulation_points"]), len(vals["bridges"]),
                  vals["constraint_per_node_path_max_diff"], vals["effective_size_matrix_path_max_diff"],
                  len(vals["effective_size_filled"])), file=sys.stderr)
    write_json(OUT, {
        "generator": "graph/testdata/gen_brokerage_networkx.py",
        "libraries": libraries(),
        "notes": __doc__.split("Calls:", 1)[1].strip(),
        "graphs": graphs,
        "caviar_phase_centralization": phase_centralizations(),
    })


if __name__ == "__main__":
    main()
