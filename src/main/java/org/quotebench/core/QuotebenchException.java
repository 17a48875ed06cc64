package org.quotebench.core;

/** A problem the user caused or can fix, with a message written for them (never a stack trace). */
public class QuotebenchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QuotebenchException(String message) {
        super(message);
    }

    public QuotebenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
