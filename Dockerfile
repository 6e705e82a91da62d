# Educa on the official Payara Micro image. Build the WAR first (mvn package), then:
#   docker build -t educa .
#   docker run -p 8080:8080 -e DB_DRIVER=org.postgresql.ds.PGSimpleDataSource \
#       -e DB_URL=jdbc:postgresql://db:5432/educa -e DB_USER=educa -e DB_PASSWORD=... -v educa-media:/opt/payara/media educa
# Every setting of README.md ("Settings") is read from the environment.
FROM payara/micro:6.2025.10-jdk17

# JVM options: those of server-config/java-options unless JAVA_OPTS is set (docker run -e JAVA_OPTS=...); two malloc
# arenas (see server-config/start).
ENV EDUCA_MEDIA_DIR=/opt/payara/media \
    DB_URL="jdbc:h2:/opt/payara/data/educa" \
    JAVA_OPTS="" \
    MALLOC_ARENA_MAX=2

USER root
RUN mkdir -p /opt/payara/media /opt/payara/data && chown -R payara:payara /opt/payara/media /opt/payara/data
USER payara

COPY --chown=payara:payara server-config/pre-boot-commands.asadmin server-config/java-options /opt/payara/config/
COPY --chown=payara:payara target/educa.war /opt/payara/deployments/ROOT.war
COPY --chown=payara:payara target/educa/WEB-INF/classes /opt/payara/check/classes
COPY --chown=payara:payara target/educa/WEB-INF/lib /opt/payara/check/lib

VOLUME ["/opt/payara/media", "/opt/payara/data"]
EXPOSE 8080

# Clustering is off unless CLUSTER_MEMBERS lists the members' host:port (TCP, never multicast).
ENTRYPOINT ["sh", "-c", "java -cp '/opt/payara/check/classes:/opt/payara/check/lib/*' org.educa.config.database.DatabaseCheck && exec java ${JAVA_OPTS:-$(grep -v '^#' /opt/payara/config/java-options | xargs)} -jar /opt/payara/payara-micro.jar --deploy /opt/payara/deployments/ROOT.war --contextroot / --port 8080 --disablephonehome --prebootcommandfile /opt/payara/config/pre-boot-commands.asadmin ${CLUSTER_MEMBERS:+--clustermode tcpip:$CLUSTER_MEMBERS}${CLUSTER_MEMBERS:---nocluster}"]
