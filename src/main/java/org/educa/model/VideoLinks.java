package org.educa.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the video addresses Educa can embed: YouTube (watch, short youtu.be, embed and shorts links) and Vimeo.
 * Everything else, {@code javascript:} and {@code data:} addresses and other hosts included, is refused.
 */
public final class VideoLinks {

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern VIMEO_ID = Pattern.compile("[0-9]{1,12}");
    private static final Set<String> YOUTUBE_HOSTS = Set.of("youtube.com", "www.youtube.com", "m.youtube.com");
    private static final Set<String> VIMEO_HOSTS = Set.of("vimeo.com", "www.vimeo.com", "player.vimeo.com");

    private VideoLinks() {
    }

    /** The address of the embeddable player for this video, if it is a YouTube or Vimeo video. */
    public static Optional<String> embedUrl(String address) {
        Optional<URI> uri = parse(address);
        if (uri.isEmpty()) {
            return Optional.empty();
        }
        String host = uri.get().getHost().toLowerCase(Locale.ROOT);
        String path = uri.get().getPath() == null ? "" : uri.get().getPath();
        if (YOUTUBE_HOSTS.contains(host)) {
            return youtube(path, uri.get().getRawQuery());
        }
        if (host.equals("youtu.be")) {
            return youtubeId(path.substring(1));
        }
        if (VIMEO_HOSTS.contains(host)) {
            String id = path.replaceFirst("^/(video/)?", "").replaceFirst("/$", "");
            return VIMEO_ID.matcher(id).matches()
                    ? Optional.of("https://player.vimeo.com/video/" + id) : Optional.empty();
        }
        return Optional.empty();
    }

    public static boolean isEmbeddable(String address) {
        return embedUrl(address).isPresent();
    }

    private static Optional<String> youtube(String path, String query) {
        if (path.equals("/watch") && query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("v=")) {
                    return youtubeId(pair.substring(2));
                }
            }
            return Optional.empty();
        }
        for (String prefix : new String[] {"/embed/", "/shorts/", "/live/"}) {
            if (path.startsWith(prefix)) {
                return youtubeId(path.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> youtubeId(String id) {
        return YOUTUBE_ID.matcher(id).matches()
                ? Optional.of("https://www.youtube-nocookie.com/embed/" + id) : Optional.empty();
    }

    private static Optional<URI> parse(String address) {
        if (address == null || address.isBlank() || address.length() > 500) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(address.trim());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    || uri.getHost() == null || uri.getUserInfo() != null
                    || (uri.getPort() != -1 && uri.getPort() != 80 && uri.getPort() != 443)) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
