#!/usr/bin/env bash
# eval-names.sh (make eval-names): name matching measured on the UN list's labelled name pairs, the project's own
# pairs and cross-script search, with OpenSanctions' matchers beside Ringleader; writes docs/names.md.
# nomenklatura comes from PyPI into a virtual environment outside the repository, made here on first use.
#
# Environment: PAIRS (default ../shared/datasets/un_names/pairs.csv), NAMES_VENV (default
# ~/.cache/ringleader/venv-names), NOMENKLATURA=0 to leave OpenSanctions' figures out, BASELINE_NOTE="what
# the code is" to keep this run's figures as the baseline that later runs compare with (docs/names-baseline.json).
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${PAIRS:-../shared/datasets/un_names/pairs.csv}
venv=${NAMES_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/ringleader/venv-names}
# The version the figures in docs/names.md were taken with; rigour (its name algorithms) comes with it.
pin='nomenklatura==4.17.4'
say() { printf 'eval-names: %s\n' "$*" >&2; }

[ -r "$pairs" ] || { say "$pairs: not found (the UN name pairs, see SOURCE.md beside them)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
peer=()
if [ "${NOMENKLATURA:-1}" != 0 ]; then
	if ! "$venv/bin/python" -c 'import nomenklatura' 2>/dev/null; then
		say "installing $pin into $venv"
		python3 -m venv "$venv"
		"$venv/bin/pip" install -q "$pin"
	fi
	say "scoring every pair with nomenklatura"
	"$venv/bin/python" scripts/eval-names-nomenklatura.py --pairs "$pairs" --own resolve/testdata/name_pairs.csv \
		--out "$work/nomenklatura.csv"
	peer=(--peer "$work/nomenklatura.csv")
fi
base=()
[ -z "${BASELINE_NOTE:-}" ] || base=(--save-baseline --note "$BASELINE_NOTE")
go run ./cmd/evalnames --pairs "$pairs" --own resolve/testdata/name_pairs.csv "${peer[@]}" "${base[@]}" --out docs/names.md
say "wrote docs/names.md"
