package io.ugcbot.localstack.support;

import io.ugcbot.embedded.FakeProvider;
import io.ugcbot.embedded.FakeProvider.Reply;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * fal's queue API for drills and benchmarks: every request COMPLETED between {@code minMs} and {@code maxMs} after its
 * submit (a model taking its time), a {@code failureShare} of them with fal's error instead of a result, the result
 * file always the same clip. Use as {@code FakeProvider.start(new FakeFalQueue(...)::answer)}.
 */
public final class FakeFalQueue {

    private record Request(long readyAt, boolean fails) {
    }

    private final byte[] clip;
    private final long minMs;
    private final long maxMs;
    private final double failureShare;
    private final Map<String, Request> requests = new ConcurrentHashMap<>();

    public FakeFalQueue(byte[] clip, long minMs, long maxMs, double failureShare) {
        this.clip = clip;
        this.minMs = minMs;
        this.maxMs = maxMs;
        this.failureShare = failureShare;
    }

    public Reply answer(FakeProvider.Request request) {
        String path = request.exchange().getRequestURI().getPath();
        String base = "http://" + request.header("Host");
        if (request.method().equals("POST")) {
            String id = UUID.randomUUID().toString();
            ThreadLocalRandom random = ThreadLocalRandom.current();
            long takes = maxMs > minMs ? random.nextLong(minMs, maxMs) : minMs;
            requests.put(id, new Request(System.currentTimeMillis() + takes, random.nextDouble() < failureShare));
            String url = base + "/requests/" + id;
            return Reply.json(200, "{\"request_id\":\"" + id + "\",\"status_url\":\"" + url + "/status\","
                    + "\"response_url\":\"" + url + "\"}");
        }
        if (path.startsWith("/files/")) {
            return Reply.bytes(clip, "video/mp4");
        }
        String id = path.replace("/requests/", "").replace("/status", "");
        Request state = requests.getOrDefault(id, new Request(0, false));
        if (path.endsWith("/status")) {
            if (System.currentTimeMillis() < state.readyAt()) {
                return Reply.json(200, "{\"status\":\"IN_PROGRESS\"}");
            }
            return Reply.json(200, state.fails()
                    ? "{\"status\":\"COMPLETED\",\"error\":\"Internal error\",\"error_type\":\"model_error\"}"
                    : "{\"status\":\"COMPLETED\"}");
        }
        return Reply.json(200, "{\"video\":{\"url\":\"" + base + "/files/" + id + ".mp4\"}}");
    }
}
