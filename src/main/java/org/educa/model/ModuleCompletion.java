package org.educa.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A student has marked a module of a course done. At most one per student and module (a unique constraint, whatever
 * the requests do); it belongs to the student and the module, not to the enrollment, so that it outlives leaving the
 * course and counts again once the student enrolls anew. The course is kept beside the module so that a course's
 * progress is counted from one index.
 */
@Entity
@Table(name = "module_completion", uniqueConstraints = @UniqueConstraint(columnNames = {"student_id", "module_id"}))
public class ModuleCompletion extends BaseEntity {

    private static final long serialVersionUID = -5698805388461507175L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private User student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false)
    private Module module;

    protected ModuleCompletion() {
    }

    public ModuleCompletion(User student, Course course, Module module) {
        this.student = student;
        this.course = course;
        this.module = module;
    }

    public User getStudent() {
        return student;
    }

    public Course getCourse() {
        return course;
    }

    public Module getModule() {
        return module;
    }
}
