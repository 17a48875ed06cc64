package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotebench.core.QuoteChange;
import org.quotebench.core.Verdict;

/** Issue 25: every test of {@link EditConflictsTest} by two sessions on one library on a real PostgreSQL server. */
class EditConflictsOnServerTest extends EditConflictsTest {
    @Override
    String location() {
        return ServerLibraries.freshAddress();
    }

    /** On a server, the login: the server vouches for it, a quote's annotator name does not change it. */
    @Override
    String changer(String annotator) {
        return PostgresServer.SUPERUSER;
    }

    @Test
    void onAServerTheChangeIsTheDatabaseUsersWhenNoNameIsGiven() {
        assertThat(ana.quotes().edit(quote.id(), 1, QuoteChange.none().withVerdict(Verdict.MISQUOTED)).revision().by())
                .contains(PostgresServer.SUPERUSER);
    }
}
