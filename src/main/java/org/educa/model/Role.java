package org.educa.model;

/** What a user may do. Every registered user is a student; administrators grant the other roles. */
public enum Role {
    STUDENT,
    INSTRUCTOR,
    ADMIN;

    /** Role names as the container knows them, for {@code @DeclareRoles} and {@code @RolesAllowed}. */
    public static final String STUDENT_NAME = "STUDENT";
    public static final String INSTRUCTOR_NAME = "INSTRUCTOR";
    public static final String ADMIN_NAME = "ADMIN";
}
