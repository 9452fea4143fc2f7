/**
 * The user's profile and CV: upload with safe text extraction, parsing (Claude or offline) into profile
 * fields, hand corrections, skills (taxonomy or custom) and export. Other modules read it through
 * {@link com.careeragent.profile.Profiles} and react to {@link com.careeragent.profile.ProfileUpdated}.
 */
package com.careeragent.profile;
