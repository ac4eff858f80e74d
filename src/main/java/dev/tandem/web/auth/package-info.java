/**
 * Accounts for a server that others can reach: names, Argon2id password hashes, roles
 * (administrator; translator or reviewer of a language) and API tokens, kept in
 * {@code <data>/.tandem/accounts.json}, a file that is never committed. No HTTP here: the web
 * package signs people in with these; the CLI manages them.
 */
package dev.tandem.web.auth;
