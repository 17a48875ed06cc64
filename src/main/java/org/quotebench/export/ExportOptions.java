package org.quotebench.export;

import java.util.Optional;
import org.quotebench.core.CsvCells;

/**
 * How an export is written, beyond its format: how CSV cells are spelled, where ClaimReview's reviews
 * are published (that format needs it), and whether brat gets its Wikidata normalisation lines
 * (DKPro Core's brat reader, which INCEpTION uses, stops at the first one).
 */
public record ExportOptions(CsvCells csv, Optional<ClaimReviewSettings> review, boolean bratNormalisations) {
    /** Neutralised CSV cells, no ClaimReview address, brat with its normalisations. */
    public static final ExportOptions DEFAULT = new ExportOptions(CsvCells.NEUTRALISED, Optional.empty(), true);
}
