package org.quotebench.importer.web;

/**
 * Where an address to fetch comes from, which says whether it may lead into the user's own machine or
 * network (localhost, a private or link-local address such as a cloud's metadata service): only an
 * address the user gave may.
 */
public enum AddressSource {
    /** Typed, pasted or given on the command line by the user: may be on their own network. */
    GIVEN(""),
    /** An item of a feed on the internet. */
    FEED_ON_THE_INTERNET("which a feed on the internet may not lead to"),
    /**
     * An article's address stored in the workspace, fetched again for changes: it may have come in with
     * someone else's bundle or file, so it is treated as theirs unless the user allows it.
     */
    STORED("which an address stored in the workspace may not lead to unless you say so: it may have come with someone else's file");

    private final String refusal;

    AddressSource(String refusal) {
        this.refusal = refusal;
    }

    /** Whether the address may be on the user's own machine or network. */
    boolean mayBeLocal() {
        return this == GIVEN;
    }

    /** Why such an address on the user's network is not fetched, after "is a local or private address (host), ". */
    String refusal() {
        return refusal;
    }

    /** The source of an address a feed listed ({@code fromTheInternet}) or the user gave. */
    public static AddressSource of(boolean fromTheInternet) {
        return fromTheInternet ? FEED_ON_THE_INTERNET : GIVEN;
    }
}
