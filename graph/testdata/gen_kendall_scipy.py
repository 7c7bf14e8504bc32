#!/usr/bin/env python3
"""Reference values of Kendall's tau-b for graph.KendallTauB, computed with scipy.

Writes graph/testdata/scipy_kendall.json: vectors x and y drawn with a fixed numpy seed, shaped like the
rankings graph.CompareRankings compares (heavy ties, a mass of zeros as betweenness gives, long vectors that
exercise the merge-sort count), and scipy.stats.kendalltau(x, y, variant="b").statistic for each.

Run from anywhere, with the versions the JSON records (the peer benchmark's environment has them):

    python3 -m venv /tmp/rl-venv
    /tmp/rl-venv/bin/pip install scipy==1.17.1 numpy==2.4.6
    /tmp/rl-venv/bin/python3 graph/testdata/gen_kendall_scipy.py
"""

import json
import math
import os

import numpy as np
import scipy
from scipy.stats import kendalltau

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "scipy_kendall.json")


def cases(rng):
    n = 1000
    x = rng.integers(0, 10, n)
    yield "few levels, ties in both", x, (x + rng.integers(-3, 4, n)) % 10
    # Betweenness-like: 40% zeros, the rest skewed; the perturbed scores move and some zeros become positive.
    x = np.where(rng.random(n) < 0.4, 0.0, np.round(rng.exponential(0.02, n), 4))
    y = np.where(rng.random(n) < 0.1, 0.0, np.round(np.maximum(0, x + rng.normal(0, 0.01, n)), 4))
    yield "betweenness-like, many zeros", x, y
    x = np.round(rng.normal(0, 1, 2000), 6)
    yield "continuous, strongly correlated", x, np.round(x + rng.normal(0, 0.3, 2000), 6)
    yield "continuous, reversed with noise", x, np.round(-x + rng.normal(0, 1, 2000), 6)
    x = rng.integers(0, 3, 500)
    yield "independent, three levels", x, rng.integers(0, 3, 500)


def main():
    rng = np.random.default_rng(20060101)
    out = {"scipy": scipy.__version__, "numpy": np.__version__,
           "call": "scipy.stats.kendalltau(x, y, variant='b').statistic", "cases": []}
    for name, x, y in cases(rng):
        tau = float(kendalltau(x, y, variant="b").statistic)
        assert not math.isnan(tau)
        out["cases"].append({"name": name, "x": [float(v) for v in x], "y": [float(v) for v in y], "tau_b": tau})
    with open(OUT, "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
