# Educa on the official Payara Micro image. Build the WAR first (mvn package), then:
#   docker build -t educa .
#   docker run -p 8080:8080 -e DB_DRIVER=org.postgresql.ds.PGSimpleDataSource \
#       -e DB_URL=jdbc:postgresql://db:5432/educa -e DB_USER=educa -e DB_PASSWORD=... -v educa-media:/opt/payara/media educa
# Every setting of README.md ("Settings") is read from the environment. Metrics and health are on the management port
# 9080, bound to the container's loopback interface unless MANAGEMENT_ADDRESS says otherwise (docs/operations.md);
# the load balancer's probe is GET /ready on port 8080.
FROM payara/micro:6.2025.10-jdk17

# JVM options: those of server-config/java-options unless JAVA_OPTS is set (docker run -e JAVA_OPTS=...); two malloc
# arenas (see server-config/start).
ENV EDUCA_MEDIA_DIR=/opt/payara/media \
    DB_URL="jdbc:h2:/opt/payara/data/educa" \
    JAVA_OPTS="" \
    MALLOC_ARENA_MAX=2 \
    MANAGEMENT_PORT=9080 \
    MANAGEMENT_ADDRESS=127.0.0.1

USER root
RUN mkdir -p /opt/payara/media /opt/payara/data && chown -R payara:payara /opt/payara/media /opt/payara/data

COPY --chown=payara:payara server-config/pre-boot-commands.asadmin server-config/pre-boot-management.asadmin \
     server-config/java-options /opt/payara/config/
# EDUCA_LOG_FORMAT=json: Payara's JSON log format, one object per line (server-config/log-format).
COPY --chown=payara:payara server-config/log-format server-config/logging-json.properties /opt/payara/config/
# One pre-boot file (Payara Micro reads one): the shared settings and the management port. Educa is deployed by a
# post-boot command to the virtual server "server" only; --deploy would put it on the management port too.
RUN cat /opt/payara/config/pre-boot-commands.asadmin /opt/payara/config/pre-boot-management.asadmin \
        > /opt/payara/config/pre-boot.asadmin \
    && echo 'deploy --availabilityenabled=true --force=true --name educa --contextroot / --virtualservers server /opt/payara/deployments/ROOT.war' \
        > /opt/payara/config/post-boot.asadmin \
    && chown payara:payara /opt/payara/config/pre-boot.asadmin /opt/payara/config/post-boot.asadmin
USER payara

COPY --chown=payara:payara target/educa.war /opt/payara/deployments/ROOT.war
COPY --chown=payara:payara target/educa/WEB-INF/classes /opt/payara/check/classes
COPY --chown=payara:payara target/educa/WEB-INF/lib /opt/payara/check/lib

VOLUME ["/opt/payara/media", "/opt/payara/data"]
EXPOSE 8080

# Clustering is off unless CLUSTER_MEMBERS lists the members' host:port (TCP, never multicast).
ENTRYPOINT ["sh", "-c", "java -cp '/opt/payara/check/classes:/opt/payara/check/lib/*' org.educa.config.database.DatabaseCheck && log_options=$(/opt/payara/config/log-format /opt/payara/config) && { test -z \"$log_options\" || exec 2>&1; } && exec java ${JAVA_OPTS:-$(grep -v '^#' /opt/payara/config/java-options | xargs)} -jar /opt/payara/payara-micro.jar --port 8080 --disablephonehome --prebootcommandfile /opt/payara/config/pre-boot.asadmin --postbootcommandfile /opt/payara/config/post-boot.asadmin $log_options ${CLUSTER_MEMBERS:+--clustermode tcpip:$CLUSTER_MEMBERS}${CLUSTER_MEMBERS:---nocluster}"]
