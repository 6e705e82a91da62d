package org.educa.business.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.Collections;
import java.util.List;
import java.util.function.IntUnaryOperator;
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

/**
 * The contents of a module: creating, editing, deleting and reordering items of the four kinds. Changes lock the
 * module's row first, so positions stay 0..n-1 and unique; files an item stops using are deleted after the commit.
 * Every method first checks that the acting user is an active instructor or administrator
 * ({@link Actors#requireAuthor}), then that the module is theirs to change ({@link Ownership}: others' are not found).
 * Drafts come {@code @Valid}: each kind's draft carries its own rules, which CDI method validation checks.
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
        if (content instanceof TextContent text) {
            return new TextDraft(itemId, text.getTitle(), text.getBody());
        }
        if (content instanceof VideoContent video) {
            return new VideoDraft(itemId, video.getTitle(), video.getUrl(), video.getTranscript());
        }
        if (content instanceof ImageContent image) {
            return new ImageDraft(itemId, image.getTitle(), image.getStoredFile(), image.getAltText());
        }
        return new FileDraft(itemId, kind, content.getTitle(), ((StoredContent) content).getStoredFile());
    }

    /**
     * Creates an item of the draft's kind at the end of the module (a draft without id) or changes the module's item of
     * the draft's id and kind, and returns its id. A new upload is published and a replaced file deleted once the change
     * is committed.
     */
    public long save(long moduleId, Long actorId, @Valid ContentDraft draft) {
        long actor = actors.requireAuthor(actorId).id();
        Module module = ownership.lockedModule(moduleId, actor);
        Content content;
        if (draft.getId() == null) {
            int position = em.createNamedQuery("Content.nextPosition", Integer.class)
                    .setParameter("moduleId", moduleId).getSingleResult();
            content = create(module, ownership.user(actor), position, draft);
            em.persist(content);
            if (draft instanceof FileDraft file) {
                files.publishAfterCommit(file.getFile().name());
            }
        } else {
            content = ofKind(ownership.content(module, draft.getId()), draft.getKind());
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

    private static Content create(Module module, User owner, int position, ContentDraft draft) {
        String title = draft.getTitle();
        if (draft instanceof TextDraft text) {
            return new TextContent(module, owner, title, position, text.getBody());
        }
        if (draft instanceof VideoDraft video) {
            return new VideoContent(module, owner, title, position, video.getUrl(), video.getTranscript());
        }
        if (draft instanceof ImageDraft image) {
            return new ImageContent(module, owner, title, position, image.getFile(), image.getAltText());
        }
        FileDraft file = (FileDraft) draft;
        return new FileContent(module, owner, title, position, file.getFile());
    }

    /** Changes an item to the draft, which is of the item's kind; a replaced file is deleted after the commit. */
    private void update(Content content, ContentDraft draft) {
        content.setTitle(draft.getTitle());
        if (draft instanceof TextDraft text) {
            ((TextContent) content).setBody(text.getBody());
        } else if (draft instanceof VideoDraft video) {
            ((VideoContent) content).setUrl(video.getUrl());
            ((VideoContent) content).setTranscript(video.getTranscript());
        } else if (draft instanceof FileDraft file) {
            if (draft instanceof ImageDraft image) {
                ((ImageContent) content).setAltText(image.getAltText());
            }
            StoredContent stored = (StoredContent) content;
            StoredFile old = stored.getStoredFile();
            if (!file.getFile().name().equals(old.name())) {
                stored.store(file.getFile());
                files.publishAfterCommit(file.getFile().name());
                files.deleteAfterCommit(Collections.singletonList(old.name()));
            }
        }
    }
}
