package org.educa.testing;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build made, as Arquillian deploys it: the tests run against the real thing. */
public final class Deployments {

    private Deployments() {
    }

    /**
     * The application's address on the loopback interface. Payara reports the machine's own address, but the tests
     * make it listen on 127.0.0.1 only (server-config/pre-boot-loopback.asadmin).
     */
    public static URI onLoopback(URL url) {
        try {
            return new URI(url.getProtocol(), null, "127.0.0.1", url.getPort(), url.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(url.toString(), e);
        }
    }

    public static WebArchive educa() {
        File war = new File(System.getProperty("educa.war", "target/educa.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * The WAR with the test HTTP client and the {@link Fixtures} in it, for in-container tests that make what they
     * need and then read the pages over HTTP from inside Payara, and for classes that mix them with client steps.
     */
    public static WebArchive educaWithClient() {
        return educa().addClasses(Deployments.class, WebClient.class, WebClient.Page.class, SocketHttp.class,
                SocketHttp.Response.class, RawHttp.class, RawHttp.Response.class, Fixtures.class,
                Fixtures.CourseFixture.class, TestImages.class);
    }
}
