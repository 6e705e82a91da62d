package org.educa.view.course;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.educa.business.authoring.ModuleDraft;
import org.educa.business.learning.ModuleItem;

/** The rows of the modules form: a draft per module of the course, and the rows added and removed in the page. */
public class ModuleRows implements Serializable {

    private static final long serialVersionUID = -4351245324782399428L;

    private final List<ModuleDraft> list;

    /** The course's modules in their order, or one empty row for a course without any. */
    ModuleRows(List<ModuleItem> modules) {
        list = new ArrayList<>(modules.stream().map(ModuleDraft::of).toList());
        if (list.isEmpty()) {
            add();
        }
    }

    public void add() {
        list.add(ModuleDraft.empty());
    }

    public void remove(ModuleDraft row) {
        list.remove(row);
    }

    public List<ModuleDraft> getList() {
        return list;
    }
}
