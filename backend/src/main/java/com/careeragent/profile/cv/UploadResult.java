package com.careeragent.profile.cv;

import com.careeragent.profile.details.ProfileView;
import com.careeragent.profile.parse.ParsedCv;

/**
 * The answer to a CV upload.
 *
 * @param parser         {@code anthropic} or {@code offline}: which parser produced {@code parsed}
 * @param fallbackReason why the offline parser stood in although a model is configured, else null
 * @param cached         the model's earlier answer for the same text was reused
 * @param parsed         what the CV says, field by field (for the review screen)
 * @param profile        the profile after the parsed values were applied (hand-edited fields kept)
 */
public record UploadResult(CvDocument cv, String parser, String fallbackReason, boolean cached, ParsedCv parsed,
        ProfileView profile) {
}
