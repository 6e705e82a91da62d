package org.educa.config.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.educa.business.media.LocalMediaStore;
import org.educa.business.media.MediaCopy;
import org.educa.business.media.MediaSettings;
import org.educa.business.media.MediaStore;

/**
 * The one-shot command that copies the media directory ({@code EDUCA_MEDIA_DIR}) into the bucket of the S3 settings
 * ({@code EDUCA_S3_BUCKET}, {@code EDUCA_S3_ENDPOINT}, {@code EDUCA_S3_REGION}, {@code EDUCA_S3_PATH_STYLE}; the
 * credentials from the AWS SDK's default chain), run by {@code server-config/copy-media-to-bucket}. It can be run again
 * at any time: what the bucket has already is not copied twice (see {@link MediaCopy}). Exit status 0 when done, 2
 * for settings that cannot work, 3 when the copy failed part-way (run it again).
 */
public final class CopyMediaToBucket {

    private CopyMediaToBucket() {
    }

    public static void main(String[] arguments) throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = CopyMediaToBucket.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        System.exit(run(name -> {
            String environment = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
            return Optional.ofNullable(System.getProperty(name, System.getenv(environment)))
                    .or(() -> Optional.ofNullable(defaults.getProperty(name)));
        }, System.out));
    }

    /** Copies as the settings say, reporting on {@code out}; the exit status. */
    public static int run(Function<String, Optional<String>> setting, PrintStream out) {
        MediaSettings settings = MediaSettings.read(setting);
        if (settings.bucket().isEmpty()) {
            out.println("Set EDUCA_S3_BUCKET (and EDUCA_S3_ENDPOINT unless the bucket is on AWS S3, EDUCA_S3_REGION,"
                    + " and the credentials AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY) to say where to copy the media.");
            return 2;
        }
        MediaSettings bucket = new MediaSettings(MediaSettings.S3, settings.directory(), settings.endpoint(),
                settings.bucket(), settings.region(), settings.pathStyle());
        LocalMediaStore directory = new LocalMediaStore(java.nio.file.Path.of(settings.directory()));
        try (MediaStore target = bucket.open()) {
            out.println("Copying the media of the " + directory.describe() + " into the " + target.describe());
            MediaCopy.Result result = MediaCopy.copy(directory, target, name -> out.println("copied " + name));
            out.println(result.copied() + " copied, " + result.present() + " already there, " + result.skipped()
                    + " not Educa's (left alone). The directory is unchanged.");
            return 0;
        } catch (RuntimeException e) {
            out.println("The copy stopped: " + e.getMessage() + " -- check the settings and run it again.");
            return 3;
        }
    }
}
