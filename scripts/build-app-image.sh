#!/usr/bin/env bash
# build-app-image.sh: build Ringleader's image from the Dockerfile on base images made on this machine (no image
# registry is reachable here), then check it: it runs as a non-root user, answers /healthz and an authenticated
# insight, refuses a request without a token, and runs `demo --no-serve`.
#
#   ringleader/golang:<go>-bookworm   BUILD_IMAGE: ringleader/debian:bookworm (testing/neo4j/build-images.sh makes
#                                     it with debootstrap) plus this host's Go toolchain and CA bundle.
#   ringleader/static:nonroot         RUNTIME_IMAGE: FROM scratch with Debian's static busybox (sh, id, wget), the CA
#                                     bundle, /tmp, and uid/gid 65532 "nonroot" in /etc/passwd, as distroless has.
#   ringleader:latest                 the Dockerfile on those two (docker-compose.yml's default RINGLEADER_IMAGE).
# The bases are built only when missing (delete one to rebuild it); the app image is an ordinary docker build whose
# layer cache keeps the module download as long as go.mod and go.sum do not change.
#
# Environment: APP_IMAGE (default ringleader:latest); BUILD_IMAGE, RUNTIME_IMAGE (use these instead of the local
# bases, e.g. golang:1.26-bookworm and gcr.io/distroless/static-debian12:nonroot where they can be pulled); GOPROXY
# (passed to the build); SKIP_CHECKS=1 builds only. Needs a Docker engine (scripts/docker-up.sh starts one).
set -euo pipefail
cd "$(dirname "$0")/.."

export DOCKER_BUILDKIT=0 # this docker.io has no buildx: the legacy builder
app=${APP_IMAGE:-ringleader:latest}
debian=ringleader/debian:bookworm
gover=$(go env GOVERSION)
build_image=${BUILD_IMAGE:-ringleader/golang:${gover#go}-bookworm}
runtime_image=${RUNTIME_IMAGE:-ringleader/static:nonroot}

say() { printf 'build-app-image: %s\n' "$*"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }
size() { docker image inspect --format '{{.Size}}' "$1" | awk '{ printf "%.0f MB", $1 / 1e6 }'; }
exists() { docker image inspect "$1" >/dev/null 2>&1; }
# build ARGS: docker build, quiet unless it fails.
build() {
	local out
	if ! out=$(docker build -q "$@" 2>&1); then
		printf '%s\n' "$out" >&2
		return 1
	fi
}

docker info >/dev/null 2>&1 || { say "no Docker engine answers: run scripts/docker-up.sh first"; exit 1; }
start=$(now)
tmp=$(mktemp -d)
container=""
cleanup() {
	[ -n "$container" ] && docker rm -f "$container" >/dev/null 2>&1 || true
	rm -rf "$tmp"
}
trap cleanup EXIT

if { [ -z "${BUILD_IMAGE:-}" ] || [ -z "${RUNTIME_IMAGE:-}" ]; } && ! exists "$debian"; then
	say "$debian is missing: building it (testing/neo4j/build-images.sh)"
	testing/neo4j/build-images.sh
fi

if [ -z "${BUILD_IMAGE:-}" ] && ! exists "$build_image"; then
	t=$(now)
	goroot=$(go env GOROOT)
	say "building $build_image: $debian + $goroot ($gover)"
	mkdir "$tmp/go-image"
	# The toolchain without its own tests and API lists, which a build never reads.
	tar -C "$goroot" --exclude=./test --exclude=./api -cf - . | { mkdir "$tmp/go-image/go" && tar -C "$tmp/go-image/go" -xf -; }
	cp /etc/ssl/certs/ca-certificates.crt "$tmp/go-image/"
	cat >"$tmp/go-image/Dockerfile" <<-EOF
		FROM $debian
		COPY go /usr/local/go
		COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
		ENV PATH=/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \\
		    GOTOOLCHAIN=local SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
		CMD ["go", "version"]
	EOF
	build -t "$build_image" "$tmp/go-image"
	rm -rf "$tmp/go-image"
	say "  $build_image ($(size "$build_image"), $(docker run --rm "$build_image" go version)) in $(since "$t")"
fi

if [ -z "${RUNTIME_IMAGE:-}" ] && ! exists "$runtime_image"; then
	t=$(now)
	say "building $runtime_image: scratch + Debian's busybox-static, CA bundle, uid 65532"
	mkdir "$tmp/runtime-image"
	cat >"$tmp/runtime-image/Dockerfile" <<-EOF
		FROM $debian AS rootfs
		RUN apt-get update -qq \\
		 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends busybox-static ca-certificates >/dev/null \\
		 && mkdir -p /rootfs/bin /rootfs/etc/ssl/certs /rootfs/tmp /rootfs/home/nonroot \\
		 && cp /bin/busybox /rootfs/bin/busybox \\
		 && for applet in sh id wget cat ls ps env; do ln -s busybox /rootfs/bin/\$applet; done \\
		 && cp /etc/ssl/certs/ca-certificates.crt /rootfs/etc/ssl/certs/ \\
		 && printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' >/rootfs/etc/passwd \\
		 && printf 'root:x:0:\nnonroot:x:65532:\n' >/rootfs/etc/group \\
		 && chmod 1777 /rootfs/tmp && chown 65532:65532 /rootfs/home/nonroot
		FROM scratch
		COPY --from=rootfs /rootfs/ /
		ENV PATH=/bin SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
		USER 65532:65532
	EOF
	build -t "$runtime_image" "$tmp/runtime-image"
	say "  $runtime_image ($(size "$runtime_image")) in $(since "$t")"
fi

t=$(now)
say "building $app from Dockerfile (BUILD_IMAGE=$build_image RUNTIME_IMAGE=$runtime_image)"
args=(--build-arg BUILD_IMAGE="$build_image" --build-arg RUNTIME_IMAGE="$runtime_image")
[ -n "${GOPROXY:-}" ] && args+=(--build-arg GOPROXY="$GOPROXY")
build -t "$app" "${args[@]}" .
say "  $app ($(size "$app")) in $(since "$t")"

if [ "${SKIP_CHECKS:-}" = "1" ]; then
	say "done in $(since "$start") (checks skipped)"
	exit 0
fi

fail() { say "FAIL: $*"; [ -n "$container" ] && docker logs --tail 30 "$container" >&2 2>&1; exit 1; }

# 1. The image says who it runs as, and `demo --no-serve` works in a fresh container as that user.
user=$(docker image inspect --format '{{.Config.User}}' "$app")
[ -n "$user" ] && [ "${user%%:*}" != "0" ] && [ "${user%%:*}" != "root" ] || fail "image user is '$user', want a non-root uid"
t=$(now)
out=$(docker run --rm "$app" demo --no-serve 2>&1) || { printf '%s\n' "$out" | tail -n 20 >&2; fail "demo --no-serve exited $?"; }
grep -q 'Demo ring loaded' <<<"$out" || { printf '%s\n' "$out" | tail -n 20 >&2; fail "demo --no-serve printed no load summary"; }
say "ok: demo --no-serve in $(since "$t"): $(grep -m1 'Demo ring loaded' <<<"$out")"

# 2. Serving: the process runs as that user (seen from the host, whatever the runtime image has), /healthz answers,
# and the API wants a token.
container=$(docker run -d -p 127.0.0.1::8080 "$app" demo --addr 0.0.0.0:8080)
pid=$(docker inspect --format '{{.State.Pid}}' "$container")
uid=$(awk '/^Uid:/ { print $2 }' "/proc/$pid/status")
[ "$uid" != "0" ] || fail "the server process runs as root"
say "ok: the server process (host pid $pid) runs as uid $uid"
if docker exec "$container" id -u >/dev/null 2>&1; then
	inner=$(docker exec "$container" id -u)
	[ "$inner" = "$uid" ] && [ "$inner" != "0" ] || fail "id -u inside says $inner"
	say "ok: id -u inside the container: $inner"
	if docker exec "$container" sh -c 'echo x >/usr/local/bin/probe' 2>/dev/null; then
		fail "the non-root user can write to /usr/local/bin"
	fi
	say "ok: /usr/local/bin is not writable by it"
fi
port=$(docker port "$container" 8080/tcp | head -n 1 | sed 's/.*://')
t=$(now)
deadline=$(( $(date +%s) + 180 ))
until health=$(curl -fsS "http://127.0.0.1:$port/healthz" 2>/dev/null); do
	[ "$(docker inspect --format '{{.State.Running}}' "$container")" = "true" ] || fail "the container stopped"
	[ "$(date +%s)" -lt "$deadline" ] || fail "/healthz did not answer within 180 s"
	sleep 1
done
say "ok: /healthz answers $health after $(since "$t")"
token=$(docker logs "$container" 2>&1 | sed -n 's/.*export RINGLEADER_TOKEN=\([^ ]*\).*/\1/p' | head -n 1)
[ -n "$token" ] || fail "demo printed no token"
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/stats")
[ "$status" = "401" ] || fail "/api/v1/stats without a token answered $status, want 401"
top=$(curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/insights/centrality?measure=betweenness&top=3") ||
	fail "the centrality insight failed"
say "ok: 401 without a token; with one, betweenness top 3: $(jq -c '[.results[] | {id, score: (.score * 1000 | round / 1000)}]' <<<"$top")"
docker rm -f "$container" >/dev/null
container=""
say "done in $(since "$start"): $app ($(size "$app")) on $runtime_image, built with $build_image"
