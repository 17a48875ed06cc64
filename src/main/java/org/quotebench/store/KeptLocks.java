package org.quotebench.store;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Locks on an open workspace that no close elsewhere in our process can drop (decision 15).
 *
 * <p>SQLite locks with POSIX advisory locks, which belong to the process: closing <em>any</em>
 * descriptor of the file in the process (the GTK file chooser sniffing its type, say) drops them all.
 * Another program closing the workspace then takes the exclusive lock, checkpoints and deletes the
 * {@code -wal} and {@code -shm} files, and our later commits go to a deleted file. Linux's
 * open-file-description locks belong to a descriptor of our own and conflict with POSIX locks, so
 * holding them on the same bytes SQLite uses keeps that from happening: a read lock on the
 * database's shared range (no one else gets the exclusive lock that deletes the log) and one on the
 * {@code -shm} "dead man switch" byte (no one else thinks it is first and wipes the shared index).
 * Elsewhere this does nothing: Windows locks belong to a handle, and macOS has no such locks.
 */
final class KeptLocks implements AutoCloseable {
    /** SQLite's lock bytes: the shared range of the database file, and the -shm file's DMS byte. */
    private static final long SHARED_FIRST = 0x4000_0000L + 2;
    private static final long SHARED_SIZE = 510;
    private static final long SHM_DMS = (22 + 8) * 4 + 8;
    private static final int O_RDONLY = 0;
    private static final int O_CLOEXEC = 0x80000;
    private static final int F_OFD_SETLK = 37;
    private static final short F_RDLCK = 0;
    private static final short F_UNLCK = 2;
    private static final KeptLocks NONE = new KeptLocks(List.of());

    /** The few libc calls needed; declared here so that nothing else loads JNA. */
    interface C extends Library {
        int open(String path, int flags);

        int fcntl(int fd, int command, Pointer lock);

        int close(int fd);
    }

    private record Held(int descriptor, long start, long length) {
    }

    private final List<Held> held;

    private KeptLocks(List<Held> held) {
        this.held = held;
    }

    /** Whether this platform has locks a foreign close cannot drop (Linux on x86-64 or arm64). */
    static boolean supported() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        return os.startsWith("linux") && (arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64"));
    }

    /**
     * Takes the locks on an open workspace (its connection has read the file, so the -shm file exists).
     * Where that cannot be done, nothing is held and the workspace works as before.
     */
    static KeptLocks take(Path file) {
        if (!supported()) {
            return NONE;
        }
        C c;
        try {
            c = Libc.C;
        } catch (LinkageError e) {
            return NONE;
        }
        List<Held> held = new ArrayList<>();
        hold(c, file, SHARED_FIRST, SHARED_SIZE, held);
        Path shm = file.resolveSibling(file.getFileName() + "-shm");
        if (Files.exists(shm)) {
            hold(c, shm, SHM_DMS, 1, held);
        }
        return new KeptLocks(held);
    }

    /** How many locks are held (0 where the platform has none). */
    int count() {
        return held.size();
    }

    private static void hold(C c, Path path, long start, long length, List<Held> held) {
        int descriptor = c.open(path.toString(), O_RDONLY | O_CLOEXEC);
        if (descriptor < 0) {
            return;
        }
        if (lock(c, descriptor, F_RDLCK, start, length)) {
            held.add(new Held(descriptor, start, length));
        } else {
            c.close(descriptor);
        }
    }

    private static boolean lock(C c, int descriptor, short type, long start, long length) {
        // struct flock on 64-bit Linux: short l_type, short l_whence, (pad), off_t l_start, off_t l_len, pid_t l_pid (0 for OFD).
        try (Memory flock = new Memory(32)) {
            flock.clear();
            flock.setShort(0, type);
            flock.setShort(2, (short) 0); // SEEK_SET
            flock.setLong(8, start);
            flock.setLong(16, length);
            return c.fcntl(descriptor, F_OFD_SETLK, flock) == 0;
        }
    }

    /**
     * Gives the locks back, before the workspace's connection closes, so that the last program to close
     * the workspace can still checkpoint and remove its -wal file.
     */
    void giveBack() {
        if (held.isEmpty()) {
            return;
        }
        for (Held lock : held) {
            lock(Libc.C, lock.descriptor(), F_UNLCK, lock.start(), lock.length());
        }
    }

    /**
     * Closes the descriptors, once the workspace's connection is closed: closing them earlier would drop
     * SQLite's own locks, the very thing these locks are here to survive.
     */
    @Override
    public void close() {
        if (held.isEmpty()) {
            return;
        }
        giveBack();
        for (Held lock : held) {
            Libc.C.close(lock.descriptor());
        }
        held.clear();
    }

    /** Loaded on first use only, so that platforms without these locks never load JNA. */
    private static final class Libc {
        static final C C = Native.load("c", C.class);
    }
}
