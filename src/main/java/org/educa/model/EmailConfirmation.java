package org.educa.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A link mailed to an account's e-mail address to confirm it: the SHA-256 of its random token (the token itself is
 * only in the mail), the address it was mailed to, when it expires and when it was used. It confirms that address
 * only, once, before it expires.
 */
@Entity
@Table(name = "email_confirmation")
@NamedQuery(name = "EmailConfirmation.findByHash",
        query = "SELECT c FROM EmailConfirmation c JOIN FETCH c.user WHERE c.tokenHash = :hash")
@NamedQuery(name = "EmailConfirmation.countSince",
        query = "SELECT COUNT(c) FROM EmailConfirmation c WHERE c.user.id = :userId AND c.created >= :since")
@NamedQuery(name = "EmailConfirmation.deleteOld",
        query = "DELETE FROM EmailConfirmation c WHERE c.user.id = :userId AND c.expiresAt < :before "
                + "AND c.created < :before")
public class EmailConfirmation extends BaseEntity {

    private static final long serialVersionUID = 3188244097012399310L;

    public static final int HASH_LENGTH = 64;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @Column(name = "token_hash", nullable = false, length = HASH_LENGTH, unique = true)
    private String tokenHash;

    @Column(nullable = false, length = User.EMAIL_MAX)
    private String email;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected EmailConfirmation() {
    }

    public EmailConfirmation(User user, String tokenHash, String email, LocalDateTime expiresAt) {
        this.user = user;
        this.tokenHash = tokenHash;
        this.email = email;
        this.expiresAt = expiresAt;
    }

    public User getUser() {
        return user;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    /** The address the link was mailed to, the only one it confirms. */
    public String getEmail() {
        return email;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public LocalDateTime getUsedAt() {
        return usedAt;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isExpired(LocalDateTime now) {
        return !now.isBefore(expiresAt);
    }

    public void use(LocalDateTime now) {
        usedAt = now;
    }
}
