package org.educa.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A course an instructor publishes under a subject; it holds ordered modules. */
@NamedQuery(name = "Admin.courses", query = "SELECT NEW org.educa.business.admin.CourseAdminRow(c.id, c.slug, c.title, "
        + "s.title, o.firstName, o.lastName, o.username, c.created, (SELECT COUNT(m) FROM Module m WHERE m.course = c), "
        + "(SELECT COUNT(e) FROM Enrollment e WHERE e.course = c)) FROM Course c JOIN c.subject s JOIN c.owner o "
        + "ORDER BY c.created DESC, c.id DESC")
@NamedQuery(name = "Admin.counts", query = "SELECT NEW org.educa.business.admin.AdminCounts("
        + "(SELECT COUNT(u) FROM User u), (SELECT COUNT(s) FROM Subject s), COUNT(c), "
        + "(SELECT COUNT(e) FROM Enrollment e)) FROM Course c")
@Entity
@Table(name = "course")
@NamedQuery(name = "Course.findBySlug",
        query = "SELECT c FROM Course c JOIN FETCH c.subject JOIN FETCH c.owner WHERE c.slug = :slug")
@NamedQuery(name = "Study.course", query = "SELECT NEW org.educa.business.learning.StudyHeading(c.id, c.slug, c.title, "
        + "c.owner.id) FROM Course c WHERE c.id = :id")
@NamedQuery(name = "Course.countBySlug", query = "SELECT COUNT(c) FROM Course c WHERE c.slug = :slug")
@NamedQuery(name = "Course.count", query = "SELECT COUNT(c) FROM Course c")
@NamedQuery(name = "Catalog.subjectCounts", query = "SELECT NEW org.educa.business.catalog.SubjectCount(s.id, s.slug, s.title, "
        + "COUNT(c)) FROM Subject s LEFT JOIN s.courses c GROUP BY s.id, s.slug, s.title ORDER BY s.title")
@NamedQuery(name = "Catalog.pageIds", query = "SELECT c.id FROM Course c ORDER BY c.created DESC, c.id DESC")
@NamedQuery(name = "Catalog.pageIdsOfSubject",
        query = "SELECT c.id FROM Course c WHERE c.subject.id = :subjectId ORDER BY c.created DESC, c.id DESC")
@NamedQuery(name = "Catalog.coursesByIds", query = "SELECT NEW org.educa.business.catalog.CourseRow(c.id, c.slug, "
        + "c.title, s.slug, s.title, o.firstName, o.lastName, o.username, c.created) FROM Course c JOIN c.subject s "
        + "JOIN c.owner o WHERE c.id IN :ids")
@NamedQuery(name = "Catalog.moduleCounts",
        query = "SELECT m.course.id, COUNT(m) FROM Module m WHERE m.course.id IN :ids GROUP BY m.course.id")
@NamedQuery(name = "Catalog.overview", query = "SELECT NEW org.educa.business.catalog.CourseOverview(c.id, c.slug, "
        + "c.title, s.slug, s.title, o.firstName, o.lastName, o.username, o.id, c.overview, COUNT(m)) FROM Course c "
        + "JOIN c.subject s JOIN c.owner o LEFT JOIN c.modules m WHERE c.slug = :slug "
        + "GROUP BY c.id, c.slug, c.title, s.slug, s.title, o.firstName, o.lastName, o.username, o.id, c.overview")
@NamedQuery(name = "Course.countBySlugOfOthers",
        query = "SELECT COUNT(c) FROM Course c WHERE c.slug = :slug AND c.id <> :id")
@NamedQuery(name = "Authoring.myCourses", query = "SELECT NEW org.educa.business.authoring.MyCourse(c.id, c.title, "
        + "c.slug, s.title, c.created, COUNT(DISTINCT m.id), MAX(f.id)) FROM Course c JOIN c.subject s "
        + "LEFT JOIN c.modules m LEFT JOIN c.modules f ON f.position = 0 WHERE c.owner.id = :ownerId "
        + "GROUP BY c.id, c.title, c.slug, s.title, c.created ORDER BY c.created DESC, c.id DESC")
@NamedQuery(name = "Authoring.studentCounts", query = "SELECT e.course.id, COUNT(e) FROM Enrollment e "
        + "WHERE e.course.owner.id = :ownerId GROUP BY e.course.id")
@NamedQuery(name = "Authoring.subjectOptions",
        query = "SELECT NEW org.educa.business.authoring.SubjectOption(s.id, s.title) FROM Subject s ORDER BY s.title")
public class Course extends BaseEntity {

    public static final int TITLE_MAX = 200;
    public static final int SLUG_MAX = 200;
    public static final int OVERVIEW_MAX = 5000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private User owner;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", nullable = false)
    private Subject subject;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @NotBlank
    @Size(max = SLUG_MAX)
    @Pattern(regexp = Subject.SLUG_PATTERN)
    @Column(nullable = false, length = SLUG_MAX, unique = true)
    private String slug;

    @Size(max = OVERVIEW_MAX)
    @Column(nullable = false, length = OVERVIEW_MAX)
    private String overview = "";

    /** Only for queries (module counts); pages load modules through their own named queries. */
    @OneToMany(mappedBy = "course")
    private List<Module> modules;

    protected Course() {
    }

    public Course(User owner, Subject subject, String title, String slug, String overview) {
        this.owner = owner;
        this.subject = subject;
        this.title = title;
        this.slug = slug;
        setOverview(overview);
    }

    public boolean isOwnedBy(Long userId) {
        return owner.getId().equals(userId);
    }

    public User getOwner() {
        return owner;
    }

    public Subject getSubject() {
        return subject;
    }

    public void setSubject(Subject subject) {
        this.subject = subject;
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

    public String getOverview() {
        return overview;
    }

    public void setOverview(String overview) {
        this.overview = overview == null ? "" : overview;
    }
}
