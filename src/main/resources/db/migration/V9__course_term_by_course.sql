-- Issue 15, search at scale: a search that starts from its rarest word checks each of its courses for the other words
-- ("does course 812 have a term from 'exer' to 'exes'?"), and one whose words are all common walks the catalog's own
-- order and asks the same of each course (CourseSearch). Both are one seek into this index, where the index on the
-- course alone read every term of the course. It also serves the cascade when a course is deleted.
CREATE INDEX ix_course_term_course_term ON course_term (course_id, term);
DROP INDEX ix_course_term_course;

-- A search of common words lists the courses with a word in their title first: the title terms by prefix, one range.
CREATE INDEX ix_course_term_origin ON course_term (origin, term, course_id);
