package com.careeragent.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document is a contract (linted by Redocly and Spectral in the e2e build): every operation
 * is bearer-protected unless it declares {@code security: []}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BEARER = "bearerAuth";

    @Bean
    OpenAPI careerAgentOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Career Agent API")
                        .version("0.1.0")
                        .description("Job search assistant: jobs, CV profiles, explainable matches and insights.")
                        .license(new License().name("Proprietary").identifier("LicenseRef-Proprietary")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("Access token from POST /auth/login")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
