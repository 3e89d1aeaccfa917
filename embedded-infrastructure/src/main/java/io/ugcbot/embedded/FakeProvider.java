package io.ugcbot.embedded;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A local HTTP server that plays an external provider (ElevenLabs, fal, OpenAI) in contract tests: each request is
 * handed to the test, which answers with a status, a body and, to play a slow provider, a delay.
 */
public final class FakeProvider implements AutoCloseable {

    /** What the adapter sent; {@code body} as ISO-8859-1 text, so binary parts survive byte for byte. */
    public record Request(String method, String uri, String authorization, String contentType, String body,
                          HttpExchange exchange) {

        public String header(String name) {
            return exchange.getRequestHeaders().getFirst(name);
        }
    }

    public record Reply(int status, byte[] body, String contentType, long delayMs) {

        public static Reply json(int status, String body) {
            return new Reply(status, body.getBytes(StandardCharsets.UTF_8), "application/json", 0);
        }

        public static Reply bytes(byte[] body, String contentType) {
            return new Reply(200, body, contentType, 0);
        }

        public Reply delayedBy(long millis) {
            return new Reply(status, body, contentType, millis);
        }
    }

    private final HttpServer server;

    private FakeProvider(HttpServer server) {
        this.server = server;
    }

    public static FakeProvider start(Function<Request, Reply> answer) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool(Thread.ofPlatform().name("fake-provider-", 0).daemon()
                    .factory()));
            server.createContext("/", exchange -> reply(exchange, answer.apply(new Request(
                    exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1), exchange))));
            server.start();
            return new FakeProvider(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>} followed by {@code path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void reply(HttpExchange exchange, Reply reply) {
        if (reply.delayMs() > 0) {
            try {
                // a provider that answers late: nothing ever releases this latch
                new CountDownLatch(1).await(reply.delayMs(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            if (reply.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        } catch (IOException e) {
            // the adapter gave up waiting (the timeout cases)
        }
    }
}
