package org.quotebench.store;

/** Issue 25: every test of {@link QuotesTest} on a library on a real PostgreSQL server. */
class QuotesOnServerTest extends QuotesTest {
    @Override
    Workspace openWorkspace() {
        return ServerLibraries.fresh();
    }
}
