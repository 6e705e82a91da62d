package org.educa.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build made, as Arquillian deploys it: the tests run against the real thing. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive educa() {
        File war = new File(System.getProperty("educa.war", "target/educa.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
