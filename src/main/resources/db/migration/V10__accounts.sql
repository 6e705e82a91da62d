-- Issue 17: accounts their owners manage. The language mails are written in; whether the e-mail address has been
-- confirmed (only a confirmed address receives password resets); and a number that goes up whenever every session
-- of the account must end (a new password, a reset, a deleted account): a session signed in under an older number
-- is signed out at its next request, on whichever cluster member it arrives.
ALTER TABLE app_user ADD COLUMN language VARCHAR(5) DEFAULT 'en' NOT NULL;
ALTER TABLE app_user ADD COLUMN email_verified BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD COLUMN session_version INTEGER DEFAULT 0 NOT NULL;
