package com.careeragent.profile.skills;

import java.math.BigDecimal;

/**
 * A skill on a user's profile.
 *
 * @param origin {@code cv} (found in the uploaded CV) or {@code manual} (added or edited by the user)
 * @param custom the taxonomy does not know it; it is the user's own
 */
public record UserSkill(String name, String level, BigDecimal years, String origin, String evidence, boolean custom) {
}
