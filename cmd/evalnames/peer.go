package main

import (
	"fmt"
	"strconv"
)

// OpenSanctions' thresholds: yente, their screening API, reports a result as a match from 0.70 and leaves out
// results below 0.50 (its SCORE_THRESHOLD and SCORE_CUTOFF). They play the parts of our auto-link and review
// thresholds.
const (
	peerAuto   = 0.70
	peerReview = 0.50
)

// readPeer reads the scores scripts/eval-names-nomenklatura.py wrote: one system per algorithm, and the versions
// of the packages that computed them.
func readPeer(path string, s *unSet, own []ownPair) ([]*system, string, error) {
	rows, lines, err := readCSV(path, "algorithm", "set", "a", "b", "score")
	if err != nil {
		return nil, "", err
	}
	var out []*system
	byName := map[string]*system{}
	versions := ""
	for i, row := range rows {
		line := lines[i]
		alg := row["algorithm"]
		if alg == "#versions" {
			versions = row["a"] + ", " + row["b"]
			continue
		}
		sys := byName[alg]
		if sys == nil {
			sys = &system{name: "nomenklatura " + alg, auto: peerAuto, review: peerReview, bundle: map[[2]string]float64{},
				own: make([]float64, len(own))}
			byName[alg] = sys
			out = append(out, sys)
		}
		score, err := strconv.ParseFloat(row["score"], 64)
		if err != nil || score < 0 || score > 1 {
			return nil, "", fmt.Errorf("%s:%d: score: %q is not a number between 0 and 1", path, line, row["score"])
		}
		switch row["set"] {
		case "un":
			if s.byID[row["a"]] == nil || s.byID[row["b"]] == nil {
				return nil, "", fmt.Errorf("%s:%d: a, b: %q and %q are not both records of %s", path, line, row["a"], row["b"], s.path)
			}
			sys.bundle[pair(row["a"], row["b"])] = score
		case "own":
			n, err := strconv.Atoi(row["a"])
			k := -1
			for j, p := range own {
				if p.line == n {
					k = j
				}
			}
			if err != nil || k < 0 {
				return nil, "", fmt.Errorf("%s:%d: a: %q is not the line of one of the project's pairs", path, line, row["a"])
			}
			sys.own[k] = score
		default:
			return nil, "", fmt.Errorf("%s:%d: set: %q is neither un nor own", path, line, row["set"])
		}
	}
	return out, versions, nil
}
