package org.educa.admin;

import java.net.MalformedURLException;
import java.net.URL;

/**
 * The tests bind Payara Micro to 127.0.0.1 only, while Arquillian hands out the URL with the host Payara reports (the
 * machine's own address), which refuses connections: the tests use the same URL on the loopback address.
 */
final class Loopback {

    private Loopback() {
    }

    static URL of(URL deployed) {
        try {
            return new URL(deployed.getProtocol(), "127.0.0.1", deployed.getPort(), deployed.getFile());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(deployed.toString(), e);
        }
    }
}
