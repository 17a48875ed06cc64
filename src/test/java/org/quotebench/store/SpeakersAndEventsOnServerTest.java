package org.quotebench.store;

/** Issue 25: every test of {@link SpeakersAndEventsTest} on a library on a real PostgreSQL server. */
class SpeakersAndEventsOnServerTest extends SpeakersAndEventsTest {
    @Override
    Workspace openWorkspace() {
        return ServerLibraries.fresh();
    }
}
