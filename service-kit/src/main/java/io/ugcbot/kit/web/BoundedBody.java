package io.ugcbot.kit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a request body only while it stays within a limit. A declared length over the limit is refused before a byte
 * is read; a chunked body is read until it passes the limit and no further. Webhooks carry kilobytes, so a body of
 * hundreds of megabytes is an attack on memory, not a message.
 */
public final class BoundedBody {

    private BoundedBody() {
    }

    /** The body, or empty when it is longer than {@code maxBytes}. */
    public static Optional<byte[]> read(HttpServletRequest request, int maxBytes) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            return Optional.empty();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            return body.length > maxBytes ? Optional.empty() : Optional.of(body);
        }
    }

    /**
     * Answers at once and closes the connection: the response goes out before the server would otherwise drain the
     * unread rest of a large body, and the client cannot keep the connection busy with it.
     */
    public static void refuse(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentLength(0);
        response.flushBuffer();
    }
}
