package org.educa.business.catalog;

import java.io.Serializable;

/** A subject of the catalog sidebar with the number of its courses. Built by the query "Catalog.subjectCounts". */
public record SubjectCount(Long id, String slug, String title, Long courses) implements Serializable {
}
