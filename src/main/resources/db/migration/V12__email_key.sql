-- Issue 17 (profile): an e-mail address belongs to one account, regardless of case. email_key is the address in
-- lower case, NULL for an account without one (several accounts may have none: NULLs never collide in a unique
-- index, on H2 as on PostgreSQL). Accounts that already shared an address keep it, but only the oldest holds its key.
ALTER TABLE app_user ADD COLUMN email_key VARCHAR(254);
UPDATE app_user SET email_key = LOWER(email)
    WHERE email <> '' AND id = (SELECT MIN(other.id) FROM app_user other WHERE LOWER(other.email) = LOWER(app_user.email));
CREATE UNIQUE INDEX uk_app_user_email_key ON app_user (email_key);
