-- Issue 15, formatted text: course overviews and text items are written in Markdown and shown as HTML rendered once,
-- when they are saved (org.educa.model.Markdown), and stored here beside their source; pages output it as it is.
-- The rows written before get their HTML from the Java migration 6.1 (org.educa.config.startup.RenderFormattedText);
-- whatever writes rows by SQL (the benchmark's generator) writes the HTML too. No page renders Markdown on a request.
-- Unbounded in practice: escaping can make HTML several times longer than its source (at most 5,000 and 20,000 chars).
ALTER TABLE course ADD COLUMN overview_html VARCHAR(1000000);
ALTER TABLE content ADD COLUMN body_html VARCHAR(1000000);
