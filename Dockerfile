# Educa on the official Payara Micro image. Build the WAR first (mvn package), then:
#   docker build -t educa .
#   docker run -p 8080:8080 -e DB_DRIVER=org.postgresql.ds.PGSimpleDataSource \
#       -e DB_URL=jdbc:postgresql://db:5432/educa -e DB_USER=educa -e DB_PASSWORD=... -v educa-media:/opt/payara/media educa
# Every setting of README.md ("Settings") is read from the environment. It starts by server-config/start, as the run
# command does: alone (--nocluster, sessions in memory) unless CLUSTER_MEMBERS (host:port,... over TCP) or
# CLUSTER_KUBERNETES (namespace,service) names a cluster to join. Metrics and detailed health are on the management
# port 9080, bound to the container's loopback interface unless MANAGEMENT_ADDRESS says otherwise
# (docs/operations.md); the public probes are GET /health/ready (also /ready) and /health/live on port 8080.
FROM payara/micro:6.2025.10-jdk17

# EDUCA_LISTEN=all: HTTP and Hazelcast on the container's interfaces (the run command keeps them on loopback).
# JAVA_OPTS empty: the options of server-config/java-options.
ENV EDUCA_LISTEN=all \
    EDUCA_MEDIA_DIR=/opt/payara/media \
    DB_URL="jdbc:h2:/opt/payara/data/educa" \
    JAVA_OPTS="" \
    MANAGEMENT_PORT=9080 \
    MANAGEMENT_ADDRESS=127.0.0.1

# The image's user "payara" (uid 1000) owns only what it must write: the data, the media, and the directory where
# the start script writes its pre- and post-boot command files.
USER root
RUN mkdir -p /opt/payara/media /opt/payara/data /opt/payara/educa \
    && chown payara:payara /opt/payara/media /opt/payara/data /opt/payara/educa
COPY server-config/start server-config/java-options server-config/*.asadmin /opt/payara/server-config/
# EDUCA_LOG_FORMAT=json: Payara's JSON log format, one object per line (server-config/log-format, read by start).
COPY server-config/log-format server-config/logging-json.properties /opt/payara/server-config/
COPY target/educa.war /opt/payara/educa/educa.war
# The database check that runs before Payara Micro (the exploded WAR's classes, as in target/).
COPY target/educa/WEB-INF/classes /opt/payara/educa/educa/WEB-INF/classes
COPY target/educa/WEB-INF/lib /opt/payara/educa/educa/WEB-INF/lib
USER payara

VOLUME ["/opt/payara/media", "/opt/payara/data"]
# 8080: HTTP; 6900: the data grid, for the other members of a cluster (not published unless clustering).
EXPOSE 8080 6900

# Healthy = ready to serve (the database answers, migrations done, the grid joined); bash's /dev/tcp, as the image
# has no curl. Kubernetes ignores this and uses the Deployment's probes (deploy/kubernetes/).
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

ENTRYPOINT ["/opt/payara/server-config/start", "/opt/payara/payara-micro.jar", "/opt/payara/educa/educa.war"]
