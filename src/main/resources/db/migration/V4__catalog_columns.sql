-- Issue 15: a catalog worth browsing. The two columns every part of it reads, added first so that each part
-- (drafts, counts, sorting, search) builds on the same schema; each part adds its own indexes in its own migration.
--
-- Whether a course is in the public catalog. Every course that exists already was public, so it stays published;
-- a course created from now on starts as a draft (the entity says so).
ALTER TABLE course ADD COLUMN published BOOLEAN DEFAULT TRUE NOT NULL;
-- How many students are enrolled, kept by the statements that enroll and leave (never written from the entity), so
-- that cards, overviews and "most students" read one column instead of counting enrollments.
ALTER TABLE course ADD COLUMN students INTEGER DEFAULT 0 NOT NULL;
UPDATE course SET students = (SELECT COUNT(*) FROM enrollment e WHERE e.course_id = course.id);
