-- Issue 15, course images: a course's cover, the name of its stored file (in the media directory): the first 32 hex
-- digits of the SHA-256 of its bytes and the format's extension, so that the name is the content hash the cover's
-- URL carries and a changed image gets a new URL. NULL: no cover (the pages draw a placeholder).
ALTER TABLE course ADD COLUMN image VARCHAR(40);
CREATE INDEX ix_course_image ON course (image);
