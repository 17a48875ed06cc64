package org.quotebench.store;

/** Issue 25: every test of {@link ArticlesAndSearchTest} on a library on a real PostgreSQL server. */
class ArticlesAndSearchOnServerTest extends ArticlesAndSearchTest {
    @Override
    Workspace openWorkspace() {
        return ServerLibraries.fresh();
    }
}
