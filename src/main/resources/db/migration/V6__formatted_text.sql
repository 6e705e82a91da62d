-- Issue 15, formatted text: course overviews and text items are written in Markdown and shown as HTML rendered once,
-- when they are saved (org.educa.model.Markdown), and stored here beside their source; pages output it as it is.
-- Rows written before (or by the benchmark's generator, which writes SQL) have no HTML yet: at start-up Educa renders
-- the rows whose HTML is NULL (FormattedTextBackfill), so no page ever renders Markdown on a request.
-- Unbounded in practice: escaping can make HTML several times longer than its source (at most 5,000 and 20,000 chars).
ALTER TABLE course ADD COLUMN overview_html VARCHAR(1000000);
ALTER TABLE content ADD COLUMN body_html VARCHAR(1000000);
