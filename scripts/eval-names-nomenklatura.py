"""OpenSanctions' matchers on the names that `make eval-names` measures Ringleader on.

Scores, with nomenklatura's own algorithms and their default configuration, every pair of the
records of a UN name-pairs file (one record per name, as the Go evaluation builds its bundle) and
every row of the project's own pairs (resolve/testdata/name_pairs.csv, birth dates included), and
writes one CSV that cmd/evalnames reads beside its own figures:

    algorithm,set,a,b,score

`set` is "un" (a and b are record ids; only pairs scoring at least --min are written, the others
count as below every threshold) or "own" (a is the row's line number, b empty; every row).

Algorithms: logic-v2, the rule-based matcher yente screens with; logic-v2+ascii, the same with each
name's ASCII transliteration (rigour.text.ascii_text, ICU's Arabic-Latin) added as a second name,
since rigour transliterates only six scripts, not Arabic, and logic-v2 compares an Arabic-script name
with a Latin one only through the few names its symbol tables know (OpenSanctions' data carries the
Latin names beside the original); and name-based, plain name similarity (Jaro-Winkler over parts).
"""

import argparse
import csv
import itertools
import sys
from importlib.metadata import version

from followthemoney import model
from nomenklatura.matching import LogicV2, NameMatcher
from rigour.text.translit import ascii_text

# (label, algorithm, whether each name's transliteration is added as a second name)
ALGORITHMS = [("logic-v2", LogicV2, False), ("logic-v2+ascii", LogicV2, True), ("name-based", NameMatcher, False)]


def person(eid, name, birth="", ascii=False):
    e = model.make_entity("Person")
    e.id = eid
    e.add("name", name)
    if ascii and not name.isascii():
        e.add("name", ascii_text(name))
    if birth:
        e.add("birthDate", birth)
    return e


def read_csv(path, need):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    missing = [c for c in need if rows and c not in rows[0]]
    if missing:
        sys.exit(f"{path}:1: columns {', '.join(missing)} missing")
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", required=True, help="UN pairs CSV (pair_id,record_a,record_a_name,...)")
    ap.add_argument("--own", required=True, help="the project's pairs (name_a,name_b,birth_a,birth_b,same,why)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--min", type=float, default=0.3, help="lowest score written for the un set")
    args = ap.parse_args()

    un = read_csv(args.pairs, ["record_a", "record_a_name", "record_b", "record_b_name"])
    names = {}
    for r in un:
        names[r["record_a"]] = r["record_a_name"]
        names[r["record_b"]] = r["record_b_name"]
    ids = sorted(names)
    own = read_csv(args.own, ["name_a", "name_b", "birth_a", "birth_b"])

    with open(args.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["algorithm", "set", "a", "b", "score"])
        # The versions go into the report: the figures belong to them.
        w.writerow(["#versions", "", "nomenklatura " + version("nomenklatura"), "rigour " + version("rigour"), ""])
        for label, alg, ascii in ALGORITHMS:
            cfg = alg.default_config()
            # Entities are told apart by id in nomenklatura's caches: each run has ids of its own.
            records = {i: person(f"{label}:{i}", n, ascii=ascii) for i, n in names.items()}
            for a, b in itertools.combinations(ids, 2):
                s = alg.compare(records[a], records[b], cfg).score
                if s >= args.min:
                    w.writerow([label, "un", a, b, f"{s:.4f}"])
            for line, r in enumerate(own, start=2):
                pa = person(f"{label}:own:{line}:a", r["name_a"], r["birth_a"], ascii=ascii)
                pb = person(f"{label}:own:{line}:b", r["name_b"], r["birth_b"], ascii=ascii)
                s = alg.compare(pa, pb, cfg).score
                w.writerow([label, "own", line, "", f"{s:.4f}"])


if __name__ == "__main__":
    main()
