package org.educa.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A person who signs in. The username is unique regardless of case; the password is kept as a PBKDF2 hash. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "User.findByUsername",
        query = "SELECT u FROM User u LEFT JOIN FETCH u.roles WHERE u.usernameKey = :key")
@NamedQuery(name = "User.findWithRoles", query = "SELECT u FROM User u LEFT JOIN FETCH u.roles WHERE u.id = :id")
@NamedQuery(name = "User.findByConfirmedEmail",
        query = "SELECT u FROM User u WHERE u.emailKey = :key AND u.emailVerified = TRUE")
@NamedQuery(name = "User.countByUsername", query = "SELECT COUNT(u) FROM User u WHERE u.usernameKey = :key")
@NamedQuery(name = "User.countByEmail", query = "SELECT COUNT(u) FROM User u WHERE u.emailKey = :key AND u.id <> :id")
@NamedQuery(name = "User.count", query = "SELECT COUNT(u) FROM User u")
@NamedQuery(name = "Admin.countUsersMatching", query = "SELECT COUNT(u) FROM User u WHERE u.usernameKey LIKE :pattern "
        + "ESCAPE '!' OR LOWER(CONCAT(u.firstName, ' ', u.lastName)) LIKE :pattern ESCAPE '!' OR LOWER(u.email) LIKE "
        + ":pattern ESCAPE '!'")
@NamedQuery(name = "Admin.rolesOfUsers", query = "SELECT u.id, r FROM User u JOIN u.roles r WHERE u.id IN :ids")
public class User extends BaseEntity {

    private static final long serialVersionUID = -4841581883024806950L;

    public static final int USERNAME_MAX = 150;
    public static final int NAME_MAX = 150;
    public static final int EMAIL_MAX = 254;

    @NotBlank
    @Size(max = USERNAME_MAX)
    @Column(nullable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "username_key", nullable = false, length = USERNAME_MAX, unique = true)
    private String usernameKey;

    @Size(max = NAME_MAX)
    @Column(name = "first_name", nullable = false, length = NAME_MAX)
    private String firstName = "";

    @Size(max = NAME_MAX)
    @Column(name = "last_name", nullable = false, length = NAME_MAX)
    private String lastName = "";

    @Size(max = EMAIL_MAX)
    @Column(nullable = false, length = EMAIL_MAX)
    private String email = "";

    /** The address in lower case, unique; null when there is none (see V12). */
    @Column(name = "email_key", length = EMAIL_MAX, unique = true)
    private String emailKey;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false, length = 5)
    private String language = Language.DEFAULT.tag();

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Column(name = "session_version", nullable = false)
    private int sessionVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected User() {
    }

    public User(String username, String passwordHash) {
        setUsername(username);
        this.passwordHash = passwordHash;
        roles.add(Role.STUDENT);
    }

    /**
     * A username as typed, as Educa keeps and checks it: without the (Unicode) white space around it; {@code null} is
     * empty. The one rule for every place that takes a username (registration, sign-in, the sign-in throttle).
     */
    public static String normalized(String username) {
        return username == null ? "" : username.strip();
    }

    /** The form in which usernames are compared: "Alice", " alice " and "alice" are the same account. */
    public static String keyOf(String username) {
        return normalized(username).toLowerCase(Locale.ROOT);
    }

    /** What the pages call a person: first and last name when known, else the username. */
    public static String fullName(String firstName, String lastName, String username) {
        String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return full.isEmpty() ? username : full;
    }

    public String getFullName() {
        return fullName(firstName, lastName, username);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public String getUsername() {
        return username;
    }

    public final void setUsername(String username) {
        this.username = normalized(username);
        this.usernameKey = keyOf(username);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName == null ? "" : firstName.trim();
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName == null ? "" : lastName.trim();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.strip();
        this.emailKey = emailKeyOf(this.email);
    }

    /** The form in which addresses are compared ("Ada@Example.org" is "ada@example.org"); null for none. */
    public static String emailKeyOf(String email) {
        String stripped = email == null ? "" : email.strip();
        return stripped.isEmpty() ? null : stripped.toLowerCase(Locale.ROOT);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** The language Educa writes to this person in (mails); the default for a tag Educa no longer speaks. */
    public Language getLanguage() {
        return Language.of(language).orElse(Language.DEFAULT);
    }

    public void setLanguage(Language language) {
        this.language = (language == null ? Language.DEFAULT : language).tag();
    }

    /** Whether the person has confirmed, through a link mailed to it, that the e-mail address is theirs. */
    public boolean isEmailVerified() {
        return emailVerified;
    }

    public void setEmailVerified(boolean emailVerified) {
        this.emailVerified = emailVerified;
    }

    /** Sessions signed in under an older number are signed out at their next request (see {@link #endSessions}). */
    public int getSessionVersion() {
        return sessionVersion;
    }

    /**
     * Ends every session of this account, on every cluster member, at its next request: after a new password, a
     * reset or a deletion. A session that should go on (the one that changed the password) takes the new number.
     */
    public void endSessions() {
        sessionVersion++;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }
}
