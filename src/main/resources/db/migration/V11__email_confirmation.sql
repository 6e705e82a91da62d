-- Issue 17, item 4: e-mail addresses are confirmed through a link mailed to them. Each link's token is random and kept
-- only as its SHA-256 (hex), so the table cannot be used to confirm anything; a token confirms the one address it was
-- mailed to (a changed address makes it dead), once, before it expires. An account's tokens go with the account.
CREATE TABLE email_confirmation (
    id         BIGINT       NOT NULL PRIMARY KEY,
    user_id    BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash CHAR(64)     NOT NULL,
    email      VARCHAR(254) NOT NULL,
    expires_at TIMESTAMP    NOT NULL,
    used_at    TIMESTAMP,
    created    TIMESTAMP    NOT NULL,
    updated    TIMESTAMP    NOT NULL,
    CONSTRAINT uk_email_confirmation_token UNIQUE (token_hash)
);
-- An account's links: how many were mailed in the last hour, and the old ones to delete.
CREATE INDEX ix_email_confirmation_user ON email_confirmation (user_id, created);
