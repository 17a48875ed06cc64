package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WorkspaceAccessTest {
    @Test
    void networkDrivesAreNamedLocalDisksAreNot() {
        Path file = Path.of("/mnt/share/news.qb");
        assertThat(WorkspaceAccess.networkWarning(file, "nfs4")).hasValueSatisfying(w -> assertThat(w)
                .contains("/mnt/share/news.qb").contains("network drive (nfs4)").contains("local disk"));
        assertThat(WorkspaceAccess.networkWarning(file, "CIFS")).isPresent();
        assertThat(WorkspaceAccess.networkWarning(file, "fuse.sshfs")).isPresent();
        assertThat(WorkspaceAccess.networkWarning(file, "ext4")).isEmpty();
        assertThat(WorkspaceAccess.networkWarning(file, "apfs")).isEmpty();
        assertThat(WorkspaceAccess.networkWarning(file, "tmpfs")).isEmpty();
    }
}
