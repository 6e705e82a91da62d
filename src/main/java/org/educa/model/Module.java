package org.educa.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A chapter of a course. Modules are ordered by {@code position}, dense from 0 within their course. */
@Entity
@Table(name = "course_module")
@NamedQuery(name = "Module.findByCourse",
        query = "SELECT m FROM Module m WHERE m.course.id = :courseId ORDER BY m.position")
@NamedQuery(name = "Module.nextPosition",
        query = "SELECT COALESCE(MAX(m.position) + 1, 0) FROM Module m WHERE m.course.id = :courseId")
@NamedQuery(name = "Module.findWithCourse",
        query = "SELECT m FROM Module m JOIN FETCH m.course c JOIN FETCH c.owner WHERE m.id = :id")
@NamedQuery(name = "Module.courseIdOf", query = "SELECT m.course.id FROM Module m WHERE m.id = :id")
public class Module extends BaseEntity {

    private static final long serialVersionUID = 679882536869824707L;

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = DESCRIPTION_MAX)
    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description = "";

    @Column(nullable = false)
    private int position;

    protected Module() {
    }

    public Module(Course course, String title, String description, int position) {
        this.course = course;
        this.title = title;
        setDescription(description);
        this.position = position;
    }

    public Course getCourse() {
        return course;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
