package com.careeragent.sources.http;

/**
 * A feed could not be read; the message is shown to operators in run reports and scrape logs.
 * {@code status} is the HTTP status when the site answered with an error, else 0.
 */
public class FetchFailure extends Exception {

    private final int status;

    public FetchFailure(String message) {
        this(message, 0, null);
    }

    public FetchFailure(String message, Throwable cause) {
        this(message, 0, cause);
    }

    public FetchFailure(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
