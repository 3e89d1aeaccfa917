package io.ugcbot.embedded;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Asks the local Docker engine, over its Unix socket, whether it answers and which images it has, without
 * Testcontainers: connecting through Testcontainers starts its Ryuk sidecar, whose image a machine without a registry
 * cannot pull (a `bin/chaos` run waited minutes on that pull before this probe existed).
 */
final class DockerEngineProbe {

    private final Path socket;

    private DockerEngineProbe(Path socket) {
        this.socket = socket;
    }

    /** The engine {@code DOCKER_HOST} names when it is a Unix socket, else the default socket. */
    static DockerEngineProbe local() {
        String host = System.getenv("DOCKER_HOST");
        return new DockerEngineProbe(Path.of(host != null && host.startsWith("unix://")
                ? host.substring("unix://".length()) : "/var/run/docker.sock"));
    }

    boolean answers() {
        return Files.exists(socket) && status("/_ping") == 200;
    }

    boolean hasImage(String image) {
        return status("/images/" + URLEncoder.encode(image, StandardCharsets.UTF_8) + "/json") == 200;
    }

    /** The HTTP status of a GET, or -1 when the engine cannot be reached. */
    private int status(String path) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap(("GET " + path + " HTTP/1.0\r\nHost: docker\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer answer = ByteBuffer.allocate(64);
            while (answer.hasRemaining() && channel.read(answer) > 0) {
                // the status line is all this needs
            }
            String statusLine = new String(answer.array(), 0, answer.position(), StandardCharsets.US_ASCII);
            String[] parts = statusLine.split(" ", 3);
            return parts.length >= 2 ? Integer.parseInt(parts[1]) : -1;
        } catch (IOException | RuntimeException unreachable) {
            return -1;
        }
    }
}
