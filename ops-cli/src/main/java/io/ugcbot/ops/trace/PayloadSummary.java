package io.ugcbot.ops.trace;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A payload on one line: its short fields as {@code name=value}, files by their key, lists by their size; the ids the
 * trace is already about and fields that only repeat the record's key are left out.
 */
final class PayloadSummary {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int VALUE_LIMIT = 40;
    private static final int LINE_LIMIT = 140;
    private static final Set<String> LEFT_OUT = Set.of("userId", "generationId", "requestId");

    private PayloadSummary() {
    }

    static String of(String payload) {
        if (payload == null) {
            return "(no payload)";
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(payload);
        } catch (RuntimeException e) {
            return "(not JSON) " + cut(payload.replaceAll("\\s+", " "), LINE_LIMIT);
        }
        if (!tree.isObject()) {
            return cut(tree.toString(), LINE_LIMIT);
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            if (LEFT_OUT.contains(field.getKey()) || field.getValue().isNull()) {
                continue;
            }
            parts.add(field.getKey() + "=" + value(field.getValue()));
        }
        return cut(String.join(" ", parts), LINE_LIMIT);
    }

    private static String value(JsonNode node) {
        if (node.isObject() && node.has("key")) {
            return node.get("key").asString();
        }
        if (node.isArray()) {
            return "[" + node.size() + "]";
        }
        if (node.isObject()) {
            JsonNode code = node.get("code");
            return code != null ? code.asString() : "{…}";
        }
        String text = node.asString();
        return node.isString() && text.contains(" ") ? "\"" + cut(text, VALUE_LIMIT) + "\"" : cut(text, VALUE_LIMIT);
    }

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
