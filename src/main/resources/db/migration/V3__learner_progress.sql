-- Issue 14: the learner's path. A student marks modules done; the rows belong to the student and the module, not to
-- the enrollment, so that leaving a course and enrolling again later finds the progress again. One row per student
-- and module, however often or however simultaneously it is asked for.
CREATE TABLE module_completion (
    id         BIGINT    NOT NULL PRIMARY KEY,
    student_id BIGINT    NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    course_id  BIGINT    NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    module_id  BIGINT    NOT NULL REFERENCES course_module (id) ON DELETE CASCADE,
    created    TIMESTAMP NOT NULL,
    updated    TIMESTAMP NOT NULL,
    CONSTRAINT uk_module_completion_student_module UNIQUE (student_id, module_id)
);
-- A student's progress in a course (study pages, "my courses"), and a course's students' progress (the roster).
CREATE INDEX ix_module_completion_student_course ON module_completion (student_id, course_id);
CREATE INDEX ix_module_completion_course_student ON module_completion (course_id, student_id);
CREATE INDEX ix_module_completion_module ON module_completion (module_id);

-- Where each enrollment left off: the module its student opened last (forgotten when that module is deleted), and
-- when they last studied in it (the roster's "last activity"); both written only when the module changes.
ALTER TABLE enrollment ADD COLUMN last_module_id BIGINT REFERENCES course_module (id) ON DELETE SET NULL;
ALTER TABLE enrollment ADD COLUMN last_activity TIMESTAMP;
UPDATE enrollment SET last_activity = created;
CREATE INDEX ix_enrollment_last_module ON enrollment (last_module_id);
