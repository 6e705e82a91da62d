package org.educa.testing;

import java.net.URI;
import java.util.Optional;
import org.educa.business.media.S3MediaStore;
import org.gaul.s3proxy.junit.S3ProxyJunitCore;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for the tests: S3Proxy (from Maven Central) in this JVM, on 127.0.0.1 at a free port,
 * keeping its objects in a temporary directory and checking every request's AWS signature against one key pair. The
 * AWS SDK of this JVM finds that key pair in its default chain (the system properties {@code aws.accessKeyId} and
 * {@code aws.secretAccessKey}); another process is given it as {@code AWS_ACCESS_KEY_ID} and
 * {@code AWS_SECRET_ACCESS_KEY} ({@link #ACCESS_KEY}, {@link #SECRET_KEY}).
 */
public final class S3Server implements AutoCloseable {

    public static final String ACCESS_KEY = "educa-test";
    public static final String SECRET_KEY = "educa-test-secret";
    public static final String REGION = "us-east-1";

    private final S3ProxyJunitCore proxy;

    private S3Server(S3ProxyJunitCore proxy) {
        this.proxy = proxy;
    }

    public static S3Server start() throws Exception {
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", SECRET_KEY);
        S3ProxyJunitCore proxy = new S3ProxyJunitCore.Builder()
                .withCredentials(ACCESS_KEY, SECRET_KEY) // AWS signatures V2 or V4
                .build();
        proxy.beforeEach();
        return new S3Server(proxy);
    }

    /** The server's address, {@code http://127.0.0.1:port}. */
    public URI endpoint() {
        return proxy.getUri();
    }

    /** A new empty bucket of that name, and Educa's store over it (path-style, as most S3-compatible stores want). */
    public S3MediaStore bucket(String name) {
        try (S3Client client = client()) {
            client.createBucket(request -> request.bucket(name));
        }
        return store(name);
    }

    /** Educa's store over an existing bucket. */
    public S3MediaStore store(String name) {
        return S3MediaStore.connect(Optional.of(endpoint().toString()), name, REGION, true);
    }

    /** A plain client of the server, to look at a bucket past Educa's store. */
    public S3Client client() {
        return S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).region(Region.of(REGION))
                .endpointOverride(endpoint()).forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED).build();
    }

    @Override
    public void close() {
        proxy.afterEach();
    }
}
