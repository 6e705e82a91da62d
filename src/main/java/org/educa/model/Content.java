package org.educa.model;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One item of a module: text, file, image or video. All kinds share one table, so a module's contents load in
 * one statement whatever their mix.
 */
@Entity
@Table(name = "content")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 10)
@NamedQuery(name = "Content.findByModule",
        query = "SELECT c FROM Content c WHERE c.module.id = :moduleId ORDER BY c.position")
@NamedQuery(name = "Content.nextPosition",
        query = "SELECT COALESCE(MAX(c.position) + 1, 0) FROM Content c WHERE c.module.id = :moduleId")
@NamedQuery(name = "Content.findWithCourse",
        query = "SELECT c FROM Content c JOIN FETCH c.module m JOIN FETCH m.course WHERE c.id = :id")
@NamedQuery(name = "Content.findStoredByFileName",
        query = "SELECT c FROM Content c JOIN FETCH c.module m JOIN FETCH m.course WHERE c.fileName = :fileName")
@NamedQuery(name = "Content.moduleIdOf", query = "SELECT c.module.id FROM Content c WHERE c.id = :id")
@NamedQuery(name = "Content.fileNamesOfCourse", query = "SELECT c.fileName FROM Content c "
        + "WHERE c.module.course.id = :courseId AND c.fileName IS NOT NULL")
@NamedQuery(name = "Content.fileNamesOfModules", query = "SELECT c.fileName FROM Content c "
        + "WHERE c.module.id IN :moduleIds AND c.fileName IS NOT NULL")
public abstract class Content extends BaseEntity {

    private static final long serialVersionUID = -8722295205310572946L;

    public static final int TITLE_MAX = 250;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false)
    private Module module;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private User owner;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false)
    private int position;

    /** Name of the stored file under the media directory, for the kinds that keep one. */
    @Column(name = "file_name", length = 100)
    private String fileName;

    protected Content() {
    }

    protected Content(Module module, User owner, String title, int position) {
        this.module = module;
        this.owner = owner;
        this.title = title;
        this.position = position;
    }

    public abstract ContentKind getKind();

    public Module getModule() {
        return module;
    }

    public User getOwner() {
        return owner;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getFileName() {
        return fileName;
    }

    protected void setFileName(String fileName) {
        this.fileName = fileName;
    }
}
