package com.careeragent.shared.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused start-up as a short explanation instead of a stack trace. */
class StartupRefusedFailureAnalyzer extends AbstractFailureAnalyzer<StartupRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupRefusedException cause) {
        return new FailureAnalysis(
                "Career Agent refused to start: " + cause.getMessage(),
                "Set the environment variable " + cause.variable() + " as the README's configuration table describes.",
                cause);
    }
}
