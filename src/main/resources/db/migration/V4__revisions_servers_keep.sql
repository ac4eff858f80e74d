-- What a server may keep between requests, and how it learns that it changed: the list of
-- documents with their languages (the catalog), and each translation's units. A server asks for
-- one number instead of reading them again.

-- One row, moved on by every commit that adds, replaces or removes a document or a language. The
-- triggers run at commit (deferred), so the row is locked only while a transaction commits.
CREATE TABLE catalog (
    only_row  boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    revision  bigint NOT NULL
);
INSERT INTO catalog (revision) VALUES (0);

CREATE FUNCTION catalog_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE catalog SET revision = revision + 1;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER documents_move_catalog AFTER INSERT OR UPDATE OR DELETE ON documents
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalog_changed();
CREATE CONSTRAINT TRIGGER translations_move_catalog AFTER INSERT OR DELETE ON translations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalog_changed();

-- A new value from the sequence with every change of the translation's units, in the change's
-- transaction: a value is never reused, so a copy kept under a revision that was rolled back or
-- belongs to a deleted row never matches again.
CREATE SEQUENCE translation_revisions;
ALTER TABLE translations ADD COLUMN revision bigint NOT NULL DEFAULT nextval('translation_revisions');
