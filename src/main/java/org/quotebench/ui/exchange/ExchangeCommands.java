package org.quotebench.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.quotebench.export.AnnotationImport;
import org.quotebench.export.DoccanoOffsets;
import org.quotebench.export.ClaimReviewSettings;
import org.quotebench.export.ExportFormat;
import org.quotebench.export.ExportTarget;
import org.quotebench.ui.JobDialog;
import org.quotebench.ui.SaveFolder;
import org.quotebench.ui.WorkspaceSession;

/** File > Export… and File > Import annotations…: choose a format and a place, then run the job with progress. */
public final class ExchangeCommands {
    private final WorkspaceSession session;
    private final Supplier<Window> window;
    private final Supplier<List<Long>> selectedArticles;
    private final SaveFolder saveFolder;
    /** The review address given last in this window, offered again. */
    private String lastReviewAddress = "";

    /** @param selectedArticles the articles selected in the library (export takes them, or all when none) */
    public ExchangeCommands(WorkspaceSession session, Supplier<Window> window, Supplier<List<Long>> selectedArticles,
            SaveFolder saveFolder) {
        this.session = session;
        this.window = window;
        this.selectedArticles = selectedArticles;
        this.saveFolder = saveFolder;
    }

    public void export() {
        List<Long> ids = selectedArticles.get();
        ChoiceDialog<String> choice = new ChoiceDialog<>(ExportFormat.JSONL.code(),
                Arrays.stream(ExportFormat.values()).map(ExportFormat::code).toList());
        choice.setTitle("Export");
        choice.setHeaderText(ids.size() > 1 ? "Export the " + ids.size() + " articles selected in the library"
                : "Export every article in the workspace");
        choice.setContentText("Format:");
        choice.initOwner(window.get());
        Optional<ExportFormat> format = choice.showAndWait().map(ExportFormat::parse);
        if (format.isEmpty()) {
            return;
        }
        Optional<ClaimReviewSettings> review = Optional.empty();
        if (format.get() == ExportFormat.CLAIMREVIEW) {
            review = askReviewAddress();
            if (review.isEmpty()) {
                return;
            }
        }
        File target;
        if (format.get().folder()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export as " + format.get().code() + " into a folder");
            chooser.setInitialDirectory(saveFolder.initial());
            target = chooser.showDialog(window.get());
            if (target != null && ExportTarget.hasFiles(target.toPath()) && !confirmWritingInto(format.get(), target)) {
                return;
            }
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export as " + format.get().code());
            chooser.setInitialDirectory(saveFolder.initial());
            chooser.setInitialFileName("quotes." + extension(format.get()));
            target = chooser.showSaveDialog(window.get()); // the dialog asks before replacing a file
        }
        if (target != null) {
            saveFolder.used(target);
            exportTo(format.get(), target.toPath(), ids.size() > 1 ? ids : List.of(), review);
        }
    }

    /** ClaimReview's reviews need their own addresses (Google requires one): asked until one is valid, or cancelled. */
    private Optional<ClaimReviewSettings> askReviewAddress() {
        String given = lastReviewAddress;
        while (true) {
            javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(given);
            ask.setTitle("Export as ClaimReview");
            ask.setHeaderText("Where is each review published? {uuid} or {id} stands for the quote,\n"
                    + "as in https://factcheck.example/reviews/{uuid}.\n"
                    + "Only accepted quotes with a verdict are exported; their notes stay private.");
            ask.setContentText("Review address:");
            ask.getEditor().setPromptText("https://factcheck.example/reviews/{uuid}");
            ask.getEditor().setPrefColumnCount(36);
            ask.initOwner(window.get());
            Optional<String> answer = ask.showAndWait();
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            try {
                ClaimReviewSettings settings = new ClaimReviewSettings(answer.get(), false);
                lastReviewAddress = settings.reviewUrl();
                return Optional.of(settings);
            } catch (org.quotebench.core.QuotebenchException e) {
                given = answer.get();
                Alert wrong = new Alert(Alert.AlertType.WARNING, e.getMessage(), ButtonType.OK);
                wrong.setHeaderText("Not a review address");
                wrong.initOwner(window.get());
                wrong.showAndWait();
            }
        }
    }


    /** A folder export into a folder that has files: its files of the same names are replaced, after asking. */
    private boolean confirmWritingInto(ExportFormat format, File folder) {
        String files = format == ExportFormat.BRAT ? "NNNN-title.txt and .ann, annotation.conf, tools.conf"
                : "NNNN-title.xmi, TypeSystem.xml";
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, folder + " has files in it. The export's files (" + files
                + ") replace any of the same names.", ButtonType.CANCEL, ButtonType.OK);
        ask.setHeaderText("Export into a folder that is not empty?");
        ask.initOwner(window.get());
        return ask.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    /** Exports with progress and a summary; {@code articleIds} empty for all. */
    public Task<JobSummary> exportTo(ExportFormat format, Path out, List<Long> articleIds) {
        return exportTo(format, out, articleIds, Optional.empty());
    }

    /** Exports with progress and a summary; {@code review} where ClaimReview's reviews are published. */
    public Task<JobSummary> exportTo(ExportFormat format, Path out, List<Long> articleIds, Optional<ClaimReviewSettings> review) {
        Task<JobSummary> task = session.start(ws -> new ExportJob(ws, format, out, articleIds, review));
        JobDialog.show(window.get(), "Export", task, () -> { });
        return task;
    }

    /** The grapheme-mode doccano choice in the format list: a project in that mode counts user-perceived characters. */
    private static final String DOCCANO_GRAPHEMES = "doccano (a project in grapheme mode)";

    public void importAnnotations() {
        List<String> formats = new java.util.ArrayList<>(AnnotationImport.FORMATS);
        formats.add(formats.indexOf("doccano") + 1, DOCCANO_GRAPHEMES);
        ChoiceDialog<String> choice = new ChoiceDialog<>("brat", formats);
        choice.setTitle("Import annotations");
        choice.setHeaderText("Import another tool's annotations with their texts; every span is checked against its text");
        choice.setContentText("Format:");
        choice.initOwner(window.get());
        Optional<String> chosen = choice.showAndWait();
        if (chosen.isEmpty()) {
            return;
        }
        String format = chosen.get().equals(DOCCANO_GRAPHEMES) ? "doccano" : chosen.get();
        DoccanoOffsets offsets = chosen.get().equals(DOCCANO_GRAPHEMES) ? DoccanoOffsets.GRAPHEMES : DoccanoOffsets.UTF16;
        File source;
        if (format.equals("brat")) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("A folder of brat .txt and .ann files");
            source = chooser.showDialog(window.get());
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import " + chosen.get() + " annotations");
            source = chooser.showOpenDialog(window.get());
        }
        if (source != null) {
            importFrom(format, source.toPath(), offsets);
        }
    }

    /** Imports annotations with progress and a summary, then refreshes the library. */
    public Task<JobSummary> importFrom(String format, Path path) {
        return importFrom(format, path, DoccanoOffsets.UTF16);
    }

    /** Imports annotations (a doccano file's offsets counted as {@code offsets} says) with progress and a summary. */
    public Task<JobSummary> importFrom(String format, Path path, DoccanoOffsets offsets) {
        Task<JobSummary> task = session.start(ws -> new AnnotationImportJob(ws, format, path, offsets));
        JobDialog.show(window.get(), "Import annotations", task, session::refresh);
        return task;
    }

    private static String extension(ExportFormat format) {
        return switch (format) {
            case CSV -> "csv";
            case W3C, LABEL_STUDIO, CLAIMREVIEW -> "json";
            default -> "jsonl";
        };
    }
}
