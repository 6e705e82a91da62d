-- Issue 17: "Forgot your password?". A reset link's token is kept only as its SHA-256 hash (a copy of the table gives
-- no working link); it expires, is deleted once used, and is dead as soon as the account's session number moves on
-- (a password change or another reset), which the row records as it was when the link was made.
CREATE TABLE password_reset (
    id              BIGINT      NOT NULL PRIMARY KEY,
    user_id         BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash      VARCHAR(64) NOT NULL,
    session_version INTEGER     NOT NULL,
    expires         TIMESTAMP   NOT NULL,
    created         TIMESTAMP   NOT NULL,
    updated         TIMESTAMP   NOT NULL,
    CONSTRAINT uk_password_reset_token UNIQUE (token_hash)
);
CREATE INDEX ix_password_reset_user ON password_reset (user_id);
