package org.quotebench.ui.inspector;

import java.util.List;
import java.util.function.UnaryOperator;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteChange;

/** What the inspector asks for; the workbench stores it (with undo) in the background. */
public interface InspectorEdits {
    /** A change of plain fields, described for the undo menu. */
    void change(Quote quote, String description, UnaryOperator<QuoteChange> change);

    /** Sets the speaker by name or alias (created when new); a blank name removes it. */
    void speaker(Quote quote, String name);

    /** Sets the quote's events by name (created when new). */
    void events(Quote quote, List<String> names);
}
