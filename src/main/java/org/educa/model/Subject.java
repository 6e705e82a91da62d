package org.educa.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A field of study that groups courses in the catalog, such as Mathematics. */
@Entity
@Table(name = "subject")
@NamedQuery(name = "Subject.findAll", query = "SELECT s FROM Subject s ORDER BY s.title")
@NamedQuery(name = "Subject.findBySlug", query = "SELECT s FROM Subject s WHERE s.slug = :slug")
@NamedQuery(name = "Admin.subjectSlugsLike",
        query = "SELECT s.slug FROM Subject s WHERE s.slug = :slug OR s.slug LIKE :prefix")
@NamedQuery(name = "Admin.countCoursesOfSubject", query = "SELECT COUNT(c) FROM Course c WHERE c.subject.id = :id")
@NamedNativeQuery(name = "Subject.lockCounts", query = "SELECT id FROM subject_count_lock WHERE id = 1 FOR UPDATE")
@NamedNativeQuery(name = "Subject.recountPublishedCourses", query = "UPDATE subject SET published_courses = "
        + "(SELECT COUNT(*) FROM course c WHERE c.subject_id = subject.id AND c.published = TRUE)")
public class Subject extends BaseEntity {

    private static final long serialVersionUID = -8782046708755884475L;

    public static final int TITLE_MAX = 200;
    public static final int SLUG_MAX = 200;
    public static final String SLUG_PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @NotBlank
    @Size(max = SLUG_MAX)
    @Pattern(regexp = SLUG_PATTERN)
    @Column(nullable = false, length = SLUG_MAX, unique = true)
    private String slug;

    /**
     * How many of its courses are published: only for queries (the catalog's sidebar), kept by the database's
     * statement "Subject.recountPublishedCourses" (see org.educa.business.catalog.SubjectCourseCounts), never written
     * from here.
     */
    @Column(name = "published_courses", insertable = false, updatable = false)
    private long publishedCourses;

    /** Only for queries (course counts); never loaded. */
    @OneToMany(mappedBy = "subject")
    private List<Course> courses;

    protected Subject() {
    }

    public Subject(String title, String slug) {
        this.title = title;
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
