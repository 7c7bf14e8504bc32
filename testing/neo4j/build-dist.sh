#!/usr/bin/env bash
# build-dist.sh [DIR]: resolve the Neo4j distribution defined by pom.xml into DIR, from Maven Central.
#
# DIR defaults to $RINGLEADER_NEO4J_DIST, else ~/.cache/ringleader/neo4j-<version>. It ends up holding
#   lib/       the runtime classpath: Neo4j Community, the Browser jar, and the plugins' third-party libraries
#   plugins/   the APOC and OpenGDS jars themselves (the server scans these for procedures)
#   conf/      neo4j.conf
#   bin/       neo4j-run.sh, the launcher every route uses
#   .complete  written last: the distribution is usable
# Idempotent: Maven runs only when pom.xml changed since the last resolution (its hash is kept in DIR); the conf and
# launcher are refreshed on every run, which is cheap. Jars come from ~/.m2 once downloaded.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
pom="$here/pom.xml"
version=$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$pom" | head -n 1)
dist=${1:-${RINGLEADER_NEO4J_DIST:-${XDG_CACHE_HOME:-$HOME/.cache}/ringleader/neo4j-$version}}

say() { printf 'build-dist: %s\n' "$*"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }

command -v mvn >/dev/null || { say "mvn not found (Maven 3.8 or later is needed)"; exit 1; }
command -v java >/dev/null || { say "java not found (Java 17 is needed)"; exit 1; }

start=$(now)
say "Neo4j $version distribution in $dist"
mkdir -p "$dist"
stamp=$(sha256sum "$pom" | cut -d' ' -f1)

if [ -f "$dist/.maven-stamp" ] && [ "$(cat "$dist/.maven-stamp")" = "$stamp" ] &&
	[ -s "$dist/lib.list" ] && [ -s "$dist/plugins.list" ]; then
	say "jars up to date (pom.xml unchanged): skipping Maven"
else
	rm -f "$dist/.complete" "$dist/.maven-stamp"
	rm -rf "${dist:?}/lib" "${dist:?}/plugins" "${dist:?}/.build"
	# Maven writes target/ beside the pom: build from a copy so the source tree stays clean.
	mkdir -p "$dist/.build"
	cp "$pom" "$dist/.build/pom.xml"
	for part in server plugins; do
		t=$(now)
		say "resolving the $part profile with Maven (maven-dependency-plugin copy-dependencies, runtime scope)"
		# -q still prints bare colour resets on this Maven: strip escape sequences.
		mvn -B -q -Dstyle.color=never -f "$dist/.build/pom.xml" -P "$part" package -Ddist.dir="$dist" 2>&1 |
			sed 's/\x1b\[[0-9;]*m//g; /^$/d'
		say "  done in $(since "$t")"
	done

	# Drop plugin jars whose groupId:artifactId[:classifier] the server already ships: the server's version wins, as
	# in a real installation where plugins/ and lib/ share one classpath. Lines of *.list look like
	#   g:a:type[:classifier]:version:scope:/path/to/file.jar -- module ...
	keys() { sed -n 's/^ *\([^ ]*:[^ ]*\)\( --.*\)\{0,1\}$/\1/p' "$1" | awk -F: '
		NF == 6 { print $1 ":" $2 "\t" $4 "\t" $6 }
		NF == 7 { print $1 ":" $2 ":" $4 "\t" $5 "\t" $7 }'; }
	keys "$dist/lib.list" | sort >"$dist/.build/lib.keys"
	keys "$dist/plugins.list" | sort >"$dist/.build/plugins.keys"
	: >"$dist/plugins.dropped"
	while IFS=$'\t' read -r key pv ppath; do
		lv=$(awk -F'\t' -v k="$key" '$1 == k { print $2 }' "$dist/.build/lib.keys")
		[ -n "$lv" ] || continue
		jar=$(basename "$ppath")
		rm -f "$dist/plugins/$jar"
		printf '%s\t%s\t%s\n' "$key" "$pv" "$lv" >>"$dist/plugins.dropped"
		say "  drop plugins/$jar: the server ships $key $lv"
	done <"$dist/.build/plugins.keys"

	# Neo4j loads every class of every jar in the plugins directory looking for procedures: the plugins' third-party
	# libraries only cost start-up time there (and log ~40 "Failed to load" warnings for their optional classes).
	# They belong on the classpath only, so they join lib/.
	: >"$dist/plugins.moved"
	while IFS=$'\t' read -r key pv ppath; do
		case "$key" in org.neo4j.procedure:* | org.neo4j.gds:*) continue ;; esac
		jar=$(basename "$ppath")
		[ -f "$dist/plugins/$jar" ] || continue
		if [ -e "$dist/lib/$jar" ]; then
			say "  lib/$jar exists already: keeping plugins/$jar where it is"
			continue
		fi
		mv "$dist/plugins/$jar" "$dist/lib/$jar"
		printf '%s\t%s\t%s\n' "$key" "$pv" "$jar" >>"$dist/plugins.moved"
	done <"$dist/.build/plugins.keys"
	say "  moved $(wc -l <"$dist/plugins.moved") third-party jars of the plugins to lib/ (list: plugins.moved)"
	printf '%s\n' "$stamp" >"$dist/.maven-stamp"
fi

mkdir -p "$dist/conf" "$dist/bin"
for f in conf/neo4j.conf:neo4j.conf bin/neo4j-run.sh:neo4j-run.sh; do
	dst="$dist/${f%%:*}"
	src="$here/${f#*:}"
	if ! cmp -s "$src" "$dst"; then
		install -m "$([ "${dst##*.}" = sh ] && echo 755 || echo 644)" "$src" "$dst"
		say "installed ${f%%:*}"
	fi
done
printf '%s\n' "$version" >"$dist/VERSION"
touch "$dist/.complete"

say "lib: $(find "$dist/lib" -name '*.jar' | wc -l) jars, $(du -sh "$dist/lib" | cut -f1);" \
	"plugins: $(find "$dist/plugins" -name '*.jar' | wc -l) jars, $(du -sh "$dist/plugins" | cut -f1)" \
	"($(wc -l <"$dist/plugins.dropped") duplicates dropped)"
say "ready in $(since "$start"): $dist"
