package io.ugcbot.storage.imports;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes bytes through until more than {@code cap} have been written, then fails with {@link Overflow}. */
final class CappedOutputStream extends FilterOutputStream {

    static final class Overflow extends IOException {
        Overflow() {
            super("cap exceeded");
        }
    }

    private final long cap;
    private long written;

    CappedOutputStream(OutputStream out, long cap) {
        super(out);
        this.cap = cap;
    }

    @Override
    public void write(int b) throws IOException {
        count(1);
        out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        count(length);
        out.write(bytes, offset, length);
    }

    private void count(int more) throws Overflow {
        written += more;
        if (written > cap) {
            throw new Overflow();
        }
    }
}
