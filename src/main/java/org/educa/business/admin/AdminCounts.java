package org.educa.business.admin;

import java.io.Serializable;

/** The totals on the administrator's dashboard. Built by the query "Admin.counts". */
public record AdminCounts(Long users, Long subjects, Long courses, Long enrollments) implements Serializable {
}
