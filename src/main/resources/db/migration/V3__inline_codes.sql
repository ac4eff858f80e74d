-- Inline codes (links, emphasis, line breaks) of a target and of its earlier versions, as the JSON
-- array the JSON store writes in "codes"; NULL when the text has none.
ALTER TABLE units ADD COLUMN codes jsonb;
ALTER TABLE history ADD COLUMN codes jsonb;
