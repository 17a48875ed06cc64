package org.quotebench.store;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 *
 * <p>Closing our own descriptors would drop SQLite's POSIX locks too, those of every other connection
 * of this process to the same file. So there is one set of descriptors per file (by inode) for the
 * whole process, shared by every workspace open on it, and closed only when the last one closes.
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
    /** Another program holds a conflicting lock only for a moment (opening, or closing as the last user): try again. */
    private static final int ATTEMPTS = 50;
    private static final KeptLocks NONE = new KeptLocks(null);
    /** The shared holds, by the database file's device and inode; guarded by the class. */
    private static final Map<String, Hold> HOLDS = new HashMap<>();

    /** The few libc calls needed; declared here so that nothing else loads JNA. */
    interface C extends Library {
        int open(String path, int flags);

        int fcntl(int fd, int command, Pointer lock);

        int close(int fd);
    }

    private record Held(int descriptor, long start, long length) {
    }

    /** The descriptors and locks of one database file, and how many open workspaces share them. */
    private static final class Hold {
        final String key;
        final List<Held> locks = new ArrayList<>();
        int users;

        Hold(String key) {
            this.key = key;
        }
    }

    private Hold hold;

    private KeptLocks(Hold hold) {
        this.hold = hold;
    }

    /** Whether this platform has locks a foreign close cannot drop (Linux on x86-64 or arm64). */
    /** No locks: a library on a server has no file to guard. */
    static KeptLocks none() {
        return NONE;
    }

    static boolean supported() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        return os.startsWith("linux") && (arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64"));
    }

    /**
     * Takes the locks on an open workspace (its connection has read the file, so the -shm file exists),
     * or joins those this process holds already. Where that cannot be done, nothing is held and the
     * workspace works as before.
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
        String key;
        try {
            key = Files.getAttribute(file, "unix:dev") + ":" + Files.getAttribute(file, "unix:ino");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return NONE;
        }
        synchronized (KeptLocks.class) {
            Hold shared = HOLDS.get(key);
            if (shared == null) {
                shared = new Hold(key);
                lock(c, file, SHARED_FIRST, SHARED_SIZE, shared);
                Path shm = file.resolveSibling(file.getFileName() + "-shm");
                if (Files.exists(shm)) {
                    lock(c, shm, SHM_DMS, 1, shared);
                }
                HOLDS.put(key, shared);
            }
            shared.users++;
            return new KeptLocks(shared);
        }
    }

    /** How many locks this workspace's file is held by (0 where the platform has none). */
    int count() {
        synchronized (KeptLocks.class) {
            return hold == null ? 0 : hold.locks.size();
        }
    }

    private static void lock(C c, Path path, long start, long length, Hold into) {
        int descriptor = c.open(path.toString(), O_RDONLY | O_CLOEXEC);
        if (descriptor < 0) {
            return;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (fcntl(c, descriptor, F_RDLCK, start, length)) {
                into.locks.add(new Held(descriptor, start, length));
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        c.close(descriptor);
    }

    private static boolean fcntl(C c, int descriptor, short type, long start, long length) {
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
     * Before the workspace's connection closes: the last workspace of this process on the file gives
     * the locks back, so that the last program to close it can still checkpoint and remove its -wal.
     */
    void giveBack() {
        synchronized (KeptLocks.class) {
            if (hold != null && hold.users == 1) {
                hold.locks.forEach(lock -> fcntl(Libc.C, lock.descriptor(), F_UNLCK, lock.start(), lock.length()));
            }
        }
    }

    /**
     * After the workspace's connection closed: the last workspace of this process on the file closes
     * the descriptors (earlier, that would drop the other connections' own locks).
     */
    @Override
    public void close() {
        synchronized (KeptLocks.class) {
            if (hold == null) {
                return;
            }
            if (--hold.users == 0) {
                hold.locks.forEach(lock -> fcntl(Libc.C, lock.descriptor(), F_UNLCK, lock.start(), lock.length()));
                hold.locks.forEach(lock -> Libc.C.close(lock.descriptor()));
                HOLDS.remove(hold.key);
            }
            hold = null;
        }
    }

    /** Loaded on first use only, so that platforms without these locks never load JNA; paths in the platform's file-name encoding. */
    private static final class Libc {
        static final C C = Native.load("c", C.class, Map.of(Library.OPTION_STRING_ENCODING,
                System.getProperty("sun.jnu.encoding", "UTF-8")));
    }
}
