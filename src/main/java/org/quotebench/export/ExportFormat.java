package org.quotebench.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.quotebench.core.QuotebenchException;

/** The formats {@code quotebench export --format} writes. */
public enum ExportFormat {
    /** Quotebench's own: one article per line, as {@code show --json} prints it. */
    JSONL("jsonl", false),
    /** One row per quote, for spreadsheets. */
    CSV("csv", false),
    /** {@code text} and {@code spans} per line, ready for spaCy's {@code Doc.char_span}. */
    SPACY("spacy", true),
    /** A folder of {@code .txt} and {@code .ann} per article, with brat's {@code annotation.conf}. */
    BRAT("brat", true, true),
    /** A folder of UIMA CAS XMI per article and its type system, as INCEpTION imports them. */
    INCEPTION("inception", true, true),
    /** W3C Web Annotation JSON-LD: text position and text quote selectors, speaker and verdict as bodies. */
    W3C("w3c", false),
    /** Label Studio's JSON tasks with their annotations. */
    LABEL_STUDIO("label-studio", true),
    /** doccano's JSONL for relation extraction (UTF-16 offsets). */
    DOCCANO("doccano", true),
    /** schema.org ClaimReview JSON-LD for the quotes that have a verdict. */
    CLAIMREVIEW("claimreview", false),
    /** A zip of the JSONL export and a manifest, to merge into another workspace. */
    BUNDLE("bundle", false);

    private final String code;
    private final boolean trainingSet;
    private final boolean folder;

    ExportFormat(String code, boolean trainingSet) {
        this(code, trainingSet, false);
    }

    ExportFormat(String code, boolean trainingSet, boolean folder) {
        this.code = code;
        this.trainingSet = trainingSet;
        this.folder = folder;
    }

    /** Whether the export is a folder of files (brat, INCEpTION) rather than one file. */
    public boolean folder() {
        return folder;
    }

    public String code() {
        return code;
    }

    /** What to do with the export in the tool it is for, when that is not plain (empty for most). */
    public java.util.Optional<String> nextStep() {
        return this == INCEPTION ? java.util.Optional.of("In INCEpTION: Settings › Layers › Import the folder's TypeSystem.xml "
                + "(it makes the Quote, Speaker and Cue layers), then import the .xmi files as UIMA CAS XMI (XML 1.0).")
                : java.util.Optional.empty();
    }

    /** Training-set formats take accepted quotes only unless asked otherwise. */
    public boolean trainingSet() {
        return trainingSet;
    }

    public static ExportFormat parse(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(wanted)).findFirst().orElseThrow(() -> new QuotebenchException(
                "Unknown export format '" + code + "'; known: " + Arrays.stream(values()).map(ExportFormat::code)
                        .collect(Collectors.joining(", ")) + "."));
    }
}
