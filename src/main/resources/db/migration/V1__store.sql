-- The store on PostgreSQL: the same data as the JSON folder (translations/), one row per unit.
-- Instants are kept as ISO-8601 text: Java's Instant carries nanoseconds, timestamptz only
-- microseconds, and an export must give back the JSON files byte for byte.

CREATE TABLE documents (
    id        text PRIMARY KEY,
    revision  bigint NOT NULL,          -- changes with every import: lets a server reuse its parsed copy
    body      jsonb NOT NULL            -- the Document record (source.json)
);

CREATE SEQUENCE document_revisions;

CREATE TABLE translations (
    document  text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    language  text NOT NULL,
    PRIMARY KEY (document, language)    -- its row is locked by every change of the translation
);

CREATE TABLE units (
    document    text NOT NULL,
    language    text NOT NULL,
    position    integer NOT NULL,
    id          text NOT NULL,
    sources     text[] NOT NULL,
    target      text NOT NULL,
    status      text NOT NULL,
    rev         bigint NOT NULL,
    updated     text,
    by_name     text,
    source_hash text,
    note        text,
    sub_state   text,
    PRIMARY KEY (document, language, id),
    FOREIGN KEY (document, language) REFERENCES translations ON DELETE CASCADE
);

CREATE INDEX units_in_order ON units (document, language, position);

CREATE TABLE history (
    seq       bigserial PRIMARY KEY,    -- the order entries were written (oldest first)
    document  text NOT NULL,
    language  text NOT NULL,
    unit      text NOT NULL,
    rev       bigint NOT NULL,
    target    text NOT NULL,
    status    text NOT NULL,
    by_name   text,
    updated   text,
    UNIQUE (document, language, unit, rev),
    FOREIGN KEY (document) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE TABLE comments (
    document    text NOT NULL,
    language    text NOT NULL,
    position    integer NOT NULL,
    id          text NOT NULL,
    unit        text NOT NULL,
    body        text NOT NULL,
    by_name     text,
    created     text,
    resolved    boolean NOT NULL,
    resolved_by text,
    resolved_at text,
    PRIMARY KEY (document, language, id),
    FOREIGN KEY (document) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE TABLE alignments (
    document  text NOT NULL,
    language  text NOT NULL,
    body      jsonb NOT NULL,
    PRIMARY KEY (document, language),
    FOREIGN KEY (document) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE TABLE progress (
    document  text NOT NULL,
    language  text NOT NULL,
    body      jsonb NOT NULL,
    PRIMARY KEY (document, language),
    FOREIGN KEY (document) REFERENCES documents (id) ON DELETE CASCADE
);

-- A language taken off a document: everything it held, kept as one JSON value (the JSON store's trash folder).
CREATE TABLE removed_languages (
    seq        bigserial PRIMARY KEY,
    document   text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    language   text NOT NULL,
    removed_at text NOT NULL,
    content    jsonb NOT NULL
);
