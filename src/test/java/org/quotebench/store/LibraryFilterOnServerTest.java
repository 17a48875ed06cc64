package org.quotebench.store;

/** Issue 25: every test of {@link LibraryFilterTest} on a library on a real PostgreSQL server. */
class LibraryFilterOnServerTest extends LibraryFilterTest {
    @Override
    Workspace openWorkspace() {
        return ServerLibraries.fresh();
    }
}
