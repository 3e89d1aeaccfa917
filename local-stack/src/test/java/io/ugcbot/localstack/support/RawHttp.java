package io.ugcbot.localstack.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP/1.1 by hand, for what a well-behaved client cannot do: declare a body far larger than the bytes it sends, and
 * read the answer while the rest is still unsent. A server that reads the whole body before answering never answers
 * such a request, so the status line coming back at all shows the body was refused unread.
 */
public final class RawHttp {

    /** How long to wait for the answer; a server that waits for the undelivered rest of the body never gives one. */
    private static final int ANSWER_TIMEOUT_MS = 60_000;

    private RawHttp() {
    }

    /**
     * Sends the head with {@code Content-Length: declaredLength}, then {@code sentBytes} of the body, and returns the
     * status code; -1 when no answer came while the rest of the body was withheld.
     */
    public static int post(int port, String path, Map<String, String> headers, long declaredLength, int sentBytes)
            throws IOException {
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nContent-Type: application/json\r\n")
                .append("Content-Length: ").append(declaredLength).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(ANSWER_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int sent = 0; sent < sentBytes; sent += chunk.length) {
                out.write(chunk, 0, Math.min(chunk.length, sentBytes - sent));
            }
            out.flush();
            return status(socket.getInputStream());
        }
    }

    /** A whole request with a small body; the status code. */
    public static int post(int port, String path, Map<String, String> headers, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n")
                .append("Content-Length: ").append(bytes.length).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(ANSWER_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            return status(socket.getInputStream());
        }
    }

    /** A whole request sent chunked, so the server learns its length only by reading it; the status code. */
    public static int postChunked(int port, String path, Map<String, String> headers, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n")
                .append("Transfer-Encoding: chunked\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n").append(Integer.toHexString(bytes.length)).append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(ANSWER_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return status(socket.getInputStream());
        }
    }

    private static int status(InputStream in) throws IOException {
        try {
            String line = new String(in.readNBytes(12), StandardCharsets.US_ASCII); // "HTTP/1.1 401"
            return line.length() < 12 ? -1 : Integer.parseInt(line.substring(9, 12));
        } catch (SocketTimeoutException e) {
            return -1;
        }
    }
}
