package org.educa.business.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.educa.view.Routes;
import org.junit.jupiter.api.Test;

/** The mails of the requests to teach link to the pages the routes name (the business layer cannot see the routes). */
class InstructorRequestsTest {

    @Test
    void theMailsLinkToTheRoutesPages() {
        assertEquals(Routes.path("course.mine"), InstructorRequests.TEACHING_PAGE);
        assertEquals(Routes.path("accounts.teach"), InstructorRequests.ASKING_PAGE);
    }
}
