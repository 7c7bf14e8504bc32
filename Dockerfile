# Ringleader's image: a static binary on a minimal runtime, run as a non-root user.
#
# The base images are build arguments so that a site without access to Docker Hub can
# use images it built itself (scripts/build-app-image.sh builds both here and checks the
# result):
#   docker build --build-arg BUILD_IMAGE=... --build-arg RUNTIME_IMAGE=... -t ringleader .
# BUILD_IMAGE needs Go 1.26 on its PATH and a CA bundle (go mod download uses HTTPS);
# RUNTIME_IMAGE needs nothing (the binary is static) but should know uid 65532, as
# distroless's "nonroot" user. GOPROXY passes a module mirror through.
ARG BUILD_IMAGE=golang:1.26-bookworm
ARG RUNTIME_IMAGE=gcr.io/distroless/static-debian12:nonroot

FROM ${BUILD_IMAGE} AS build
ARG GOPROXY=https://proxy.golang.org,direct
WORKDIR /src
# -buildvcs=false: the context has no .git (.dockerignore), and a build image need not have git.
ENV CGO_ENABLED=0 GOFLAGS="-trimpath -buildvcs=false" GOPROXY=${GOPROXY} GOTOOLCHAIN=local
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -ldflags='-s -w' -o /out/ringleader ./cmd/ringleader \
 && mkdir -p /out/data && chown 65532:65532 /out/data

FROM ${RUNTIME_IMAGE}
COPY --from=build /out/ringleader /usr/local/bin/ringleader
# The data directory belongs to the unprivileged user the service runs as (distroless's
# "nonroot", uid 65532); nothing in the image is writable by it except this directory.
COPY --from=build --chown=65532:65532 /out/data /data
USER 65532:65532
WORKDIR /data
ENV RINGLEADER_STORE=sqlite:/data/ringleader.db
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/ringleader"]
CMD ["serve", "--addr", "0.0.0.0:8080"]
