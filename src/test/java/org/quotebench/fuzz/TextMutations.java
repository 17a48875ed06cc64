package org.quotebench.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** Mutates a file's bytes: cut short, a character dropped or added, lines repeated or swapped, bytes that are not UTF-8, a BOM, CRLF. */
final class TextMutations {
    private static final String[] INSERTS = {"{", "}", "[", "]", ",", ":", "\"", "\\", "\n", "\t", " ", "0", "9", "-", "\u0000",
        "\r\n", "null", "🚢", "T9\tQuote\n"};

    private final Random random;

    TextMutations(Random random) {
        this.random = random;
    }

    byte[] mutate(byte[] bytes) {
        if (bytes.length == 0) {
            return bytes;
        }
        int at = random.nextInt(bytes.length);
        return switch (random.nextInt(8)) {
            case 0 -> Arrays.copyOf(bytes, at); // truncated
            case 1 -> join(Arrays.copyOf(bytes, at), Arrays.copyOfRange(bytes, Math.min(bytes.length, at + 1), bytes.length));
            case 2 -> join(join(Arrays.copyOf(bytes, at), INSERTS[random.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8)),
                    Arrays.copyOfRange(bytes, at, bytes.length));
            case 3 -> join(join(Arrays.copyOf(bytes, at), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                    Arrays.copyOfRange(bytes, at, bytes.length));
            case 4 -> join("\uFEFF".getBytes(StandardCharsets.UTF_8), bytes);
            case 5 -> new String(bytes, StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            case 6 -> lines(bytes, true);
            default -> lines(bytes, false);
        };
    }

    /** A line repeated, or two lines swapped. */
    private byte[] lines(byte[] bytes, boolean repeat) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        int a = random.nextInt(lines.length);
        int b = random.nextInt(lines.length);
        if (repeat) {
            lines[a] = lines[a] + "\n" + lines[b];
        } else {
            String t = lines[a];
            lines[a] = lines[b];
            lines[b] = t;
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] join(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
