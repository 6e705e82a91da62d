package org.educa.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.educa.business.NotFoundException;
import org.educa.business.authoring.ContentDraft;
import org.educa.business.authoring.CourseDraft;
import org.educa.business.authoring.EmbeddableVideo;
import org.educa.business.authoring.FileDraft;
import org.educa.business.authoring.ImageDraft;
import org.educa.business.authoring.TextDraft;
import org.educa.business.authoring.VideoDraft;
import org.educa.model.ContentKind;
import org.educa.view.course.ContentKindConverter;
import org.junit.jupiter.api.Test;

/** The forms' drafts: one per content kind, the video address rule, and the content kind from the URL. */
class AuthoringDraftsTest {

    @Test
    void eachKindHasItsOwnDraft() {
        assertInstanceOf(TextDraft.class, ContentDraft.of(ContentKind.TEXT));
        assertInstanceOf(VideoDraft.class, ContentDraft.of(ContentKind.VIDEO));
        for (ContentKind stored : new ContentKind[] {ContentKind.FILE, ContentKind.IMAGE}) {
            ContentDraft draft = ContentDraft.of(stored);
            assertInstanceOf(FileDraft.class, draft);
            assertEquals(stored, draft.getKind(), "a file draft keeps whether it is a file or an image");
        }
        assertInstanceOf(ImageDraft.class, ContentDraft.of(ContentKind.IMAGE), "an image's draft asks for alt text");
        assertEquals(null, ContentDraft.of(ContentKind.TEXT).getId(), "a new item has no id yet");
        assertThrows(IllegalArgumentException.class, () -> new FileDraft(null, ContentKind.TEXT, "Notes", null));
    }

    @Test
    void onlyYouTubeAndVimeoAddressesCanBeEmbedded() {
        EmbeddableVideo.Check check = new EmbeddableVideo.Check();
        assertTrue(check.isValid("https://www.youtube.com/watch?v=kjBOesZCoqc", null));
        assertTrue(check.isValid("https://vimeo.com/76979871", null));
        assertTrue(check.isValid(null, null), "whether there is an address at all is @NotBlank's rule");
        for (String address : new String[] {"javascript:alert(1)", "https://example.com/video.mp4", "", "youtube"}) {
            assertFalse(check.isValid(address, null), address);
        }
    }

    @Test
    void draftsOfTheSameCourseAreEqual() {
        assertEquals(new CourseDraft(1L, "Title", "title", ""), new CourseDraft(1L, "Title", "title", ""));
        assertEquals(new CourseDraft(1L, "Title", "title", "").hashCode(),
                new CourseDraft(1L, "Title", "title", "").hashCode());
        assertNotEquals(new CourseDraft(1L, "Title", "title", ""), new CourseDraft(1L, "Title", "other", ""));
        assertNotEquals(new CourseDraft(), null);
    }

    @Test
    void theKindInTheUrlIsOneOfTheFourOrNotFound() {
        ContentKindConverter converter = new ContentKindConverter();
        for (ContentKind kind : ContentKind.values()) {
            assertEquals(kind, converter.getAsObject(null, null, kind.slug()));
            assertEquals(kind.slug(), converter.getAsString(null, null, kind));
        }
        for (String slug : new String[] {"audio", "TEXT", "", "text/"}) {
            assertThrows(NotFoundException.class, () -> converter.getAsObject(null, null, slug), slug);
        }
    }
}
