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
 * A password reset link that was mailed: the hash of its token, whose account it resets, until when, and the
 * account's session number when it was made (a link made before a password change no longer works).
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = "PasswordReset.byTokenHash",
        query = "SELECT r FROM PasswordReset r JOIN FETCH r.user WHERE r.tokenHash = :hash")
@NamedQuery(name = "PasswordReset.deleteOfUser", query = "DELETE FROM PasswordReset r WHERE r.user.id = :userId")
@NamedQuery(name = "PasswordReset.deleteExpired", query = "DELETE FROM PasswordReset r WHERE r.expires < :now")
@NamedQuery(name = "PasswordReset.countOfUser", query = "SELECT COUNT(r) FROM PasswordReset r WHERE r.user.id = :userId")
public class PasswordReset extends BaseEntity {

    private static final long serialVersionUID = 2871046213392650211L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private User user;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "session_version", nullable = false, updatable = false)
    private int sessionVersion;

    @Column(nullable = false)
    private LocalDateTime expires;

    protected PasswordReset() {
    }

    public PasswordReset(User user, String tokenHash, LocalDateTime expires) {
        this.user = user;
        this.tokenHash = tokenHash;
        this.sessionVersion = user.getSessionVersion();
        this.expires = expires;
    }

    /** Whether the link still works at {@code now}: not expired, and the account has not moved on since. */
    public boolean isValidAt(LocalDateTime now) {
        return now.isBefore(expires) && user.isActive() && user.getSessionVersion() == sessionVersion;
    }

    public User getUser() {
        return user;
    }

    public LocalDateTime getExpires() {
        return expires;
    }

    /** For tests and operators: the link stops working at this time. */
    public void setExpires(LocalDateTime expires) {
        this.expires = expires;
    }
}
