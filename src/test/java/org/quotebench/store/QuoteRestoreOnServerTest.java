package org.quotebench.store;

/** Issue 25: every test of {@link QuoteRestoreTest} on a library on a real PostgreSQL server. */
class QuoteRestoreOnServerTest extends QuoteRestoreTest {
    @Override
    Workspace openWorkspace() {
        return ServerLibraries.fresh();
    }
}
