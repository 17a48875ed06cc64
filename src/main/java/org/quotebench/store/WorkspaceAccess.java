package org.quotebench.store;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What the place a workspace lives allows: writing at all, and whether it is a network drive. */
final class WorkspaceAccess {
    /** File systems that are network drives, where SQLite's WAL (shared memory between programs) is unsafe. */
    private static final Set<String> NETWORK = Set.of("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ncpfs", "9p",
            "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "webdav", "afpfs", "ceph", "glusterfs", "fuse.glusterfs", "lustre",
            "fuse.rclone", "fuse.s3fs", "gpfs", "ocfs2", "vboxsf", "prl_fs", "vmhgfs", "fuse.vmhgfs-fuse");

    private WorkspaceAccess() {
    }

    /**
     * Whether an existing workspace can only be read: the file, or the folder SQLite keeps its
     * journal files in, is not writable.
     */
    static boolean readOnly(Path file) {
        return Files.exists(file) && (!Files.isWritable(file) || !folderWritable(file));
    }

    /** Whether SQLite may create its -wal and -shm files beside the workspace. */
    static boolean folderWritable(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder == null || Files.isWritable(folder);
    }

    /** A warning when the workspace is on a network drive, by the type of its file system. */
    static Optional<String> networkWarning(Path file) {
        Path existing = file.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.empty();
        }
        try {
            FileStore store = Files.getFileStore(existing);
            return networkWarning(file, store.type());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<String> networkWarning(Path file, String fileSystemType) {
        if (!NETWORK.contains(fileSystemType.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(file + " is on a network drive (" + fileSystemType + "). SQLite's write-ahead log needs a local disk: "
                + "two computers using this workspace at once can damage it. Keep it on a local disk, or let only one computer open it.");
    }
}
