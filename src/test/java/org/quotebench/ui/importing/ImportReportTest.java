package org.quotebench.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Check for changes reads as a check ("Checked 3 pages: 1 changed…"), not as an import of nothing. */
class ImportReportTest {
    @Test
    void checkingForChangesSaysWhatChanged() {
        ImportReport check = new ImportReport(true);
        check.imported(7);
        check.changed("https://courier.example/ferry (version 2 is article 7)");
        check.duplicate("https://courier.example/bridge (the text of article 3)");
        check.refused("http://127.0.0.1:8765/story.html: is a local or private address (127.0.0.1), …");
        assertThat(check.headline()).isEqualTo("Checked 3 pages: 1 changed (a new version), 1 unchanged, 1 refused.");
        assertThat(check.details()).containsExactly("Refused: http://127.0.0.1:8765/story.html: is a local or private address (127.0.0.1), …",
                "Changed: https://courier.example/ferry (version 2 is article 7)",
                "Unchanged: https://courier.example/bridge (the text of article 3)");

        ImportReport nothing = new ImportReport(true);
        nothing.duplicate("https://courier.example/bridge (the text of article 3)");
        assertThat(nothing.headline()).isEqualTo("Checked 1 page: 0 changed, 1 unchanged, 0 refused.");
    }

    @Test
    void anImportStillCountsImports() {
        ImportReport imported = new ImportReport();
        imported.imported(1);
        imported.duplicate("bridge.txt (the text of article 1)");
        assertThat(imported.headline()).isEqualTo("Imported 1 article, 1 skipped as duplicate, 0 refused.");
    }
}
