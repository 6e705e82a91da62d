package org.educa.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDateTime;

/**
 * A student taking a course; at most one per course and student. It remembers where its student left off: the module
 * opened last (a plain id, written by a bulk update only when it changes, and set to null by the database when that
 * module is deleted) and when.
 */
@Entity
@Table(name = "enrollment", uniqueConstraints = @UniqueConstraint(columnNames = {"course_id", "student_id"}))
@NamedQuery(name = "Enrollment.exists",
        query = "SELECT COUNT(e) FROM Enrollment e WHERE e.course.id = :courseId AND e.student.id = :studentId")
@NamedQuery(name = "Enrollment.find",
        query = "SELECT e FROM Enrollment e WHERE e.course.id = :courseId AND e.student.id = :studentId")
@NamedQuery(name = "Enrollment.visit",
        query = "UPDATE Enrollment e SET e.lastModuleId = :moduleId, e.lastActivity = :now"
                + " WHERE e.course.id = :courseId AND e.student.id = :studentId"
                + " AND (e.lastModuleId IS NULL OR e.lastModuleId <> :moduleId)")
public class Enrollment extends BaseEntity {

    private static final long serialVersionUID = 6496343567989520194L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private User student;

    @Column(name = "last_module_id")
    private Long lastModuleId;

    @Column(name = "last_activity")
    private LocalDateTime lastActivity;

    protected Enrollment() {
    }

    public Enrollment(Course course, User student) {
        this.course = course;
        this.student = student;
        this.lastActivity = LocalDateTime.now();
    }

    public Course getCourse() {
        return course;
    }

    public User getStudent() {
        return student;
    }

    public Long getLastModuleId() {
        return lastModuleId;
    }

    public LocalDateTime getLastActivity() {
        return lastActivity;
    }
}
