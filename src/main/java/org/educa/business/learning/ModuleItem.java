package org.educa.business.learning;

import java.io.Serializable;

/** A module in a course's sidebar: "Module 1", its title. The authoring pages list modules with it too. */
public record ModuleItem(Long id, String title, String description, Integer position) implements Serializable {

    /** The number people see, from 1. */
    public int number() {
        return position + 1;
    }
}
