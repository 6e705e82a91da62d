-- Issue 15, search and sorting.
--
-- The search index: each course's terms (SearchWords: letters and digits, lower case, without accents, at most 40
-- characters), with where each comes from: T title, O overview, S subject, I instructor. A search reads it by prefix
-- through the primary key (term first), never the course table's texts. Kept by CourseTerms in the transaction of
-- each change; courses that exist already are indexed at start-up (CourseTerms.indexMissing). On PostgreSQL the
-- terms compare byte by byte (Migrations sets termCollation to COLLATE "C"), so that a prefix is a range of the index
-- whatever the database's locale; H2 always compares so.
CREATE TABLE course_term (
    term      VARCHAR(40) ${termCollation} NOT NULL,
    course_id BIGINT      NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    origin    CHAR(1)     NOT NULL,
    CONSTRAINT pk_course_term PRIMARY KEY (term, course_id, origin)
);
CREATE INDEX ix_course_term_course ON course_term (course_id);

-- The catalog's orders over published courses, overall and per subject, each ending on the id so that the order is
-- total: a page's ids come from the index alone, and a late page costs what the first does.
CREATE INDEX ix_course_published_title ON course (published, title, id);
CREATE INDEX ix_course_subject_published_title ON course (subject_id, published, title, id);
CREATE INDEX ix_course_published_students ON course (published, students DESC, id DESC);
CREATE INDEX ix_course_subject_published_students ON course (subject_id, published, students DESC, id DESC);
