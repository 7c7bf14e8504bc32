#!/usr/bin/env bash
# build-images.sh: build the Neo4j test image locally, with no image registry.
#
#   ringleader/debian:bookworm           debootstrap --variant=minbase from Debian's mirror, `docker import`ed.
#                                        Built only when missing (delete it to rebuild).
#   ringleader/openjdk:17-jre-bookworm   docker/jre.Dockerfile: openjdk-17-jre-headless on that base.
#   ringleader/neo4j:<version>           docker/neo4j.Dockerfile: the distribution of build-dist.sh (run first, it
#                                        is idempotent) with neo4j-run.sh as entry point.
# The last two are ordinary `docker build`s: the layer cache makes a rerun with nothing changed take about a second.
# Needs a Docker engine (scripts/docker-up.sh) and root for debootstrap.
#
# Environment: RINGLEADER_NEO4J_DIST (distribution directory, as build-dist.sh), DEBIAN_MIRROR
# (default http://deb.debian.org/debian).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
version=$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$here/pom.xml" | head -n 1)
dist=${RINGLEADER_NEO4J_DIST:-${XDG_CACHE_HOME:-$HOME/.cache}/ringleader/neo4j-$version}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
base=ringleader/debian:bookworm
jre=ringleader/openjdk:17-jre-bookworm
neo=ringleader/neo4j:$version

# The legacy builder: this docker.io has no buildx.
export DOCKER_BUILDKIT=0

say() { printf 'build-images: %s\n' "$*"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }
# build ARGS: docker build, quiet unless it fails (the legacy builder's deprecation notice is noise here).
build() {
	local out
	if ! out=$(docker build -q "$@" 2>&1); then
		printf '%s\n' "$out" >&2
		return 1
	fi
}
size() { docker image inspect --format '{{.Size}}' "$1" | awk '{ printf "%.0f MB", $1 / 1e6 }'; }

docker info >/dev/null 2>&1 || { say "no Docker engine answers: run scripts/docker-up.sh first"; exit 1; }
start=$(now)

"$here/build-dist.sh" "$dist"

if docker image inspect "$base" >/dev/null 2>&1; then
	say "$base exists ($(size "$base")): skipping debootstrap"
else
	[ "$(id -u)" -eq 0 ] || { say "debootstrap needs root: run this as root to build $base"; exit 1; }
	if ! command -v debootstrap >/dev/null; then
		say "installing debootstrap"
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
	fi
	t=$(now)
	root=$(mktemp -d /var/tmp/ringleader-bookworm.XXXXXX)
	trap 'rm -rf "$root"' EXIT
	say "debootstrap --variant=minbase bookworm from $mirror (log: $root.log)"
	if ! debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1; then
		tail -n 30 "$root.log" >&2
		exit 1
	fi
	# Security and point-release updates too, so the image's JRE is the patch level the host has.
	cat >"$root/etc/apt/sources.list" <<-SOURCES
		deb $mirror bookworm main
		deb $mirror bookworm-updates main
		deb ${mirror%/debian}/debian-security bookworm-security main
	SOURCES
	# As Debian's official images: no recommends, no caches left in layers.
	printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' >"$root/etc/apt/apt.conf.d/90ringleader"
	rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
	say "  debootstrap done in $(since "$t"), $(du -sh "$root" | cut -f1)"
	t=$(now)
	tar -C "$root" --numeric-owner -c . | docker import \
		--change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
		--change 'CMD ["/bin/bash"]' \
		- "$base" >/dev/null
	rm -rf "$root" "$root.log"
	trap - EXIT
	say "  imported $base ($(size "$base")) in $(since "$t")"
fi

t=$(now)
say "building $jre"
build -t "$jre" --build-arg BASE_IMAGE="$base" -f "$here/docker/jre.Dockerfile" "$here/docker"
say "  $jre ($(size "$jre")) in $(since "$t")"

t=$(now)
say "building $neo from $dist"
# Only these reach the daemon: the legacy builder sends the whole context.
printf '*\n!lib\n!plugins\n!conf\n!bin\n' >"$dist/.dockerignore"
build -t "$neo" --build-arg JRE_IMAGE="$jre" --build-arg NEO4J_VERSION="$version" \
	-f "$here/docker/neo4j.Dockerfile" "$dist"
say "  $neo ($(size "$neo")) in $(since "$t")"

say "smoke test: $(docker run --rm --entrypoint java "$neo" -version 2>&1 | head -n 1)"
say "done in $(since "$start")"
