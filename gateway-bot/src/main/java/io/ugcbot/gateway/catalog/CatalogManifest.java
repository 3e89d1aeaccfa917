package io.ugcbot.gateway.catalog;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The operator's character manifest, a JSON file in S3:
 *
 * <pre>{"characters": [
 *   {"id": "kate", "name": {"en": "Kate", "ru": "Катя"}, "gender": "FEMALE", "age": "30",
 *    "image": "catalog/operator/kate.jpg", "hidden": false}
 * ]}</pre>
 *
 * The list's order is the galleries' order; {@code hidden} keeps a character out of them without deleting it. Every
 * mistake is reported at once, with the entry it is in, and nothing of a wrong manifest is used.
 */
final class CatalogManifest {

    /** Ids end up in callback data ({@code char:<id>}, 64 bytes at most) and in S3 keys. */
    private static final String ID = "[a-z0-9][a-z0-9_-]{0,39}";

    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    private CatalogManifest() {
    }

    static List<CatalogCharacter> read(JsonMapper json, byte[] manifest, Predicate<String> imageExists)
            throws Invalid {
        JsonNode root;
        try {
            root = json.readTree(manifest);
        } catch (RuntimeException e) {
            throw new Invalid("the manifest is not JSON: " + e.getMessage());
        }
        JsonNode entries = root.path("characters");
        if (!entries.isArray()) {
            throw new Invalid("the manifest has no \"characters\" list");
        }
        List<String> problems = new ArrayList<>();
        List<CatalogCharacter> characters = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int number = 0;
        for (JsonNode entry : entries) {
            number++;
            String id = entry.path("id").asString("");
            String where = "character " + number + (id.isEmpty() ? "" : " (" + id + ")");
            if (!id.matches(ID)) {
                problems.add(where + ": id must be 1–40 of a-z, 0-9, - and _");
            } else if (!ids.add(id)) {
                problems.add(where + ": id is used twice");
            }
            String nameEn = entry.path("name").path("en").asString("").strip();
            String nameRu = entry.path("name").path("ru").asString("").strip();
            if (nameEn.isEmpty()) {
                problems.add(where + ": name.en is missing");
            }
            String gender = entry.path("gender").asString("");
            if (!gender.equals("FEMALE") && !gender.equals("MALE")) {
                problems.add(where + ": gender must be FEMALE or MALE");
            }
            String age = entry.path("age").asString("").strip();
            if (age.isEmpty()) {
                problems.add(where + ": age is missing");
            }
            String image = entry.path("image").asString("");
            if (image.isEmpty() || !(image.endsWith(".png") || image.endsWith(".jpg") || image.endsWith(".jpeg"))) {
                problems.add(where + ": image must be the S3 key of a .png or .jpg");
            } else if (!imageExists.test(image)) {
                problems.add(where + ": image " + image + " is not in the bucket");
            }
            if (problems.isEmpty() && !entry.path("hidden").asBoolean(false)) {
                characters.add(new CatalogCharacter(id, nameEn, nameRu.isEmpty() ? null : nameRu,
                        CatalogCharacter.Gender.valueOf(gender), age, image));
            }
        }
        if (!problems.isEmpty()) {
            throw new Invalid(String.join("; ", problems));
        }
        if (characters.stream().map(CatalogCharacter::gender).distinct().count() < 2) {
            throw new Invalid("the galleries need at least one shown character of each gender");
        }
        return characters;
    }
}
