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

/**
 * A course an instructor writes under a subject; it holds ordered modules. It starts as a draft, seen only by its
 * owner and administrators, and is in the public catalog once published.
 */
@Entity
@Table(name = "course")
@NamedQuery(name = "Course.findBySlug",
        query = "SELECT c FROM Course c JOIN FETCH c.subject JOIN FETCH c.owner WHERE c.slug = :slug")
@NamedQuery(name = "Course.countBySlug", query = "SELECT COUNT(c) FROM Course c WHERE c.slug = :slug")
@NamedQuery(name = "Course.count", query = "SELECT COUNT(c) FROM Course c")
@NamedQuery(name = "Course.countBySlugOfOthers",
        query = "SELECT COUNT(c) FROM Course c WHERE c.slug = :slug AND c.id <> :id")
@NamedQuery(name = "Authoring.studentCounts", query = "SELECT e.course.id, COUNT(e) FROM Enrollment e "
        + "WHERE e.course.owner.id = :ownerId GROUP BY e.course.id")
@NamedQuery(name = "Course.cover", query = "SELECT c.image, c.published, c.owner.id FROM Course c WHERE c.id = :id")
@NamedQuery(name = "Course.countByImage", query = "SELECT COUNT(c) FROM Course c WHERE c.image = :image")
@NamedQuery(name = "Course.countStudent",
        query = "UPDATE Course c SET c.students = c.students + :change WHERE c.id = :courseId")
public class Course extends BaseEntity {

    private static final long serialVersionUID = -8368757132536405251L;

    public static final int TITLE_MAX = 200;
    public static final int SLUG_MAX = 200;
    public static final int OVERVIEW_MAX = 5000;
    public static final int IMAGE_MAX = 40;

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

    /** The overview as HTML ({@link Markdown}), rendered whenever the overview is set. */
    @Column(name = "overview_html")
    private String overviewHtml = "";

    /** Whether the course is in the public catalog; a new course is a draft until its owner publishes it. */
    @Column(nullable = false)
    private boolean published;

    /** How many students are enrolled; kept by the statements that enroll and leave, never written from here. */
    @Column(nullable = false, insertable = false, updatable = false)
    private int students;

    /** The cover image's stored name (its content hash and extension), or null for none. */
    @Column(length = IMAGE_MAX)
    private String image;

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

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public int getStudents() {
        return students;
    }

    public String getImage() {
        return image;
    }

    public void setImage(String image) {
        this.image = image;
    }

    public String getOverview() {
        return overview;
    }

    public String getOverviewHtml() {
        return overviewHtml;
    }

    /** Sets the overview (Markdown) and renders its HTML, which is saved with it. */
    public void setOverview(String overview) {
        this.overview = overview == null ? "" : overview;
        this.overviewHtml = Markdown.toHtml(this.overview, Markdown.OVERVIEW_HEADINGS);
    }
}
