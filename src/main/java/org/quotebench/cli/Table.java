package org.quotebench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for people reading the terminal; long cells are cut so that rows stay on one line. */
final class Table {
    private static final int WIDEST = 48;
    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = headers;
    }

    void row(String... cells) {
        String[] clean = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i] == null ? "" : cells[i].replaceAll("\\s+", " ").strip();
            clean[i] = cell.codePointCount(0, cell.length()) > WIDEST
                    ? cell.substring(0, cell.offsetByCodePoints(0, WIDEST - 1)) + "…" : cell;
        }
        rows.add(clean);
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            widths[i] = headers[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        line(out, headers, widths);
        rows.forEach(row -> line(out, row, widths));
        out.flush();
    }

    private static void line(PrintWriter out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(cells[i]);
            if (i < cells.length - 1) {
                line.append(" ".repeat(widths[i] - cells[i].codePointCount(0, cells[i].length()) + 2));
            }
        }
        out.println(line.toString().stripTrailing());
    }
}
