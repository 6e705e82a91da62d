package org.educa.business.media;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which store keeps the media, from the settings (README, "Settings"): {@code EDUCA_MEDIA_STORE} {@code local} (the
 * default: the directory {@code EDUCA_MEDIA_DIR}) or {@code s3} (the bucket {@code EDUCA_S3_BUCKET} at
 * {@code EDUCA_S3_ENDPOINT}, AWS itself when unset, in {@code EDUCA_S3_REGION}, path-style addressing unless
 * {@code EDUCA_S3_PATH_STYLE=false}).
 */
public record MediaSettings(String store, String directory, Optional<String> endpoint, Optional<String> bucket,
        String region, boolean pathStyle) {

    public static final String LOCAL = "local";
    public static final String S3 = "s3";

    /** The settings as MicroProfile Config names them ({@code educa.media.store}...), read by the function given. */
    public static MediaSettings read(Function<String, Optional<String>> setting) {
        return new MediaSettings(
                setting.apply("educa.media.store").orElse(LOCAL).trim().toLowerCase(Locale.ROOT),
                setting.apply("educa.media.dir").orElse("./data/media"),
                setting.apply("educa.s3.endpoint").map(String::trim).filter(value -> !value.isEmpty()),
                setting.apply("educa.s3.bucket").map(String::trim).filter(value -> !value.isEmpty()),
                setting.apply("educa.s3.region").map(String::trim).filter(value -> !value.isEmpty())
                        .orElse("us-east-1"),
                !setting.apply("educa.s3.path-style").map(String::trim).orElse("true").equalsIgnoreCase("false"));
    }

    /** The store these settings name; an unknown store or a bucket missing is refused with a message saying which. */
    public MediaStore open() {
        return switch (store) {
            case LOCAL -> new LocalMediaStore(Path.of(directory));
            case S3 -> S3MediaStore.connect(endpoint, bucket.orElseThrow(() -> new IllegalArgumentException(
                    "EDUCA_MEDIA_STORE=s3 needs EDUCA_S3_BUCKET, the bucket that keeps the media")), region, pathStyle);
            default -> throw new IllegalArgumentException("EDUCA_MEDIA_STORE is '" + store
                    + "': it must be 'local' (the directory EDUCA_MEDIA_DIR) or 's3' (the bucket EDUCA_S3_BUCKET)");
        };
    }
}
