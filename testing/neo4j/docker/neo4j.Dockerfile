# Neo4j 5.26 Community with APOC, OpenGDS and Browser, from the distribution build-dist.sh resolves off Maven Central.
# Build context: that distribution directory (lib/, plugins/, conf/, bin/). Built by testing/neo4j/build-images.sh as
# ringleader/neo4j:<version>. Environment as in the official image: NEO4J_AUTH=neo4j/<password> (or none) and
# NEO4J_<setting> (see bin/neo4j-run.sh).
ARG JRE_IMAGE=ringleader/openjdk:17-jre-bookworm
FROM ${JRE_IMAGE}
ARG NEO4J_VERSION
LABEL org.opencontainers.image.title="neo4j" \
      org.opencontainers.image.version="${NEO4J_VERSION}" \
      org.opencontainers.image.description="Neo4j Community ${NEO4J_VERSION} with APOC, OpenGDS and Browser, from Maven Central"
# uid/gid 7474 as in the official image, so mounted volumes keep the same owner.
RUN groupadd --system --gid 7474 neo4j \
 && useradd --system --uid 7474 --gid neo4j --home-dir /var/lib/neo4j --create-home --shell /usr/sbin/nologin neo4j
# Largest and least changing first, so a conf or launcher change rebuilds only the small layers.
COPY lib /opt/neo4j/lib
COPY plugins /opt/neo4j/plugins
COPY conf /opt/neo4j/conf
COPY bin /opt/neo4j/bin
ENV NEO4J_DIST=/opt/neo4j \
    NEO4J_HOME=/var/lib/neo4j
USER neo4j
WORKDIR /var/lib/neo4j
EXPOSE 7687 7474
# neo4j-run.sh ends in `exec java`, so the JVM is PID 1 and a SIGTERM (docker stop, Terminate) stops it cleanly.
ENTRYPOINT ["/opt/neo4j/bin/neo4j-run.sh"]
