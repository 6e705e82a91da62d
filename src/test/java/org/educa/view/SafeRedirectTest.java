package org.educa.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/course/piano-technique/", "/students/course/5/?x=1"})
    void pathsOfThisSiteAreFollowed(String next) {
        assertEquals(next, SafeRedirect.localOr(next, "/fallback/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)",
        "evil.example", "", "/ x", "/a/https://evil.example"})
    void everythingElseIsIgnored(String next) {
        assertEquals("/fallback/", SafeRedirect.localOr(next, "/fallback/"));
    }
}
