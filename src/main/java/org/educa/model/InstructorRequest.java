package org.educa.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A student's request to become an instructor, with their motivation, and the administrator's decision on it. While
 * it is {@link Status#OPEN}, {@code open_for} holds the user's id, which the database keeps unique: one open request
 * per person, however many arrive at once.
 */
@Entity
@Table(name = "instructor_request")
@NamedQuery(name = "InstructorRequest.ofUser",
        query = "SELECT r FROM InstructorRequest r WHERE r.user.id = :userId ORDER BY r.created DESC, r.id DESC")
@NamedQuery(name = "InstructorRequest.countOpen",
        query = "SELECT COUNT(r) FROM InstructorRequest r WHERE r.status = :status")
@NamedQuery(name = "InstructorRequest.findWithUser",
        query = "SELECT r FROM InstructorRequest r JOIN FETCH r.user WHERE r.id = :id")
public class InstructorRequest extends BaseEntity {

    private static final long serialVersionUID = 2087341964417381561L;

    public static final int MOTIVATION_MAX = 1000;
    public static final int REASON_MAX = 500;

    /** Where a request stands. */
    public enum Status {
        OPEN, GRANTED, REFUSED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private User user;

    @NotBlank
    @Size(max = MOTIVATION_MAX)
    @Column(nullable = false, length = MOTIVATION_MAX)
    private String motivation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.OPEN;

    @Column(name = "open_for", unique = true)
    private Long openFor;

    @Size(max = REASON_MAX)
    @Column(nullable = false, length = REASON_MAX)
    private String reason = "";

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column
    private LocalDateTime decided;

    protected InstructorRequest() {
    }

    public InstructorRequest(User user, String motivation) {
        this.user = user;
        this.motivation = motivation;
        this.openFor = user.getId();
    }

    /** Grants ({@code granted}) or refuses the request, by the administrator {@code adminId}, with an optional reason. */
    public void decide(boolean granted, long adminId, String reason) {
        if (status != Status.OPEN) {
            throw new IllegalStateException(this + " is decided already");
        }
        this.status = granted ? Status.GRANTED : Status.REFUSED;
        this.reason = reason == null ? "" : reason;
        this.decidedBy = adminId;
        this.decided = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        this.openFor = null;
    }

    public User getUser() {
        return user;
    }

    public String getMotivation() {
        return motivation;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public String getReason() {
        return reason;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecided() {
        return decided;
    }
}
