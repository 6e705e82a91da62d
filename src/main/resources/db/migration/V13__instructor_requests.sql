-- Issue 17, item 5: a student asks to teach, an administrator grants or refuses. A person has at most one open
-- request: while a request is open, open_for holds its user's id (NULL once decided), and the unique constraint on it
-- refuses a second one even when two arrive at once (a partial unique index would say the same, but H2 has none).
-- The requests go with their user (ON DELETE CASCADE); the administrator who decided may leave (ON DELETE SET NULL).
CREATE TABLE instructor_request (
    id         BIGINT        NOT NULL PRIMARY KEY,
    user_id    BIGINT        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    motivation VARCHAR(1000) NOT NULL,
    status     VARCHAR(10)   NOT NULL,
    open_for   BIGINT        REFERENCES app_user (id) ON DELETE CASCADE,
    reason     VARCHAR(500)  DEFAULT '' NOT NULL,
    decided_by BIGINT        REFERENCES app_user (id) ON DELETE SET NULL,
    decided    TIMESTAMP,
    created    TIMESTAMP     NOT NULL,
    updated    TIMESTAMP     NOT NULL,
    CONSTRAINT uk_instructor_request_open_for UNIQUE (open_for),
    CONSTRAINT ck_instructor_request_status CHECK (status IN ('OPEN', 'GRANTED', 'REFUSED'))
);
-- A person's latest request (the teach page), and the open ones oldest first (the administrators' page and count).
CREATE INDEX ix_instructor_request_user ON instructor_request (user_id, created);
CREATE INDEX ix_instructor_request_status ON instructor_request (status, created);
CREATE INDEX ix_instructor_request_decided_by ON instructor_request (decided_by);
