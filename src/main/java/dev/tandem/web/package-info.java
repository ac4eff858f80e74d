/**
 * The web layer: a Javalin server with the JSON API under {@code /api} and the page from
 * {@code web/}. Handlers parse and validate input, call {@link dev.tandem.app.Workbench}, and
 * return JSON; errors map to {@code {"error": …}} in one place.
 */
package dev.tandem.web;
