package io.ugcbot.credits.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The spellings of an admin path an attacker tries, and a raw HTTP/1.1 client that sends them byte for byte (Java's
 * HttpClient would normalise some of them before they reach the server).
 */
final class AdminPaths {

    /** Spellings that Tomcat or Spring MVC may map to {@code /admin/<rest>}, each a way around a prefix test. */
    static List<String> variants(String rest) {
        return List.of(
                "/admin/" + rest,
                "/admin;x/" + rest,
                "/admin/" + rest + ";x",
                "/%61dmin/" + rest,
                "/admin%2F" + rest,
                "//admin/" + rest,
                "/admin//" + rest,
                "/admin/" + rest + "/",
                "/ADMIN/" + rest,
                "/Admin/" + rest,
                "/admin/./" + rest,
                "/x/../admin/" + rest,
                "/admin/%2e/" + rest);
    }

    static String grantBody(int amount) {
        return "{\"grantId\":\"" + UUID.randomUUID() + "\",\"amount\":" + amount + ",\"adminId\":1,\"reason\":\"probe\"}";
    }

    /** The status code of one request; {@code key} null sends no key header. */
    static int status(int port, String method, String rawPath, String key, String json) throws IOException {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(rawPath).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\n")
                .append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        if (key != null) {
            head.append("X-Admin-Api-Key").append(": ").append(key).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII); // "HTTP/1.1 200"
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    private AdminPaths() {
    }
}
