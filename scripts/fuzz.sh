#!/usr/bin/env bash
# fuzz.sh DURATION: run every Go fuzz target of the module for DURATION each (for example 10s
# in `make test`, 5m in `make fuzz`). Targets are found by name, so a new one is never forgotten.
# New failing inputs land in the package's testdata/fuzz/<Target>/ and fail the run.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10s}
status=0
while IFS=: read -r file _ line; do
	pkg=$(dirname "$file")
	target=$(sed -E 's/^func (Fuzz[A-Za-z0-9_]*).*/\1/' <<<"$line")
	printf 'fuzz: %s %s for %s\n' "$pkg" "$target" "$duration"
	if ! out=$(go test -run '^$' -fuzz "^${target}\$" -fuzztime "$duration" "$pkg" 2>&1); then
		printf '%s\n' "$out"
		status=1
	else
		printf '%s\n' "$out" | grep -E '^fuzz: elapsed' | tail -n 1 || true
	fi
done < <(grep -rn --include='*_test.go' -E '^func Fuzz[A-Za-z0-9_]*\(f \*testing\.F\)' . | sort)
exit $status
