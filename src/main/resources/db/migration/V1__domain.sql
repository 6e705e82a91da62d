-- Educa's domain. Written in the SQL that H2 2.x and PostgreSQL 13+ both accept.

-- One id sequence for every table; EclipseLink takes ids in blocks of 50 (BaseEntity.ID_BLOCK),
-- so the sequence hands out the upper end of each block.
CREATE SEQUENCE entity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE app_user (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(150) NOT NULL,
    username_key  VARCHAR(150) NOT NULL,
    first_name    VARCHAR(150) NOT NULL DEFAULT '',
    last_name     VARCHAR(150) NOT NULL DEFAULT '',
    email         VARCHAR(254) NOT NULL DEFAULT '',
    password_hash VARCHAR(512) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created       TIMESTAMP    NOT NULL,
    updated       TIMESTAMP    NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username_key)
);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    VARCHAR(20) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (user_id, role)
);

CREATE TABLE subject (
    id      BIGINT       NOT NULL PRIMARY KEY,
    title   VARCHAR(200) NOT NULL,
    slug    VARCHAR(200) NOT NULL,
    created TIMESTAMP    NOT NULL,
    updated TIMESTAMP    NOT NULL,
    CONSTRAINT uk_subject_slug UNIQUE (slug)
);
CREATE INDEX ix_subject_title ON subject (title);

CREATE TABLE course (
    id         BIGINT        NOT NULL PRIMARY KEY,
    owner_id   BIGINT        NOT NULL REFERENCES app_user (id),
    subject_id BIGINT        NOT NULL REFERENCES subject (id),
    title      VARCHAR(200)  NOT NULL,
    slug       VARCHAR(200)  NOT NULL,
    overview   VARCHAR(5000) NOT NULL DEFAULT '',
    created    TIMESTAMP     NOT NULL,
    updated    TIMESTAMP     NOT NULL,
    CONSTRAINT uk_course_slug UNIQUE (slug)
);
-- The catalog lists newest first, overall and per subject; instructors list their own.
CREATE INDEX ix_course_created ON course (created DESC, id DESC);
CREATE INDEX ix_course_subject_created ON course (subject_id, created DESC, id DESC);
CREATE INDEX ix_course_owner ON course (owner_id, created DESC);

CREATE TABLE course_module (
    id          BIGINT        NOT NULL PRIMARY KEY,
    course_id   BIGINT        NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    title       VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NOT NULL DEFAULT '',
    position    INTEGER       NOT NULL,
    created     TIMESTAMP     NOT NULL,
    updated     TIMESTAMP     NOT NULL
);
CREATE INDEX ix_module_course_position ON course_module (course_id, position);

-- All four kinds of content in one table (single-table inheritance, discriminator "kind").
CREATE TABLE content (
    id            BIGINT         NOT NULL PRIMARY KEY,
    kind          VARCHAR(10)    NOT NULL,
    module_id     BIGINT         NOT NULL REFERENCES course_module (id) ON DELETE CASCADE,
    owner_id      BIGINT         NOT NULL REFERENCES app_user (id),
    title         VARCHAR(250)   NOT NULL,
    position      INTEGER        NOT NULL,
    body          VARCHAR(20000),
    url           VARCHAR(500),
    file_name     VARCHAR(100),
    original_name VARCHAR(255),
    media_type    VARCHAR(100),
    file_size     BIGINT,
    created       TIMESTAMP      NOT NULL,
    updated       TIMESTAMP      NOT NULL,
    CONSTRAINT ck_content_kind CHECK (kind IN ('TEXT', 'FILE', 'IMAGE', 'VIDEO'))
);
CREATE INDEX ix_content_module_position ON content (module_id, position);
CREATE UNIQUE INDEX uk_content_file_name ON content (file_name);

CREATE TABLE enrollment (
    id         BIGINT    NOT NULL PRIMARY KEY,
    course_id  BIGINT    NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    student_id BIGINT    NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created    TIMESTAMP NOT NULL,
    updated    TIMESTAMP NOT NULL,
    CONSTRAINT uk_enrollment_course_student UNIQUE (course_id, student_id)
);
-- "My courses" lists by student; the unique constraint already serves lookups by course.
CREATE INDEX ix_enrollment_student ON enrollment (student_id, created DESC);
