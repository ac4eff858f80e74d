/**
 * The shared vocabulary of Tandem: small immutable records (documents, blocks, segments, units)
 * and the one project exception. Depends on nothing but the JDK.
 */
package dev.tandem.model;
