"""What Ringleader's networkx reference generators share: the real datasets built as
Ringleader builds them, the graph configurations, and how a run is made repeatable.

Used by testdata/reference/gen_networkx.py (centrality and Louvain, networkx.json) and
graph/testdata/gen_brokerage_networkx.py (broker measures, networkx_brokerage.json). The
conventions are written out in gen_networkx.py's docstring, which networkx.json records.

Rerun with the library versions the JSON files record ("libraries"); another networkx
gives other bits (3.7 is not 3.6.1):

    python3 -m venv /tmp/rl-venv
    /tmp/rl-venv/bin/pip install networkx==3.6.1 scipy==1.17.1 numpy==2.4.6
"""

import collections
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
    sys.exit("%s needs networkx, scipy and numpy: python3 -m venv /tmp/rl-venv && "
             "/tmp/rl-venv/bin/pip install networkx==3.6.1 scipy==1.17.1 numpy==2.4.6, "
             "then run it with /tmp/rl-venv/bin/python3" % os.path.basename(sys.argv[0]))

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "datasets")
CAVIAR_FULL = os.path.join(DATA, "caviar", "CAVIAR_FULL_Directed.csv")

# One graph configuration: its key in the JSON files, the dataset it is built from (relative to
# the repository), the graph, and how its weights are read. distance is the edge attribute that
# path measures take as a length when weighted.
Config = collections.namedtuple("Config", "key source graph directed weighted weight_as distance")


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


def caviar_graph(directed, path=CAVIAR_FULL):
    nodes, arcs = read_caviar(path)
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


def configs():
    """The configurations both files cover, in their order: full CAVIAR directed and
    undirected, Montagna meetings and phone calls, each unweighted then weighted."""
    out = []
    for directed in (True, False):
        for weighted in (False, True):
            out.append(Config(
                "caviar_%s_%s" % ("directed" if directed else "undirected", "weighted" if weighted else "unweighted"),
                "testdata/datasets/caviar/CAVIAR_FULL_Directed.csv", caviar_graph(directed), directed, weighted,
                "strength", "dist"))
    for key, name in (("montagna_meetings", "Montagna_meetings_edgelist.csv"),
                      ("montagna_phonecalls", "Montagna_phonecalls_edgelist.csv")):
        for weighted in (False, True):
            out.append(Config("%s_%s" % (key, "weighted" if weighted else "unweighted"),
                              "testdata/datasets/montagna/" + name, montagna_graph(name), False, weighted,
                              "distance", "weight"))
    return out


def describe(c):
    """The fields every graph entry of both files starts with."""
    return {
        "source": c.source,
        "directed": c.directed,
        "weighted": c.weighted,
        "weight_as": c.weight_as,
        "n": c.graph.number_of_nodes(),
        "m": c.graph.number_of_edges(),
    }


def fix_hash_seed():
    """Runs the script again with PYTHONHASHSEED=0 unless it is so already: some networkx
    paths (harmonic centrality, the per-node structural-hole paths) walk sets of node names,
    whose order follows Python's string hashing, so that a rerun writes the same bits."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, PYTHONHASHSEED="0"))


def libraries():
    return {
        "networkx": nx.__version__,
        "scipy": scipy.__version__,
        "numpy": numpy.__version__,
        "python": platform.python_version(),
    }


def write_json(path, doc):
    with open(path, "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
