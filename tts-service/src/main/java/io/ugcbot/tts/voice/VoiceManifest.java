package io.ugcbot.tts.voice;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The operator's voice manifest, a JSON file in S3:
 *
 * <pre>{"voices": [
 *   {"id": "ru-female-2", "name": "Вера", "language": "ru", "gender": "female",
 *    "elevenlabs": "&lt;ElevenLabs voice id&gt;", "espeak": "ru+f4", "pitch": 55, "wordsPerMinute": 170,
 *    "hidden": false}
 * ]}</pre>
 *
 * The list's order is the gallery's; {@code hidden} keeps a voice out of it (chats that chose it still speak with it).
 * {@code espeak}, {@code pitch} and {@code wordsPerMinute} say how the offline engine speaks it and default by
 * language and gender. Every mistake is reported with its entry, and nothing of a wrong manifest is used.
 */
final class VoiceManifest {

    /** Ids end up in callback data ({@code voice:<id>}, 64 bytes at most). */
    private static final String ID = "[a-z0-9][a-z0-9_-]{0,39}";

    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    /** A voice and whether it is shown. */
    record Entry(Voice voice, boolean hidden) {
    }

    private VoiceManifest() {
    }

    static List<Entry> read(JsonMapper json, byte[] manifest) throws Invalid {
        JsonNode root;
        try {
            root = json.readTree(manifest);
        } catch (RuntimeException e) {
            throw new Invalid("the manifest is not JSON: " + e.getMessage());
        }
        JsonNode voices = root.path("voices");
        if (!voices.isArray()) {
            throw new Invalid("the manifest has no \"voices\" list");
        }
        List<String> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int number = 0;
        for (JsonNode node : voices) {
            number++;
            String id = node.path("id").asString("");
            String where = "voice " + number + (id.isEmpty() ? "" : " (" + id + ")");
            if (!id.matches(ID)) {
                problems.add(where + ": id must be 1–40 of a-z, 0-9, - and _");
            } else if (!ids.add(id)) {
                problems.add(where + ": id is used twice");
            }
            String name = node.path("name").asString("").strip();
            if (name.isEmpty()) {
                problems.add(where + ": name is missing");
            }
            String language = node.path("language").asString("");
            if (!language.equals("ru") && !language.equals("en")) {
                problems.add(where + ": language must be ru or en");
            }
            String gender = node.path("gender").asString("");
            if (!gender.equals("female") && !gender.equals("male")) {
                problems.add(where + ": gender must be female or male");
            }
            String elevenLabs = node.path("elevenlabs").asString("").strip();
            if (elevenLabs.isEmpty()) {
                problems.add(where + ": elevenlabs (the provider's voice id) is missing");
            }
            int pitch = node.path("pitch").asInt(gender.equals("male") ? 40 : 60);
            int wordsPerMinute = node.path("wordsPerMinute").asInt(170);
            if (pitch < 0 || pitch > 99 || wordsPerMinute < 80 || wordsPerMinute > 450) {
                problems.add(where + ": pitch must be 0–99 and wordsPerMinute 80–450");
            }
            String espeak = node.path("espeak").asString(
                    (language.equals("en") ? "en-us" : language) + (gender.equals("male") ? "+m3" : "+f3"));
            if (problems.isEmpty()) {
                entries.add(new Entry(new Voice(id, name, language, gender, espeak, pitch, wordsPerMinute,
                        elevenLabs), node.path("hidden").asBoolean(false)));
            }
        }
        if (!problems.isEmpty()) {
            throw new Invalid(String.join("; ", problems));
        }
        if (entries.stream().noneMatch(entry -> !entry.hidden())) {
            throw new Invalid("the gallery needs at least one shown voice");
        }
        return entries;
    }
}
