#!/usr/bin/env python3
"""Peer benchmark: Ringleader against igraph, NetworKit and networkx on the same graphs.

Run through `make bench-peers` (bench/peers/run.sh), which makes the virtual environment,
builds rlbench and generates the graphs. Two modes:

  peers.py bench --rlbench BIN --graphs 1k=g1k.txt,20k=g20k.txt,... [--repeat 3] ...
      runs every (graph, algorithm, tool) case, each in a fresh process, checks that the
      tools agree, prints the table and writes bench/results/peers.json and docs/benchmarks.md.
  peers.py worker --tool igraph --algo pagerank --graph g.txt --out values.txt
      one Python tool, one algorithm: loads the graph, times the algorithm alone, writes
      one value per node and prints a JSON line, as rlbench run does for Ringleader.

Every run is a child process started by GNU time (/usr/bin/time -f %M), so that its
peak resident memory is measured the same way for every tool, interpreter and graph
included.
All tools read the same edge list, number nodes in order of first appearance, and treat
the graph as undirected and unweighted. Values are brought to networkx's definitions
(normalized betweenness; Wasserman-Faust closeness; unnormalized harmonic; PageRank
alpha 0.85) before they are compared.
"""

import argparse
import json
import math
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time

ALGORITHMS = ["betweenness", "approx_betweenness", "closeness", "harmonic", "pagerank", "louvain", "leiden", "core"]
COMMUNITIES = ("louvain", "leiden")
TOOLS = ["ringleader", "igraph", "networkit", "networkx"]
PEERS = TOOLS[1:]

# What each tool is asked to run: igraph and networkx have no approximation with an
# error guarantee (networkx's k-pivot sampling and igraph's cutoff have none).
SUPPORTED = {
    "ringleader": set(ALGORITHMS),
    "igraph": {"betweenness", "closeness", "harmonic", "pagerank", "louvain", "leiden", "core"},
    "networkit": set(ALGORITHMS),
    # networkx's leiden_communities has no implementation of its own (a backend must
    # provide one), so networkx runs Louvain and the core numbers only.
    "networkx": {"betweenness", "closeness", "harmonic", "pagerank", "louvain", "core"},
}


# ---------------------------------------------------------------------------- worker


def read_edges(path):
    """Returns (n, sources, targets) with nodes numbered by first appearance."""
    index = {}
    src, dst = [], []
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            for name in parts[:2]:
                if name not in index:
                    index[name] = len(index)
            src.append(index[parts[0]])
            dst.append(index[parts[1]])
    return len(index), src, dst


def worker(args):
    t0 = time.perf_counter()
    n, src, dst = read_edges(args.graph)
    out = {"nodes": n, "edges": len(src)}
    values, membership = None, None
    tool, algo = args.tool, args.algo

    if tool == "igraph":
        import igraph as ig

        g = ig.Graph(n=n, edges=list(zip(src, dst)), directed=False)
        if algo == "closeness":
            sizes = g.connected_components().sizes()
            comp = g.connected_components().membership
        out["load_seconds"] = time.perf_counter() - t0
        t, c = time.perf_counter(), time.process_time()
        if algo == "betweenness":
            raw = g.betweenness(directed=False)
        elif algo == "closeness":
            raw = g.closeness(normalized=True)
        elif algo == "harmonic":
            raw = g.harmonic_centrality(normalized=False)
        elif algo == "pagerank":
            raw = g.pagerank(damping=0.85)
        elif algo == "louvain":
            cl = g.community_multilevel()
        elif algo == "leiden":
            # igraph's defaults: modularity needs naming (its default objective is CPM);
            # 2 iterations, beta 0.01.
            random.seed(args.seed)
            cl = g.community_leiden(objective_function="modularity", resolution=1)
        elif algo == "core":
            raw = g.coreness()
        out["seconds"], out["cpu_seconds"] = time.perf_counter() - t, time.process_time() - c
        if algo == "betweenness":
            # igraph counts each unordered pair once: networkx divides that by (n-1)(n-2)/2.
            scale = 2.0 / ((n - 1) * (n - 2))
            values = [x * scale for x in raw]
        elif algo == "closeness":
            # igraph averages over the nodes reached; Wasserman-Faust scales by (r-1)/(n-1).
            values = [0.0 if (x != x) else x * (sizes[comp[v]] - 1) / (n - 1) for v, x in enumerate(raw)]
        elif algo in COMMUNITIES:
            membership = cl.membership
        else:
            values = list(raw)

    elif tool == "networkit":
        import networkit as nk
        import numpy as np

        nk.engineering.setNumberOfThreads(os.cpu_count())
        g = nk.GraphFromCoo((np.array(src, dtype=np.uint64), np.array(dst, dtype=np.uint64)), n=n, directed=False)
        out["load_seconds"] = time.perf_counter() - t0
        out["threads"] = nk.engineering.getMaxNumberOfThreads()
        t, c = time.perf_counter(), time.process_time()
        if algo == "betweenness":
            a = nk.centrality.Betweenness(g, normalized=False)
        elif algo == "approx_betweenness":
            a = nk.centrality.ApproxBetweenness(g, epsilon=args.eps, delta=args.delta, universalConstant=0.5)
        elif algo == "closeness":
            a = nk.centrality.Closeness(g, True, nk.centrality.ClosenessVariant.GENERALIZED)
        elif algo == "harmonic":
            a = nk.centrality.HarmonicCloseness(g, normalized=False)
        elif algo == "pagerank":
            a = nk.centrality.PageRank(g, damp=0.85, tol=1e-9)
        elif algo == "louvain":
            a = nk.community.PLM(g, refine=False, gamma=1.0)
        elif algo == "leiden":
            a = nk.community.ParallelLeiden(g)  # defaults: 3 iterations, gamma 1
        elif algo == "core":
            a = nk.centrality.CoreDecomposition(g)
        a.run()
        out["seconds"], out["cpu_seconds"] = time.perf_counter() - t, time.process_time() - c
        if algo in COMMUNITIES:
            membership = list(a.getPartition().getVector())
        else:
            values = list(a.scores())
        if algo == "betweenness":
            # NetworKit sums over ordered pairs: networkx divides that by (n-1)(n-2).
            scale = 1.0 / ((n - 1) * (n - 2))
            values = [x * scale for x in values]
        elif algo == "approx_betweenness":
            # NetworKit's estimate is a share of all n(n-1) ordered pairs.
            values = [x * n / (n - 2) for x in values]
            out["samples"] = a.numberOfSamples()
        elif algo == "pagerank":
            total = sum(values)
            values = [x / total for x in values]

    elif tool == "networkx":
        import networkx as nx

        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_edges_from(zip(src, dst))
        out["load_seconds"] = time.perf_counter() - t0
        t, c = time.perf_counter(), time.process_time()
        if algo == "betweenness":
            res = nx.betweenness_centrality(g, normalized=True)
        elif algo == "closeness":
            res = nx.closeness_centrality(g)
        elif algo == "harmonic":
            res = nx.harmonic_centrality(g)
        elif algo == "pagerank":
            res = nx.pagerank(g, alpha=0.85)
        elif algo == "louvain":
            comms = nx.community.louvain_communities(g, seed=args.seed)
        elif algo == "core":
            res = nx.core_number(g)
        out["seconds"], out["cpu_seconds"] = time.perf_counter() - t, time.process_time() - c
        if algo == "louvain":
            membership = [0] * n
            for c, nodes in enumerate(comms):
                for v in nodes:
                    membership[v] = c
        else:
            values = [res[v] for v in range(n)]
    else:
        raise SystemExit(f"unknown tool {tool}")

    with open(args.out, "w") as f:
        for x in values if values is not None else membership:
            f.write(repr(float(x)) if values is not None else str(int(x)))
            f.write("\n")
    print(json.dumps(out))


# ---------------------------------------------------------------------------- runner


class TimedOut(Exception):
    """A run was stopped at the time limit: its time is a lower bound."""


def spawn(cmd, timeout):
    """Runs cmd under GNU time, returning (the JSON line it printed, peak RSS in MiB).

    The child is started by /usr/bin/time, a small process, rather than forked from this
    one: Linux counts the RSS a process had before exec in its ru_maxrss, and a child
    forked from this runner would start out with the runner's own memory.
    """
    with tempfile.TemporaryFile() as so, tempfile.TemporaryFile() as se, \
            tempfile.NamedTemporaryFile(suffix=".mem") as mem:
        proc = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", mem.name] + cmd, stdout=so, stderr=se,
                                start_new_session=True)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            proc.wait()
            raise TimedOut(timeout)
        so.seek(0)
        se.seek(0)
        out, err = so.read().decode(), se.read().decode()
        peak_kb = float(open(mem.name).read().split()[-1])
    if proc.returncode != 0:
        raise RuntimeError(f"exit {proc.returncode}: {' '.join(cmd)}\n{err[-2000:]}")
    line = [x for x in out.splitlines() if x.startswith("{")][-1]
    return json.loads(line), peak_kb / 1024.0


def read_values(path, kind=float):
    with open(path) as f:
        return [kind(x) for x in f.read().split()]


def modularity(n, src, dst, membership):
    """Newman's Q of an undirected, unweighted graph, computed the same way for every tool."""
    m = len(src)
    inside = {}
    degree = {}
    for u, v in zip(src, dst):
        cu, cv = membership[u], membership[v]
        degree[cu] = degree.get(cu, 0) + 1
        degree[cv] = degree.get(cv, 0) + 1
        if cu == cv:
            inside[cu] = inside.get(cu, 0) + 1
    q = sum(inside.values()) / m
    q -= sum((k / (2.0 * m)) ** 2 for k in degree.values())
    return q


def compare(a, b):
    """Max absolute difference and Pearson correlation of two equal-length vectors."""
    if len(a) != len(b):
        return math.inf, 0.0
    diff = max(abs(x - y) for x, y in zip(a, b))
    ma, mb = statistics.fmean(a), statistics.fmean(b)
    sa = math.sqrt(sum((x - ma) ** 2 for x in a))
    sb = math.sqrt(sum((y - mb) ** 2 for y in b))
    if sa == 0 or sb == 0:
        return diff, 1.0 if sa == sb else 0.0
    corr = sum((x - ma) * (y - mb) for x, y in zip(a, b)) / (sa * sb)
    return diff, corr


# Largest max-abs difference from Ringleader's exact values that counts as agreement,
# relative to the largest value: the tools differ only in summation order, except
# PageRank, whose solvers stop at different tolerances (networkx's L1 criterion n*1e-6).
TOLERANCE = {"betweenness": 1e-9, "closeness": 1e-9, "harmonic": 1e-9, "core": 0}

# PageRank solvers stop at different points: Ringleader and networkx when an iteration
# changes the vector by less than n*1e-6 in L1, which leaves it within
# n*1e-6*alpha/(1-alpha) of the fixed point; igraph (PRPACK) solves to machine precision.
PAGERANK_ALPHA = 0.85


def check(algo, graph, tool, values, reference, exact, eps, q, q_ref):
    """Returns (agrees, text) for one tool's result against Ringleader's."""
    if algo in COMMUNITIES:
        # Heuristics: what would show Ringleader wrong is a peer's partition clearly more
        # modular than its own. A peer's less modular one (NetworKit's PLM, 0.013 below on
        # 200k in one run) says nothing against Ringleader's, and is shown, not failed.
        if q < q_ref - 0.005:
            return True, f"Q {q:.5f}, {q_ref - q:.5f} below Ringleader's {q_ref:.5f}"
        return q <= q_ref + 0.005, f"Q {q:.5f} (Ringleader {q_ref:.5f})"
    if algo == "approx_betweenness":
        if exact is not None:
            diff, corr = compare(values, exact)
            top = top_overlap(values, exact, 20)
            return diff <= eps and top >= 0.9, f"max |err| vs exact {diff:.2e} (eps {eps}), top-20 overlap {top:.2f}"
        diff, corr = compare(values, reference)
        if tool == "ringleader":
            return True, "no exact values at this size"
        return diff <= 2 * eps, f"max |diff| vs Ringleader {diff:.2e} (2 eps {2 * eps}), r {corr:.4f}"
    if tool == "ringleader":
        return True, "reference"
    if algo == "pagerank":
        l1 = sum(abs(x - y) for x, y in zip(values, reference))
        bound = len(values) * 1e-6 * PAGERANK_ALPHA / (1 - PAGERANK_ALPHA)
        diff, corr = compare(values, reference)
        return l1 <= bound, f"L1 {l1:.1e} (bound {bound:.1e}), r {corr:.6f}"
    diff, corr = compare(values, reference)
    scale = max(abs(x) for x in reference) or 1.0
    ok = diff <= TOLERANCE[algo] * scale and corr >= 0.9999
    return ok, f"max |diff| {diff:.1e}, r {corr:.6f}"


def top_overlap(a, b, k):
    """Share of b's k highest-scoring nodes among a's k highest (ties by index)."""
    def top(x):
        return set(sorted(range(len(x)), key=lambda i: (-x[i], i))[:k])

    return len(top(a) & top(b)) / k


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kb = int(f.readline().split()[1])
    versions = {}
    for mod in ("igraph", "networkit", "networkx"):
        try:
            versions[mod] = __import__(mod).__version__
        except Exception as e:  # noqa: BLE001 - reported, not fatal
            versions[mod] = f"not importable: {e}"
    go = subprocess.run(["go", "version"], capture_output=True, text=True).stdout.strip()
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gib": round(mem_kb / 1024 / 1024, 1),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "go": go,
        "versions": versions,
        "loadavg_start": os.getloadavg(),
    }


def planned(graph, algo, tool):
    if algo not in SUPPORTED[tool]:
        return False
    if tool == "networkx" and graph != "1k":
        return False
    # Exact betweenness, closeness and harmonic take one search per node, O(nm): on the
    # 200k graph the peers would take hours (igraph's betweenness takes minutes on 20k).
    if algo in ("betweenness", "closeness", "harmonic") and graph == "200k":
        return False
    return True


def bench(args):
    graphs = [tuple(x.split("=", 1)) for x in args.graphs.split(",")]
    algos = args.algorithms.split(",") if args.algorithms else ALGORITHMS
    info = machine()
    print(f"machine: {info['nproc']} cores, {info['cpu']}, {info['ram_gib']} GiB; load {info['loadavg_start']}", flush=True)
    rows = []
    work = tempfile.mkdtemp(prefix="bench-peers-")
    for gname, gpath in graphs:
        n, src, dst = read_edges(gpath)
        print(f"\n== graph {gname}: {n} nodes, {len(src)} edges ({gpath})", flush=True)
        exact = None  # Ringleader's exact betweenness on this graph, for the approximation
        for algo in algos:
            tools = [t for t in TOOLS if planned(gname, algo, t)]
            if not tools:
                continue
            runs = {t: [] for t in tools}
            outs = {t: os.path.join(work, f"{gname}-{algo}-{t}.txt") for t in tools}
            repeat = args.repeat
            r = 0
            while r < repeat:
                for tool in tools:
                    if runs[tool] and runs[tool][-1].get("timed_out"):
                        continue
                    if tool == "ringleader":
                        cmd = [args.rlbench, "run", "-algo", algo, "-graph", gpath, "-out", outs[tool],
                               "-eps", str(args.eps), "-delta", str(args.delta), "-seed", str(args.seed)]
                    else:
                        cmd = [sys.executable, os.path.abspath(__file__), "worker", "--tool", tool, "--algo", algo,
                               "--graph", gpath, "--out", outs[tool], "--eps", str(args.eps),
                               "--delta", str(args.delta), "--seed", str(args.seed)]
                    try:
                        res, peak = spawn(cmd, args.timeout)
                    except TimedOut:
                        res, peak = {"seconds": args.timeout, "cpu_seconds": math.nan, "timed_out": True}, math.nan
                    res["peak_mb"] = peak
                    runs[tool].append(res)
                    late = "  (stopped at the time limit)" if res.get("timed_out") else ""
                    print(f"  {algo:<19} {tool:<10} run {r + 1}: {res['seconds']:9.3f} s  {peak:8.1f} MB{late}", flush=True)
                if r == 0 and max(x[0]["seconds"] for x in runs.values()) > args.long:
                    repeat = min(repeat, args.long_repeat)
                r += 1
            is_community = algo in COMMUNITIES
            results = {t: None if runs[t][0].get("timed_out") else read_values(outs[t], int if is_community else float)
                       for t in tools}
            if algo == "betweenness":
                exact = results["ringleader"]
            q = {t: modularity(n, src, dst, results[t]) for t in tools if results[t] is not None} if is_community else {}
            for tool in tools:
                secs = [x["seconds"] for x in runs[tool]]
                ratios = [a["seconds"] / b["seconds"] for a, b in zip(runs["ringleader"], runs[tool])]
                timed_out = bool(runs[tool][0].get("timed_out"))
                if timed_out:
                    agrees, note = True, f"not checked: stopped at the time limit of {args.timeout:.0f} s"
                else:
                    agrees, note = check(algo, gname, tool, results[tool], results["ringleader"],
                                         exact if algo == "approx_betweenness" else None, args.eps,
                                         q.get(tool), q.get("ringleader"))
                row = {
                    "algorithm": algo,
                    "graph": gname,
                    "tool": tool,
                    "seconds": round(statistics.median(secs), 4),
                    "peak_mb": None if timed_out else round(statistics.median(x["peak_mb"] for x in runs[tool]), 1),
                    "cpu_seconds": (None if timed_out else
                                    round(statistics.median(x.get("cpu_seconds", 0) for x in runs[tool]), 4)),
                    "seconds_min": round(min(secs), 4),
                    "seconds_max": round(max(secs), 4),
                    "runs": len(secs),
                    "ratio_time": round(statistics.median(ratios), 3) if tool != "ringleader" else 1.0,
                    "ratio_peak_mb": (None if timed_out else
                                      round(runs["ringleader"][0]["peak_mb"] / runs[tool][0]["peak_mb"], 3)),
                    "timed_out": timed_out,
                    "agrees": agrees,
                    "check": note,
                    "nodes": n,
                    "edges": len(src),
                }
                if is_community and tool in q:
                    row["q"] = round(q[tool], 5)
                if "samples" in runs[tool][-1]:
                    row["samples"] = runs[tool][-1]["samples"]
                rows.append(row)
                flag = "" if agrees else "  DISAGREES"
                print(f"  -> {tool:<10} median {row['seconds']:.3f} s, ratio RL/peer {row['ratio_time']}, {note}{flag}",
                      flush=True)
            save(args, info, rows)
    table, verdicts = save(args, info, rows)
    print("\n" + table)
    print("\n".join(verdicts))
    if not all(r["agrees"] for r in rows):
        print("some results disagree: see the check column", file=sys.stderr)
        return 1
    return 0


def save(args, info, rows):
    """Writes the JSON and the page with the rows so far, so that a stopped run keeps them.
    With --merge, rows of the same graph and algorithm in the existing JSON are replaced
    and the others kept."""
    info["loadavg_end"] = os.getloadavg()
    if args.merge and os.path.exists(args.json):
        with open(args.json) as f:
            old = json.load(f)
        redone = {(r["graph"], r["algorithm"]) for r in rows}
        kept = [r for r in old if (r["graph"], r["algorithm"]) not in redone]
        graphs = []  # graphs in order of first appearance, old ones first
        for r in kept + rows:
            if r["graph"] not in graphs:
                graphs.append(r["graph"])
        rows = sorted(kept + rows, key=lambda r: (graphs.index(r["graph"]), ALGORITHMS.index(r["algorithm"]),
                                                  TOOLS.index(r["tool"])))
    with open(args.json, "w") as f:
        json.dump(rows, f, indent=1)
        f.write("\n")
    table = render_table(rows)
    verdicts = acceptance(rows, args.eps, args.delta)
    write_doc(args.doc, info, rows, table, verdicts, args)
    return table, verdicts


def render_table(rows):
    head = ("| graph | algorithm | tool | seconds (median) | min–max | runs | CPU s | peak MB | RL/peer time "
            "| RL/peer memory | agreement |")
    lines = [head, "|" + "---|" * 11]
    for r in rows:
        late = r["timed_out"]
        ratio = "—" if r["tool"] == "ringleader" else f"{'< ' if late else ''}{r['ratio_time']:.3f}"
        mem = "—" if r["tool"] == "ringleader" or late else f"{r['ratio_peak_mb']:.2f}"
        ok = "ok" if r["agrees"] else "**no**"
        if late:
            ok = "—"
        secs = f"> {r['seconds']:.0f}" if late else f"{r['seconds']:.3f}"
        spread = "—" if late else f"{r['seconds_min']:.3f}–{r['seconds_max']:.3f}"
        cpu = "—" if late else f"{r['cpu_seconds']:.2f}"
        peak = "—" if late else f"{r['peak_mb']:.0f}"
        lines.append(f"| {r['graph']} | {r['algorithm']} | {r['tool']} | {secs} | "
                     f"{spread} | {r['runs']} | {cpu} | {peak} | "
                     f"{ratio} | {mem} | "
                     f"{ok}: {r['check']} |")
    return "\n".join(lines)


def acceptance(rows, eps, delta):
    """The targets of the peer benchmark, each with its figures and whether it holds."""
    def get(graph, algo, tool):
        for r in rows:
            if (r["graph"], r["algorithm"], r["tool"]) == (graph, algo, tool):
                return r
        return None

    out = []

    def target(text, ok, figures):
        out.append(f"- [{'x' if ok else ' '}] {text}: {figures}{'' if ok else '  (NOT MET)'}")

    for algo, limit, peer in [("betweenness", 0.5, "igraph"), ("betweenness", 1.0, "networkit"),
                              ("closeness", 0.5, "igraph"), ("harmonic", 0.5, "igraph"),
                              ("pagerank", 1.0, "igraph"), ("louvain", 1.0, "igraph")]:
        rl, p = get("20k", algo, "ringleader"), get("20k", algo, peer)
        if rl and p:
            bound = "> " if p["timed_out"] else ""
            target(f"20k {algo}: Ringleader ≤ {limit}× {peer}", p["ratio_time"] <= limit,
                   f"{rl['seconds']:.3f} s vs {bound}{p['seconds']:.3f} s, ratio {'< ' if bound else ''}{p['ratio_time']:.3f}")
    rl, p = get("20k", "louvain", "ringleader"), get("20k", "louvain", "igraph")
    if rl and p:
        target("20k Louvain: Q ≥ igraph's − 0.005", rl["q"] >= p["q"] - 0.005, f"Q {rl['q']:.4f} vs {p['q']:.4f}")
    for graph, algo, peer in [("200k", "louvain", "networkit"), ("200k", "leiden", "networkit"), ("200k", "leiden", "igraph")]:
        rl, p = get(graph, algo, "ringleader"), get(graph, algo, peer)
        if rl and p and "q" in rl and "q" in p:
            name = {"louvain": "PLM", "leiden": "ParallelLeiden"}[algo] if peer == "networkit" else "community_leiden"
            target(f"{graph} {algo}: Ringleader ≤ 1.0× {peer}'s {name}, Q no lower", p["ratio_time"] <= 1.0 and rl["q"] >= p["q"],
                   f"{rl['seconds']:.3f} s vs {p['seconds']:.3f} s, ratio {p['ratio_time']:.3f}; Q {rl['q']:.5f} vs {p['q']:.5f}")
    for graph in ("1k", "20k", "200k"):
        peers = [r for r in rows if r["graph"] == graph and r["algorithm"] == "core" and r["tool"] != "ringleader"]
        if peers:
            target(f"{graph} core numbers equal to every peer's ({', '.join(r['tool'] for r in peers)})",
                   all(r["agrees"] for r in peers), "; ".join(f"{r['tool']}: {r['check']}" for r in peers))
    worst = max((r["ratio_peak_mb"] for r in rows if r["graph"] == "20k" and r["tool"] == "igraph"
                 and r["ratio_peak_mb"] is not None), default=None)
    if worst is not None:
        target("20k peak memory ≤ 2× igraph's (every algorithm)", worst <= 2, f"worst ratio {worst:.2f}")
    a = get("20k", "approx_betweenness", "ringleader")
    if a:
        target(f"20k approximate betweenness within eps {eps} of exact (prob ≥ {1 - delta})", a["agrees"], a["check"])
    rl, p = get("200k", "approx_betweenness", "ringleader"), get("200k", "approx_betweenness", "networkit")
    if rl and p:
        bound = "> " if p["timed_out"] else ""
        target("200k approximate betweenness no slower than NetworKit's (same eps, delta, c)", p["ratio_time"] <= 1.0,
               f"{rl['seconds']:.3f} s vs {bound}{p['seconds']:.3f} s, ratio {'< ' if bound else ''}{p['ratio_time']:.3f}; "
               f"samples {rl.get('samples')} vs {p.get('samples') or '— (stopped before reporting)'}")
    return out


def write_doc(path, info, rows, table, verdicts, args):
    v = info["versions"]
    text = f"""# Peer benchmark

`make bench-peers` runs every algorithm in Ringleader and in its peers on the same graphs,
in one run, checks that their results agree, and records time and peak memory. This page
is written by that run (bench/peers/peers.py); the raw figures are in `bench/results/peers.json`.

## Machine

| | |
|---|---|
| processors (nproc) | {info['nproc']} |
| CPU | {info['cpu']} |
| memory | {info['ram_gib']} GiB |
| kernel | {info['kernel']} |
| Go | {info['go']} |
| Python | {info['python']} |
| igraph | {v.get('igraph')} (single-threaded) |
| NetworKit | {v.get('networkit')} (OpenMP, {info['nproc']} threads) |
| networkx | {v.get('networkx')} (single-threaded) |
| Ringleader | GOMAXPROCS = {info['nproc']} |
| load average, start → end | {' '.join(f'{x:.2f}' for x in info['loadavg_start'])} → {' '.join(f'{x:.2f}' for x in info['loadavg_end'])} |

{args.note + chr(10) + chr(10) if args.note else ""}The machine is shared with other jobs: a load average above the processor count means
the figures carry noise, which the min–max column shows. Ratios are taken run by run
(Ringleader's run r against the peer's run r, one after the other) and their median is
quoted, so that a slow spell affects both sides of a ratio.

## Method

- Graphs: `fixtures.SyntheticNetwork(n, 10, seed 1)`, heavy-tailed degrees (power law,
  exponent 2.5) and planted communities (LFR-like, mixing 0.2), for n = 1,000, 20,000 and
  200,000, written as an edge list that every tool reads; nodes are numbered in order of
  first appearance; the graph is undirected and unweighted for every algorithm.
- Each run is a fresh process: it loads the graph, then times the algorithm alone (the
  `seconds` column). Peak memory is the process's peak resident set as GNU time reports
  it (`/usr/bin/time -f %M`, from `wait4`), the same for every tool: it includes the
  Python interpreter and the graph.
- `CPU s` is the processor time of the algorithm (all threads, median): wall time is the
  figure compared, CPU time shows how much of the machine each tool used and is less
  disturbed by other jobs.
- Repeats: {args.repeat} runs per case, interleaved across tools; {args.long_repeat} when the first run of
  any tool took over {args.long:.0f} s. The `seconds` column is the median.
- networkx runs on the 1k graph only. Exact betweenness, closeness and harmonic (one
  search per node, O(nm)) are skipped on the 200k graph, where the peers would take hours.
- A run still going after {args.timeout:.0f} s is stopped; its time is then a lower bound
  (shown "> N", the ratio "< r"; the limit counts the process's loading too, a few seconds).
- Agreement: every value is brought to networkx's definition (normalized betweenness,
  Wasserman–Faust closeness, unnormalized harmonic, PageRank with alpha 0.85 summing to 1)
  and compared with Ringleader's: max |difference| within 1e-9 of the largest value and
  Pearson r ≥ 0.9999. PageRank: L1 distance within n·1e-6·α/(1−α), the distance from the
  fixed point that networkx's stopping rule (L1 change below n·1e-6), which Ringleader
  follows, allows; igraph's PRPACK solves exactly. r is shown, not required: within that
  tolerance it falls to about 0.9995 on the 20k graph. The approximate betweenness is compared with Ringleader's exact
  values where those exist (every node within eps = {args.eps}, and at least 18 of the
  exact top 20 among the estimated top 20), and on 200k the two
  approximations with each other (within 2·eps). Louvain and Leiden: modularity Q of each
  tool's partition, computed by the runner, no more than 0.005 above Ringleader's (a peer
  whose Q is lower is shown with the difference). Core numbers:
  equal at every node.
- Leiden: Ringleader's defaults (iterated until an iteration adds less than 1e-4 of Q);
  igraph's `community_leiden(objective_function="modularity")` with its defaults (2
  iterations, beta 0.01); NetworKit's `ParallelLeiden(G)` with its defaults (3 iterations).
  Core numbers: igraph's `coreness()`, NetworKit's `CoreDecomposition`, networkx's
  `core_number`.
- Approximate betweenness: Riondato–Kornaropoulos sampling with eps = {args.eps},
  delta = {args.delta}, universal constant c = 0.5 on both sides (NetworKit's
  `ApproxBetweenness(G, epsilon, delta, universalConstant=0.5)`; its default is 1.0,
  which draws twice the samples). The `samples` field in the JSON gives each tool's count.

## Results

{table}

## Targets

{chr(10).join(verdicts)}
"""
    kept = kept_sections(path, text)  # read before opening the page for writing, which empties it
    with open(path, "w") as f:
        f.write(text + kept)


def kept_sections(path, text):
    """The sections of the page at path that this run does not write (the hand-written observations, the load
    benchmark's section that bench/load writes), to be kept after the new text."""
    try:
        with open(path) as f:
            old = f.read()
    except FileNotFoundError:
        return ""
    ours = {line for line in text.splitlines() if line.startswith("## ")}
    kept, keep = [], False
    for line in old.splitlines(keepends=True):
        if line.startswith("## "):
            keep = line.rstrip("\n") not in ours
        if keep:
            kept.append(line)
    return ("\n" + "".join(kept)) if kept else ""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="mode", required=True)
    w = sub.add_parser("worker")
    w.add_argument("--tool", required=True, choices=PEERS)
    w.add_argument("--algo", required=True, choices=ALGORITHMS)
    w.add_argument("--graph", required=True)
    w.add_argument("--out", required=True)
    w.add_argument("--eps", type=float, default=0.01)
    w.add_argument("--delta", type=float, default=0.1)
    w.add_argument("--seed", type=int, default=1)
    b = sub.add_parser("bench")
    b.add_argument("--rlbench", required=True)
    b.add_argument("--graphs", required=True, help="name=path,... e.g. 1k=g1k.txt,20k=g20k.txt")
    b.add_argument("--algorithms", default="", help="comma-separated subset (default: all)")
    b.add_argument("--repeat", type=int, default=3)
    b.add_argument("--long", type=float, default=60.0, help="seconds beyond which a case runs --long-repeat times")
    b.add_argument("--long-repeat", type=int, default=1)
    b.add_argument("--timeout", type=float, default=900.0, help="seconds after which a run is stopped")
    b.add_argument("--eps", type=float, default=0.01)
    b.add_argument("--delta", type=float, default=0.1)
    b.add_argument("--seed", type=int, default=1)
    b.add_argument("--json", default="bench/results/peers.json")
    b.add_argument("--merge", action="store_true",
                   help="replace only the rows of the cases run now in an existing --json, keeping the others")
    b.add_argument("--note", default="", help="a sentence for the page, such as which cases were re-run")
    b.add_argument("--doc", default="docs/benchmarks.md")
    args = ap.parse_args()
    if args.mode == "worker":
        worker(args)
        return 0
    return bench(args)


if __name__ == "__main__":
    sys.exit(main())
