package dev.keel.core.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Sums the name, CRC-32 and size of every entry of a jar's central directory, read as bytes (APPNOTE 4.3.12 and
 * 4.3.16). Only the plain format: a ZIP64 jar or a damaged one is left to the caller.
 */
final class CentralDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_LENGTH = 22;
    private static final int MAX_COMMENT = 0xffff;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int ENTRY_LENGTH = 46;

    private CentralDirectory() {
    }

    static Optional<String> sum(FileChannel jar) throws IOException {
        long size = jar.size();
        int tailLength = (int) Math.min(size, END_LENGTH + MAX_COMMENT);
        ByteBuffer tail = read(jar, size - tailLength, tailLength);
        int end = tailLength - END_LENGTH;
        while (end >= 0 && tail.getInt(end) != END_SIGNATURE) {
            end--;
        }
        if (end < 0) {
            return Optional.empty();
        }
        long directoryLength = Integer.toUnsignedLong(tail.getInt(end + 12));
        long directoryOffset = Integer.toUnsignedLong(tail.getInt(end + 16));
        if (directoryOffset == 0xffffffffL || directoryOffset + directoryLength > size
                || directoryLength > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return sumEntries(read(jar, directoryOffset, (int) directoryLength));
    }

    /**
     * The summed fields of every entry are gathered into one array and summed in one call of each checksum: the same
     * sums as entry by entry, without some 100,000 short calls that run interpreted this early in a run.
     */
    private static Optional<String> sumEntries(ByteBuffer buffer) {
        byte[] directory = buffer.array();
        int limit = buffer.limit();
        byte[] summed = new byte[limit];
        int length = 0;
        int entries = 0;
        int at = 0;
        while (at + ENTRY_LENGTH <= limit) {
            if (intAt(directory, at) != ENTRY_SIGNATURE) {
                return Optional.empty();
            }
            int nameLength = shortAt(directory, at + 28);
            int next = at + ENTRY_LENGTH + nameLength + shortAt(directory, at + 30) + shortAt(directory, at + 32);
            if (next > limit) {
                return Optional.empty();
            }
            // The CRC-32 of the entry's bytes (offset 16) and its uncompressed size (24), then its name (46).
            System.arraycopy(directory, at + 16, summed, length, 4);
            System.arraycopy(directory, at + 24, summed, length + 4, 4);
            System.arraycopy(directory, at + ENTRY_LENGTH, summed, length + 8, nameLength);
            length += 8 + nameLength;
            entries++;
            at = next;
        }
        CRC32 crc32 = new CRC32();
        crc32.update(summed, 0, length);
        CRC32C crc32c = new CRC32C();
        crc32c.update(summed, 0, length);
        return Optional.of("jar-directory " + entries + " " + Long.toHexString(crc32.getValue()) + " "
                + Long.toHexString(crc32c.getValue()));
    }

    private static int shortAt(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    private static int intAt(byte[] bytes, int at) {
        return shortAt(bytes, at) | shortAt(bytes, at + 2) << 16;
    }

    private static ByteBuffer read(FileChannel jar, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (jar.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the jar ends before its central directory does");
            }
        }
        return buffer.flip();
    }
}
