package org.quotebench.cli;

import org.quotebench.core.CsvCells;
import picocli.CommandLine.Option;

/** {@code --raw-csv}, shared by the commands that write CSV: switches off the neutralising of formula-like cells. */
final class RawCsvOption {
    @Option(names = "--raw-csv", description = "Write CSV text cells exactly as they are. By default a cell starting with = + - @,"
            + " a tab or a carriage return gets a leading ' so that a spreadsheet shows it instead of running it as a formula.")
    boolean raw;

    CsvCells cells() {
        return raw ? CsvCells.RAW : CsvCells.NEUTRALISED;
    }
}
