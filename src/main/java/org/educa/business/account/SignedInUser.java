package org.educa.business.account;

import java.io.Serializable;

/** Who a signed-in user is, as pages need it on every request: kept in the cache, not loaded each time. */
public record SignedInUser(long id, String username, String fullName) implements Serializable {
}
