package io.ugcbot.ops;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the broker and the services are: {@code KAFKA_BOOTSTRAP_SERVERS} (as every service reads it; the local stack
 * listens on localhost:9092 by default, as compose's and the cluster's brokers do) and each service's management
 * address, {@code <SERVICE>_MANAGEMENT_URL} (e.g. {@code VIDEO_MANAGEMENT_URL}), defaulting to the management ports
 * the services default to (9081–9086).
 */
public record OpsSettings(String bootstrapServers, Map<String, String> managementUrls) {

    private static final Map<String, Integer> DEFAULT_MANAGEMENT_PORTS = defaultPorts();

    public static OpsSettings fromEnvironment(Map<String, String> env) {
        Map<String, String> urls = new LinkedHashMap<>();
        DEFAULT_MANAGEMENT_PORTS.forEach((service, port) -> urls.put(service,
                env.getOrDefault(variable(service), "http://localhost:" + port)));
        return new OpsSettings(env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"), urls);
    }

    /** {@code video-service} → {@code VIDEO_MANAGEMENT_URL}; {@code gateway-bot} → {@code GATEWAY_MANAGEMENT_URL}. */
    public static String variable(String service) {
        return service.substring(0, service.indexOf('-')).toUpperCase() + "_MANAGEMENT_URL";
    }

    public String managementUrl(String service) {
        String url = managementUrls.get(service);
        if (url == null) {
            throw new IllegalArgumentException("no such service: " + service + " (one of " + managementUrls.keySet() + ")");
        }
        return url;
    }

    private static Map<String, Integer> defaultPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("gateway-bot", 9081);
        ports.put("credits-service", 9082);
        ports.put("tts-service", 9083);
        ports.put("edit-service", 9084);
        ports.put("video-service", 9085);
        ports.put("storage-service", 9086);
        return ports;
    }
}
