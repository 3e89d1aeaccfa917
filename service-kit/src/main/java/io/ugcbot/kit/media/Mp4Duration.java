package io.ugcbot.kit.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * An MP4's duration from its movie header box ({@code moov/mvhd}: duration over timescale, ISO/IEC 14496-12), read
 * without starting a process: ffprobe for the same number cost a process start per video, tens of milliseconds on a
 * busy two-core machine (bin/bench-platform). Empty when the file is not an MP4 this reader understands.
 */
final class Mp4Duration {

    private static final int HEADER = 8;

    private Mp4Duration() {
    }

    static OptionalLong millis(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long[] moov = find(channel, 0, channel.size(), "moov");
            if (moov == null) {
                return OptionalLong.empty();
            }
            long[] mvhd = find(channel, moov[0], moov[1], "mvhd");
            if (mvhd == null) {
                return OptionalLong.empty();
            }
            ByteBuffer box = read(channel, mvhd[0], (int) Math.min(mvhd[1] - mvhd[0], 32));
            int version = box.get(0);
            long timescale;
            long duration;
            if (version == 1) {
                timescale = Integer.toUnsignedLong(box.getInt(20));
                duration = box.getLong(24);
            } else {
                timescale = Integer.toUnsignedLong(box.getInt(12));
                duration = Integer.toUnsignedLong(box.getInt(16));
            }
            return timescale == 0 ? OptionalLong.empty() : OptionalLong.of(Math.round(duration * 1000.0 / timescale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException notAnMp4) {
            return OptionalLong.empty();
        }
    }

    /** The body (start, end) of the first box of {@code type} among the boxes between {@code from} and {@code to}. */
    private static long[] find(FileChannel channel, long from, long to, String type) throws IOException {
        long position = from;
        while (position + HEADER <= to) {
            ByteBuffer header = read(channel, position, 16);
            long size = Integer.toUnsignedLong(header.getInt(0));
            String name = new String(new byte[]{header.get(4), header.get(5), header.get(6), header.get(7)},
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            int headerLength = HEADER;
            if (size == 1) {
                size = header.getLong(8);
                headerLength = 16;
            } else if (size == 0) {
                size = to - position;
            }
            if (size < headerLength) {
                return null;
            }
            if (name.equals(type)) {
                return new long[]{position + headerLength, position + size};
            }
            position += size;
        }
        return null;
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // a short read near the end of the file leaves the rest zero
        }
        return buffer.flip().limit(length);
    }
}
