-- What a JSON store keeps in its folder besides documents, now in the database so that every
-- server of a team sees the same: the glossary, the reference memories, and each translation's
-- ignored QA findings. The small JSON files are kept as their exact text (not jsonb, which
-- reorders keys), so that db export writes them back byte for byte.

CREATE SEQUENCE project_file_revisions;

CREATE TABLE project_files (
    name      text PRIMARY KEY,          -- the file's name in a JSON store: glossary.json
    revision  bigint NOT NULL,           -- changes with every write: lets a server keep its parsed copy
    body      text NOT NULL
);

CREATE TABLE translation_files (
    document  text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    language  text NOT NULL,
    name      text NOT NULL,             -- qa for <lang>.qa.json (the ignored QA findings)
    body      text NOT NULL,
    PRIMARY KEY (document, language, name)
);

CREATE TABLE reference_memories (
    name      text PRIMARY KEY,
    listing   text NOT NULL,             -- the ReferenceMemory as _memories/memories.json lists it
    content   bytea NOT NULL             -- the TMX file as it was added
);
