package org.educa.business.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import org.educa.business.NotFoundException;
import org.educa.business.account.Actors;
import org.educa.business.events.ModuleChanged;
import org.educa.business.learning.ModuleItem;
import org.educa.model.Course;
import org.educa.model.Module;

/**
 * The modules of a course: edited all together like a formset, and reordered. Every change locks the course's row
 * first, so positions stay 0..n-1 and unique however many requests arrive at once. Every method first checks that
 * the acting user is an active instructor or administrator ({@link Actors#requireAuthor}), then that the course is
 * theirs to change ({@link Ownership}: others' courses are not found).
 */
@ApplicationScoped
@Transactional
public class ModuleAuthoring {

    private final EntityManager em;
    private final Actors actors;
    private final Ownership ownership;
    private final FileCleanup files;
    private final Event<ModuleChanged> moduleChanged;

    @Inject
    public ModuleAuthoring(EntityManager em, Actors actors, Ownership ownership, FileCleanup files,
            Event<ModuleChanged> moduleChanged) {
        this.em = em;
        this.actors = actors;
        this.ownership = ownership;
        this.files = files;
        this.moduleChanged = moduleChanged;
    }

    /** For the CDI proxy only. */
    protected ModuleAuthoring() {
        this(null, null, null, null, null);
    }

    public CourseModules modules(long courseId, Long actorId) {
        long actor = actors.requireAuthor(actorId).id();
        Course course = ownership.course(courseId, actor, false);
        return new CourseModules(courseId, course.getTitle(), items(courseId));
    }

    /**
     * Makes the course's modules exactly the given rows ({@code @Valid}, each by its own rules), in their order: rows
     * with an id update that module, rows without one add a module, and modules not among the rows are deleted with
     * their contents and files.
     */
    public void saveAll(long courseId, Long actorId, @Valid List<ModuleDraft> rows) {
        long actor = actors.requireAuthor(actorId).id();
        Course course = ownership.course(courseId, actor, true);
        Map<Long, Module> existing = ordered(courseId).stream()
                .collect(Collectors.toMap(Module::getId, Function.identity()));
        Set<Long> kept = new HashSet<>();
        List<Module> result = new ArrayList<>();
        for (ModuleDraft row : rows) {
            Module module;
            if (row.getId() == null) {
                module = new Module(course, row.getTitle(), row.getDescription(), result.size());
                em.persist(module);
            } else {
                module = existing.get(row.getId());
                if (module == null || !kept.add(row.getId())) {
                    throw new NotFoundException("module " + row.getId() + " of course " + courseId);
                }
                module.setTitle(row.getTitle());
                module.setDescription(row.getDescription());
            }
            result.add(module);
        }
        List<Module> removed = existing.values().stream().filter(module -> !kept.contains(module.getId())).toList();
        if (!removed.isEmpty()) {
            files.deleteAfterCommit(em.createNamedQuery("Content.fileNamesOfModules", String.class)
                    .setParameter("moduleIds", removed.stream().map(Module::getId).toList())
                    .getResultList());
            removed.forEach(em::remove);
        }
        Positions.number(result, Module::setPosition);
        em.flush();
        result.forEach(module -> moduleChanged.fire(new ModuleChanged(courseId, module.getId())));
        removed.forEach(module -> moduleChanged.fire(new ModuleChanged(courseId, module.getId())));
    }

    /** Moves the module to {@code index} (0 is first) among its course's modules; returns them in the new order. */
    public List<ModuleItem> moveTo(long moduleId, Long actorId, int index) {
        return reorder(moduleId, actorId, from -> index);
    }

    /** Moves the module {@code by} places: one up ({@code -1}) or down ({@code +1}); returns the new order. */
    public List<ModuleItem> move(long moduleId, Long actorId, int by) {
        return reorder(moduleId, actorId, from -> from + by);
    }

    /** One reorder, one transaction: the course is checked and locked once, the order is read once. */
    private List<ModuleItem> reorder(long moduleId, Long actorId, IntUnaryOperator target) {
        long actor = actors.requireAuthor(actorId).id();
        long courseId = ownership.courseIdOf(moduleId);
        ownership.course(courseId, actor, true);
        List<Module> modules = ordered(courseId);
        Module module = modules.stream().filter(m -> m.getId() == moduleId).findFirst()
                .orElseThrow(() -> new NotFoundException("module " + moduleId));
        List<Module> order = Positions.number(
                Positions.moveTo(modules, module, target.applyAsInt(modules.indexOf(module))), Module::setPosition);
        moduleChanged.fire(new ModuleChanged(courseId, moduleId));
        return order.stream()
                .map(m -> new ModuleItem(m.getId(), m.getTitle(), m.getDescription(), m.getPosition()))
                .toList();
    }

    List<ModuleItem> items(long courseId) {
        return em.createNamedQuery("Study.modules", ModuleItem.class)
                .setParameter("courseId", courseId)
                .getResultList();
    }

    private List<Module> ordered(long courseId) {
        return em.createNamedQuery("Module.findByCourse", Module.class)
                .setParameter("courseId", courseId)
                .getResultList();
    }
}
