package org.educa.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VideoLinksTest {

    @ParameterizedTest
    @CsvSource({
        "https://www.youtube.com/watch?v=kjBOesZCoqc, https://www.youtube-nocookie.com/embed/kjBOesZCoqc",
        "https://youtube.com/watch?feature=share&v=kjBOesZCoqc, https://www.youtube-nocookie.com/embed/kjBOesZCoqc",
        "https://m.youtube.com/watch?v=kjBOesZCoqc, https://www.youtube-nocookie.com/embed/kjBOesZCoqc",
        "https://youtu.be/WUvTyaaNkzM, https://www.youtube-nocookie.com/embed/WUvTyaaNkzM",
        "http://youtu.be/WUvTyaaNkzM, https://www.youtube-nocookie.com/embed/WUvTyaaNkzM",
        "https://www.youtube.com/embed/WUvTyaaNkzM, https://www.youtube-nocookie.com/embed/WUvTyaaNkzM",
        "https://www.youtube.com/shorts/WUvTyaaNkzM, https://www.youtube-nocookie.com/embed/WUvTyaaNkzM",
        "https://vimeo.com/76979871, https://player.vimeo.com/video/76979871",
        "https://player.vimeo.com/video/76979871, https://player.vimeo.com/video/76979871"
    })
    void recognisesYouTubeAndVimeo(String address, String player) {
        assertEquals(Optional.of(player), VideoLinks.embedUrl(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
        "https://evil.example/watch?v=kjBOesZCoqc", "https://youtube.com.evil.example/watch?v=kjBOesZCoqc",
        "https://www.youtube.com/watch?v=short", "https://www.youtube.com/watch?v=kjBOesZCoqc\"><script>",
        "https://user@www.youtube.com/watch?v=kjBOesZCoqc", "ftp://youtu.be/WUvTyaaNkzM",
        "https://vimeo.com/channels/staff", "https://vimeo.com/123abc", "https://www.youtube.com/",
        "https://youtu.be/", "//youtu.be/WUvTyaaNkzM", "https://www.youtube.com:8443/watch?v=kjBOesZCoqc"
    })
    void refusesEverythingElse(String address) {
        assertFalse(VideoLinks.isEmbeddable(address), address);
    }
}
