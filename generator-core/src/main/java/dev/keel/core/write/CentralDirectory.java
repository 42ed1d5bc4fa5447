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

    private static Optional<String> sumEntries(ByteBuffer directory) {
        CRC32 crc32 = new CRC32();
        CRC32C crc32c = new CRC32C();
        int entries = 0;
        int at = 0;
        while (at + ENTRY_LENGTH <= directory.limit()) {
            if (directory.getInt(at) != ENTRY_SIGNATURE) {
                return Optional.empty();
            }
            int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
            int next = at + ENTRY_LENGTH + nameLength + Short.toUnsignedInt(directory.getShort(at + 30))
                    + Short.toUnsignedInt(directory.getShort(at + 32));
            if (next > directory.limit()) {
                return Optional.empty();
            }
            // The CRC-32 of the entry's bytes (offset 16) and its uncompressed size (24), then its name (46).
            update(crc32, crc32c, directory.slice(at + 16, 4));
            update(crc32, crc32c, directory.slice(at + 24, 4));
            update(crc32, crc32c, directory.slice(at + ENTRY_LENGTH, nameLength));
            entries++;
            at = next;
        }
        return Optional.of("jar-directory " + entries + " " + Long.toHexString(crc32.getValue()) + " "
                + Long.toHexString(crc32c.getValue()));
    }

    private static void update(CRC32 crc32, CRC32C crc32c, ByteBuffer bytes) {
        crc32.update(bytes.duplicate());
        crc32c.update(bytes);
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
