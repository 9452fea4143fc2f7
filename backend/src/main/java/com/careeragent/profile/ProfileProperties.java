package com.careeragent.profile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param uploadsPerHour CV upload requests allowed per client address and hour
 *                       ({@code CAREER_AGENT_CV_UPLOADS_PER_HOUR}); every request counts, refused ones too
 */
@ConfigurationProperties("career-agent.cv")
public record ProfileProperties(@DefaultValue("5") int uploadsPerHour) {
}
