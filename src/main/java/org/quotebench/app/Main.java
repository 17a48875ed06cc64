package org.quotebench.app;

/** Starts Quotebench: the window when there is no command, the command line otherwise. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}
