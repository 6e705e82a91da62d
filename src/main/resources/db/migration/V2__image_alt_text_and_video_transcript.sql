-- Issue 13: an image item carries its alternative text, a video item an optional caption or transcript shown under
-- the player. Images already stored get their title as alternative text, which is what the study page showed as alt.
ALTER TABLE content ADD COLUMN alt_text VARCHAR(500);
ALTER TABLE content ADD COLUMN transcript VARCHAR(20000);
UPDATE content SET alt_text = title WHERE kind = 'IMAGE';
ALTER TABLE content ADD CONSTRAINT ck_content_image_alt CHECK (kind <> 'IMAGE' OR alt_text IS NOT NULL);
