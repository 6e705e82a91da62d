package org.educa.business.monitor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.educa.business.events.EnrollmentChanged;

/**
 * Educa's own figures for operators, in the application's MicroProfile metrics that Payara serves in Prometheus text
 * on the management port only ({@code /metrics?scope=application}; README "Metrics"): sign-ins by outcome,
 * enrollments made and left (once committed), uploads by kind and outcome, and the bytes accepted. Requests per route
 * are counted by the web layer ({@code RequestMetrics}) and cache reads by the caches ({@code DegradingCaches}).
 * Every tag takes one of a few fixed values, never a name, an address or a URL. Each member counts its own.
 */
@ApplicationScoped
public class OperatorMetrics {

    /** How a sign-in ended. */
    public enum SignIn {
        /** The password was right. */
        SUCCEEDED,
        /** A wrong password, or no such account. */
        FAILED,
        /** Refused before the password was checked: too many failures ({@code LoginThrottle}). */
        THROTTLED
    }

    /** What was uploaded: a content's file, a content's image, or a course's cover. */
    public enum Upload {
        FILE, IMAGE, COVER
    }

    static final Metadata SIGN_INS = Metadata.builder().withName("educa.signins")
            .withDescription("Sign-ins by outcome: succeeded, failed (wrong password or no such account), throttled "
                    + "(refused before the password was checked)").build();
    static final Metadata ENROLLMENTS = Metadata.builder().withName("educa.enrollments")
            .withDescription("Enrollments committed: a student enrolled in a course (enrolled) or left one (left)")
            .build();
    static final Metadata UPLOADS = Metadata.builder().withName("educa.uploads")
            .withDescription("Uploads by kind (file, image, cover) and outcome (accepted, refused)").build();
    static final Metadata UPLOAD_BYTES = Metadata.builder().withName("educa.upload.bytes")
            .withDescription("Bytes of the uploads accepted, by kind").build();

    private final MetricRegistry metrics;

    @Inject
    public OperatorMetrics(MetricRegistry metrics) {
        this.metrics = metrics;
    }

    /** For the CDI proxy only. */
    protected OperatorMetrics() {
        this(null);
    }

    public void signIn(SignIn outcome) {
        metrics.counter(SIGN_INS, tag("outcome", outcome)).inc();
    }

    /** An upload accepted ({@code bytes} long), or refused (its bytes are not counted). */
    public void upload(Upload kind, boolean accepted, long bytes) {
        Tag kindTag = tag("kind", kind);
        metrics.counter(UPLOADS, kindTag, new Tag("outcome", accepted ? "accepted" : "refused")).inc();
        if (accepted) {
            metrics.counter(UPLOAD_BYTES, kindTag).inc(Math.max(0, bytes));
        }
    }

    void enrollment(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrollmentChanged change) {
        metrics.counter(ENROLLMENTS, new Tag("change", change.joined() ? "enrolled" : "left")).inc();
    }

    private static Tag tag(String name, Enum<?> value) {
        return new Tag(name, value.name().toLowerCase(java.util.Locale.ROOT));
    }
}
