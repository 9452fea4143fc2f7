/**
 * Accounts and sign-in: registration, password login with throttling, JWT access tokens, account
 * deletion, and who administers the installation ({@link com.careeragent.auth.Administrators}). Other
 * modules receive the signed-in {@link com.careeragent.auth.UserId} as a controller argument.
 */
package com.careeragent.auth;
