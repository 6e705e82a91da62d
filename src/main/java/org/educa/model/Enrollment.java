package org.educa.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A student taking a course; at most one per course and student. */
@Entity
@Table(name = "enrollment", uniqueConstraints = @UniqueConstraint(columnNames = {"course_id", "student_id"}))
@NamedQuery(name = "Enrollment.exists",
        query = "SELECT COUNT(e) FROM Enrollment e WHERE e.course.id = :courseId AND e.student.id = :studentId")
public class Enrollment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private User student;

    protected Enrollment() {
    }

    public Enrollment(Course course, User student) {
        this.course = course;
        this.student = student;
    }

    public Course getCourse() {
        return course;
    }

    public User getStudent() {
        return student;
    }
}
