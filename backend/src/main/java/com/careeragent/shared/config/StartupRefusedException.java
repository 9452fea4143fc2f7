package com.careeragent.shared.config;

/** The configuration is unsafe or invalid; the app refuses to start and names the variable to fix. */
public class StartupRefusedException extends RuntimeException {

    private final String variable;

    public StartupRefusedException(String variable, String message) {
        super(message);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
