package org.educa.view.accounts;

import jakarta.servlet.http.HttpSession;

/**
 * This session ended every session of its account (a new password) and goes on under the account's new session
 * number: fired by the page, kept by the sign-in mechanism (configuration, which the pages do not call directly).
 */
public record SessionKept(HttpSession session, int sessionVersion) {
}
