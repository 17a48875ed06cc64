package org.quotebench.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;

/**
 * What the window remembers between starts: its place and size, the theme and colours, recent
 * workspaces, and which articles were open in which panes. A plain bean so that an older or newer
 * settings file still reads (unknown fields are ignored, missing ones keep their defaults).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Settings {
    public static final int MOST_RECENT = 8;

    public double x = Double.NaN;
    public double y = Double.NaN;
    public double width = 1400;
    public double height = 900;
    public boolean maximized;
    public boolean dark;
    public boolean colourByVerdict;
    public boolean quotesTableShown = true;
    public boolean findQuotesOnImport;
    /** The name quotes marked in the window are recorded under (their annotator); none when blank. */
    public String annotator;
    public List<String> recentWorkspaces = new ArrayList<>();
    /** The workspace the open articles belong to. */
    public String openWorkspace;
    /** One article id per pane, left to right; 0 for an empty pane. */
    public List<Long> openArticles = new ArrayList<>();
    public int focusedPane;
    /** The folder of the last export or report, where the next save dialog opens. */
    public String lastExportFolder;

    /** Puts a workspace at the top of the recent list. */
    public void opened(String workspace) {
        recentWorkspaces.remove(workspace);
        recentWorkspaces.add(0, workspace);
        while (recentWorkspaces.size() > MOST_RECENT) {
            recentWorkspaces.remove(recentWorkspaces.size() - 1);
        }
    }
}
