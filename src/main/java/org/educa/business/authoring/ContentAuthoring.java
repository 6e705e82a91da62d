package org.educa.business.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.educa.business.account.Actors;
import org.educa.business.events.ContentChanged;
import org.educa.model.Content;
import org.educa.model.ContentKind;
import org.educa.model.FileContent;
import org.educa.model.ImageContent;
import org.educa.model.Module;
import org.educa.model.StoredContent;
import org.educa.model.StoredFile;
import org.educa.model.TextContent;
import org.educa.model.User;
import org.educa.model.VideoContent;
import org.educa.model.VideoLinks;

/**
 * The contents of a module: creating, editing, deleting and reordering items of the four kinds. Changes lock the
 * module's row first, so positions stay 0..n-1 and unique; files an item stops using are deleted after the commit.
 * Every method first checks that the acting user is an active instructor or administrator
 * ({@link Actors#requireAuthor}), then that the module is theirs to change ({@link Ownership}: others' are not found).
 */
@ApplicationScoped
@Transactional
public class ContentAuthoring {

    private final EntityManager em;
    private final Actors actors;
    private final Ownership ownership;
    private final ModuleAuthoring modules;
    private final FileCleanup files;
    private final Event<ContentChanged> contentChanged;

    @Inject
    public ContentAuthoring(EntityManager em, Actors actors, Ownership ownership, ModuleAuthoring modules,
            FileCleanup files, Event<ContentChanged> contentChanged) {
        this.em = em;
        this.actors = actors;
        this.ownership = ownership;
        this.modules = modules;
        this.files = files;
        this.contentChanged = contentChanged;
    }

    /** For the CDI proxy only. */
    protected ContentAuthoring() {
        this(null, null, null, null, null, null);
    }

    /** The module, its course's modules and its contents, in order. */
    public ModuleContents contents(long moduleId, Long actorId) {
        long actor = actors.requireAuthor(actorId).id();
        Module module = ownership.module(moduleId, actor);
        List<ContentItem> items = ordered(moduleId).stream().map(ContentItem::of).toList();
        return new ModuleContents(moduleId, module.getTitle(), module.getCourse().getId(),
                module.getCourse().getTitle(), modules.items(module.getCourse().getId()), items);
    }

    /** The module's title, for a page that adds to it. */
    public String moduleTitle(long moduleId, Long actorId) {
        long actor = actors.requireAuthor(actorId).id();
        return ownership.module(moduleId, actor).getTitle();
    }

    /** The item as its form shows it; an item of another module or kind is not found. */
    public ContentDraft draft(long moduleId, ContentKind kind, long itemId, Long actorId) {
        long actor = actors.requireAuthor(actorId).id();
        Module module = ownership.module(moduleId, actor);
        Content content = ofKind(ownership.content(module, itemId), kind);
        return new ContentDraft(content.getTitle(),
                content instanceof TextContent text ? text.getBody() : null,
                content instanceof VideoContent video ? video.getUrl() : null,
                content instanceof StoredContent stored ? stored.getStoredFile() : null);
    }

    /**
     * Creates an item of that kind at the end of the module ({@code itemId} null) or changes one, and returns its id.
     * A replaced file is deleted once the change is committed.
     */
    public long save(long moduleId, ContentKind kind, Long itemId, Long actorId, ContentDraft draft) {
        long actor = actors.requireAuthor(actorId).id();
        Module module = ownership.lockedModule(moduleId, actor);
        validate(kind, draft, itemId == null);
        String title = draft.title().trim();
        Content content;
        if (itemId == null) {
            int position = em.createNamedQuery("Content.nextPosition", Integer.class)
                    .setParameter("moduleId", moduleId).getSingleResult();
            content = create(module, ownership.user(actor), kind, title, position, draft);
            em.persist(content);
        } else {
            content = ofKind(ownership.content(module, itemId), kind);
            content.setTitle(title);
            update(content, draft);
        }
        em.flush();
        contentChanged.fire(new ContentChanged(module.getCourse().getId(), moduleId));
        return content.getId();
    }

    /** Deletes the item, closes the gap it leaves and, after the commit, deletes its file; returns the rest. */
    public List<ContentItem> delete(long moduleId, long itemId, Long actorId) {
        long actor = actors.requireAuthor(actorId).id();
        Module module = ownership.lockedModule(moduleId, actor);
        Content content = ownership.content(module, itemId);
        files.deleteAfterCommit(Collections.singletonList(content.getFileName()));
        em.remove(content);
        em.flush();
        List<Content> rest = Positions.number(ordered(moduleId), Content::setPosition);
        contentChanged.fire(new ContentChanged(module.getCourse().getId(), moduleId));
        return rest.stream().map(ContentItem::of).toList();
    }

    /** Moves the item to {@code index} (0 is first) within its module; returns the module's items in the new order. */
    public List<ContentItem> moveTo(long itemId, Long actorId, int index) {
        return reorder(itemId, actorId, from -> index);
    }

    /** Moves the item {@code by} places: one up ({@code -1}) or down ({@code +1}); returns the new order. */
    public List<ContentItem> move(long itemId, Long actorId, int by) {
        return reorder(itemId, actorId, from -> from + by);
    }

    /** One reorder, one transaction: the module is checked and locked once, the order is read once. */
    private List<ContentItem> reorder(long itemId, Long actorId, IntUnaryOperator target) {
        long actor = actors.requireAuthor(actorId).id();
        long moduleId = ownership.moduleIdOf(itemId);
        Module module = ownership.lockedModule(moduleId, actor);
        List<Content> items = ordered(moduleId);
        Content item = items.stream().filter(c -> c.getId() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("content " + itemId));
        List<Content> order = Positions.number(
                Positions.moveTo(items, item, target.applyAsInt(items.indexOf(item))), Content::setPosition);
        contentChanged.fire(new ContentChanged(module.getCourse().getId(), moduleId));
        return order.stream().map(ContentItem::of).toList();
    }

    private List<Content> ordered(long moduleId) {
        return em.createNamedQuery("Content.findByModule", Content.class)
                .setParameter("moduleId", moduleId)
                .getResultList();
    }

    private static Content ofKind(Content content, ContentKind kind) {
        if (content.getKind() != kind) {
            throw new NotFoundException("content " + content.getId() + " of kind " + kind);
        }
        return content;
    }

    private static Content create(Module module, User owner, ContentKind kind, String title, int position,
            ContentDraft draft) {
        return switch (kind) {
            case TEXT -> new TextContent(module, owner, title, position, draft.body());
            case VIDEO -> new VideoContent(module, owner, title, position, draft.url().trim());
            case FILE -> new FileContent(module, owner, title, position, draft.file());
            case IMAGE -> new ImageContent(module, owner, title, position, draft.file());
        };
    }

    private void update(Content content, ContentDraft draft) {
        if (content instanceof TextContent text) {
            text.setBody(draft.body());
        } else if (content instanceof VideoContent video) {
            video.setUrl(draft.url().trim());
        } else if (content instanceof StoredContent stored && draft.file() != null) {
            StoredFile old = stored.getStoredFile();
            if (!draft.file().name().equals(old.name())) {
                stored.store(draft.file());
                files.deleteAfterCommit(Collections.singletonList(old.name()));
            }
        }
    }

    private static void validate(ContentKind kind, ContentDraft draft, boolean creating) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new BusinessException("authoring.content.titleRequired");
        }
        if (draft.title().trim().length() > Content.TITLE_MAX) {
            throw new BusinessException("authoring.content.titleTooLong", Content.TITLE_MAX);
        }
        switch (kind) {
            case TEXT -> {
                if (draft.body() == null || draft.body().isBlank()) {
                    throw new BusinessException("authoring.content.bodyRequired");
                }
                if (draft.body().length() > TextContent.BODY_MAX) {
                    throw new BusinessException("authoring.content.bodyTooLong", TextContent.BODY_MAX);
                }
            }
            case VIDEO -> {
                if (!VideoLinks.isEmbeddable(draft.url())) {
                    throw new BusinessException("authoring.content.videoRefused");
                }
            }
            case FILE, IMAGE -> {
                if (creating && draft.file() == null) {
                    throw new BusinessException("authoring.content.fileRequired");
                }
            }
        }
    }
}
