# Java 17 runtime on the locally built Debian bookworm base (no image registry is reachable here).
# Built by testing/neo4j/build-images.sh as ringleader/openjdk:17-jre-bookworm.
ARG BASE_IMAGE=ringleader/debian:bookworm
FROM ${BASE_IMAGE}
# The jre's postinst wants the man directory minbase leaves out.
RUN mkdir -p /usr/share/man/man1 \
 && apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jre-headless \
 && apt-get clean \
 && rm -rf /var/lib/apt/lists/*
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
