#!/usr/bin/env bash
# Kafka for ops/compose.podman.yml: the KRaft broker from Kafka's own jars, which the denialwatch
# image carries (app/target/lib), configured like the official apache/kafka image: every KAFKA_*
# variable of docker-compose.yml becomes a server property (KAFKA_FOO_BAR -> foo.bar, a double
# underscore -> _ and a triple one -> -), CLUSTER_ID formats the log directory on the first start.
#
#   kafka.sh run      format the storage when it is new, then exec the broker
#   kafka.sh health   exit 0 when the broker answers an ApiVersions request on its PLAINTEXT listener
set -euo pipefail
LIB=/app/app/target/lib
CONFIG=/tmp/kafka-server.properties

properties() {
  local name value key
  while IFS='=' read -r name value; do
    case "$name" in
      KAFKA_HEAP_OPTS|KAFKA_JVM_PERFORMANCE_OPTS|KAFKA_OPTS|KAFKA_IMAGE_TAG) continue ;;
      KAFKA_*) ;;
      *) continue ;;
    esac
    key=${name#KAFKA_}
    key=${key//___/-}
    key=${key//__/@}
    key=${key//_/.}
    key=${key//@/_}
    printf '%s=%s\n' "${key,,}" "$value"
  done < <(env)
  [[ -v KAFKA_LOG_DIRS ]] || echo "log.dirs=/var/lib/kafka/data"
}

# the broker logs through the image's logback; at INFO, as the official image's log4j does
logback() {
  cat > /tmp/kafka-logback.xml <<'XML'
<configuration>
  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>[%d{yyyy-MM-dd HH:mm:ss,SSS}] %-5level %msg (%logger)%n</pattern></encoder>
  </appender>
  <root level="INFO"><appender-ref ref="OUT"/></root>
</configuration>
XML
}

run() {
  properties > "$CONFIG"
  logback
  local dirs
  dirs=$(sed -n 's/^log\.dirs=//p' "$CONFIG")
  mkdir -p "${dirs//,/ }"
  if [[ ! -f "${dirs%%,*}/meta.properties" ]]; then
    java -Dlogback.configurationFile=/tmp/kafka-logback.xml -cp "$LIB/*" kafka.tools.StorageTool format --ignore-formatted -t "${CLUSTER_ID:?CLUSTER_ID is not set}" -c "$CONFIG"
  fi
  # shellcheck disable=SC2086
  exec java ${KAFKA_HEAP_OPTS:--Xmx1g -Xms256m} -Dlogback.configurationFile=/tmp/kafka-logback.xml \
    -cp "$LIB/*" kafka.Kafka "$CONFIG"
}

# ApiVersions v0 (api key 18) with correlation id 1 and client id "hc"; the answer starts with its
# size, the correlation id and error code 0. The broker answers it only once it serves requests.
health() {
  local port=${1:-19092} answer
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf '\x00\x00\x00\x0c\x00\x12\x00\x00\x00\x00\x00\x01\x00\x02hc' >&3
  answer=$(timeout 5 head -c 10 <&3 | od -An -tx1 | tr -d ' \n')
  exec 3<&-
  [[ "${answer:8:12}" == "000000010000" ]]
}

case "${1:-run}" in
  run) run ;;
  health) health "${2:-19092}" ;;
  *) echo "usage: kafka.sh run | health [PORT]" >&2; exit 2 ;;
esac
