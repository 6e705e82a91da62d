package org.educa.config.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.educa.model.Language;

/**
 * Chooses the language of every response: the one the visitor picked in the footer (cookie {@value #COOKIE}), else the
 * first of the browser's {@code Accept-Language} that Educa speaks, else English. Everything after this filter sees
 * only that language as the request's locale, so Faces renders the page in it, the bundles answer in it and the page
 * cache keys by it (see {@code PageCacheFilter}); responses say {@code Content-Language} and {@code Vary} on the two
 * headers they depend on, so that no shared cache hands a Spanish page to an English visitor.
 *
 * <p>The footer's links are {@code ?lang=es} on the page's own path: this filter keeps the choice in the cookie for a
 * year and sends the browser back to the same address without the parameter (303), so that the address of a page stays
 * the one the page cache knows. A tag Educa does not speak is dropped the same way, with no cookie.
 */
@WebFilter(filterName = "languages")
public class Languages extends HttpFilter {

    static final String COOKIE = "educa-lang";
    static final String PARAMETER = "lang";
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> asked = parameter(request.getQueryString());
        Optional<String> path = RequestPaths.canonical(request);
        if (asked.isPresent() && path.isPresent() && "GET".equals(request.getMethod())) {
            Language.of(asked.get()).ifPresent(language -> response.addCookie(cookie(request, language)));
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + path.get() + otherParameters(request));
            return;
        }
        Language language = chosen(request);
        response.setHeader("Content-Language", language.tag());
        response.setHeader("Vary", "Accept-Language, Cookie");
        chain.doFilter(new InLanguage(request, language.locale()), response);
    }

    /** The language a request is answered in (see the class comment). */
    static Language chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                Optional<Language> picked = COOKIE.equals(cookie.getName()) ? Language.of(cookie.getValue()) : Optional.empty();
                if (picked.isPresent()) {
                    return picked.get();
                }
            }
        }
        return Language.preferred(request.getHeader("Accept-Language") == null ? null : request.getLocales());
    }

    private static Cookie cookie(HttpServletRequest request, Language language) {
        Cookie cookie = new Cookie(COOKIE, language.tag());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath() + "/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    private static Optional<String> parameter(String query) {
        if (query == null) {
            return Optional.empty();
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> pair.equals(PARAMETER) || pair.startsWith(PARAMETER + "="))
                .map(pair -> pair.substring(Math.min(pair.length(), PARAMETER.length() + 1)))
                .findFirst();
    }

    /** The query without {@code lang}, for the redirect back to the page (always a canonical path of this site). */
    private static String otherParameters(HttpServletRequest request) {
        String rest = Arrays.stream(request.getQueryString().split("&"))
                .filter(pair -> !(pair.equals(PARAMETER) || pair.startsWith(PARAMETER + "=")))
                .collect(Collectors.joining("&"));
        return rest.isEmpty() ? "" : "?" + rest;
    }

    /** The request as the pages see it: in one language only. */
    private static final class InLanguage extends HttpServletRequestWrapper {

        private final Locale locale;

        InLanguage(HttpServletRequest request, Locale locale) {
            super(request);
            this.locale = locale;
        }

        @Override
        public Locale getLocale() {
            return locale;
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(List.of(locale));
        }
    }
}
