package dev.tandem.web.auth;

import java.util.function.UnaryOperator;

/** Where the accounts are kept: a data folder's file (one server), or the team's database (every server of it). */
interface AccountStorage {

    /** Changes when the accounts may have changed, so that a server notices accounts added elsewhere. */
    String stamp();

    AccountFile.Content read();

    /** Reads the accounts, changes them and writes the result as one step; other writers' changes are not lost. */
    AccountFile.Content update(UnaryOperator<AccountFile.Content> change);

    /** For the user: where the accounts went. */
    String where();
}
