-- Each subject's number of published courses, which the catalog's sidebar shows on every page and its pager adds up.
-- Counting them per request scanned an index entry for every published course: 4-6 ms of PostgreSQL's time per
-- catalog page at 100,000 courses, more than the rest of the page. SubjectCourseCounts recounts the column in the
-- transaction of every change of a course (publishing, unpublishing, moving, deleting), so it is never behind.
ALTER TABLE subject ADD COLUMN published_courses BIGINT DEFAULT 0 NOT NULL;

UPDATE subject SET published_courses = (SELECT COUNT(*) FROM course c WHERE c.subject_id = subject.id AND c.published = TRUE);

-- The one row every recount locks first, so that transactions changing courses at the same time recount one after
-- the other, each counting what the one before it committed (in READ COMMITTED a statement that waited for a row
-- lock would otherwise write counts read before that commit). No other table refers to it, so taking it cannot
-- deadlock with the locks that inserting a course takes on its subject.
CREATE TABLE subject_count_lock (
    id INTEGER PRIMARY KEY
);

INSERT INTO subject_count_lock (id) VALUES (1);
