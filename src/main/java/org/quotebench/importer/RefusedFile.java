package org.quotebench.importer;

import java.nio.file.Path;
import org.quotebench.core.QuotebenchException;

/** A file that cannot be imported, with the reason in words a user understands. Nothing of it is stored. */
public class RefusedFile extends QuotebenchException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String reason;

    public RefusedFile(String file, String reason) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    public RefusedFile(Path file, String reason) {
        this(file.toString(), reason);
    }

    public String file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
