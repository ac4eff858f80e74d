-- Settings every server of a team shares, kept whole as text: the sign-in accounts (accounts.json,
-- whose passwords are Argon2id hashes) and the project's segmentation rules (segmentation.srx).
-- A store one process owns keeps them in its data folder instead.

CREATE SEQUENCE team_file_revisions;

CREATE TABLE team_files (
    name      text PRIMARY KEY,
    revision  bigint NOT NULL,           -- changes with every write: lets a server keep its parsed copy
    body      text NOT NULL
);
