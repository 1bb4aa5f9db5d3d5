# One image for every role: `docker run denialwatch stream | ingest | sink | demo`.
# Build: docker build -t denialwatch .
#
# The two base images are build arguments, so the same file builds from other bases (the official
# ones by default; ops/podman-stack.sh passes local ones made from Debian's packages):
#   docker build --build-arg BUILD_IMAGE=... --build-arg RUNTIME_IMAGE=... -t denialwatch .
# BUILD_IMAGE needs a JDK 21 and mvn; RUNTIME_IMAGE a Java 21 runtime, bash, groupadd and useradd.
ARG BUILD_IMAGE=maven:3-eclipse-temurin-21
ARG RUNTIME_IMAGE=eclipse-temurin:21-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY . .
# the cache mount keeps downloaded dependencies between builds (BuildKit)
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -q -DskipTests package

FROM ${RUNTIME_IMAGE}
RUN groupadd --system denialwatch \
    && useradd --system --gid denialwatch --home-dir /app --shell /usr/sbin/nologin denialwatch \
    && mkdir -p /app/data \
    && chown denialwatch:denialwatch /app/data
WORKDIR /app
COPY --from=build /src/app/target/lib/ app/target/lib/
COPY --from=build /src/app/target/denialwatch.jar app/target/
COPY bin/denialwatch bin/healthcheck bin/
COPY config/ config/
COPY examples/ examples/
USER denialwatch
# in a container the endpoints must be reachable from the network, and state goes to /app/data
ENV DW_DATA_DIR=/app/data \
    DW_OPS_BIND=0.0.0.0 \
    DW_SINK_BIND=0.0.0.0 \
    DW_JAVA_OPTS="-XX:MaxRAMPercentage=75"
# 9464: /metrics and /health of ingest and stream; 8080: the sink's desk (with its /metrics and /health)
EXPOSE 9464 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 CMD ["/app/bin/healthcheck"]
# the launcher execs java, so java is PID 1 and SIGTERM (docker stop) runs the clean shutdown
ENTRYPOINT ["/app/bin/denialwatch"]
CMD ["--help"]
