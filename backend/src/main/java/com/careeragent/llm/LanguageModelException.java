package com.careeragent.llm;

/** The model gave no usable answer; {@link #reason()} says why, for logs and for fallbacks. */
public class LanguageModelException extends RuntimeException {

    public enum Reason {
        /** No provider configured. */
        UNAVAILABLE,
        /** No answer within the timeout. */
        TIMEOUT,
        /** Still rate-limited (429) or overloaded (529) after the retries. */
        OVERLOADED,
        /** An answer came back but it is cut off, refused, not JSON, or fails the schema. */
        INVALID_ANSWER,
        /** Anything else: network, authentication, a 4xx/5xx from the provider. */
        FAILED
    }

    private final Reason reason;

    public LanguageModelException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public LanguageModelException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
