package org.parallax.account;

/**
 * Who is acting. Every change a user makes is recorded with {@link #id()}. Until accounts
 * arrive this is always the single local user; a later login replaces the implementation,
 * not its callers.
 */
public interface CurrentUser {

    long id();

    String displayName();
}
