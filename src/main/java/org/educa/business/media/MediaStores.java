package org.educa.business.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The one {@link MediaStore} of this instance, as the settings say ({@link MediaSettings}); closed at shutdown. */
@ApplicationScoped
public class MediaStores {

    private static final Logger LOG = Logger.getLogger(MediaStores.class.getName());

    @Produces
    @ApplicationScoped
    MediaStore store() {
        Config config = ConfigProvider.getConfig();
        MediaStore store = MediaSettings.read(name -> config.getOptionalValue(name, String.class)).open();
        LOG.info(() -> "Media are kept in the " + store.describe());
        return store;
    }

    void close(@Disposes MediaStore store) {
        store.close();
    }
}
