-- Issue 15, drafts: the public catalog lists published courses only, newest first, overall and per subject, and
-- counts each subject's published courses. These indexes lead with what the page-id queries filter on, so a late
-- page and a subject's count still read an index in order rather than skipping drafts row by row at 20,000 courses.
-- The older (created, id) and (subject_id, created, id) indexes stay: administrators list every course, drafts too.
CREATE INDEX ix_course_published_created ON course (published, created DESC, id DESC);
CREATE INDEX ix_course_subject_published_created ON course (subject_id, published, created DESC, id DESC);
