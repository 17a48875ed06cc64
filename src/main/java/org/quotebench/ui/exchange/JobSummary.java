package org.quotebench.ui.exchange;

import java.util.List;
import org.quotebench.ui.JobDialog;

/** A finished export or annotation import: one headline and the lines worth reading. */
public record JobSummary(String headline, List<String> details) implements JobDialog.Summary {
    public JobSummary {
        details = List.copyOf(details);
    }
}
