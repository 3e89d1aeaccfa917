package io.ugcbot.gateway.catalog;

import io.ugcbot.events.MessageCodec;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogManifestTest {

    private static final Set<String> IN_BUCKET = Set.of("op/kate.jpg", "op/leo.png", "op/old.png");

    @Test
    void shouldKeepTheOrderAndLeaveHiddenCharactersOut() throws Exception {
        var characters = read("""
                {"characters": [
                  {"id": "leo", "name": {"en": "Leo", "ru": "Лев"}, "gender": "MALE", "age": "31", "image": "op/leo.png"},
                  {"id": "old", "name": {"en": "Old"}, "gender": "MALE", "age": "70", "image": "op/old.png",
                   "hidden": true},
                  {"id": "kate", "name": {"en": "Kate"}, "gender": "FEMALE", "age": "24", "image": "op/kate.jpg"}
                ]}""");

        assertThat(characters).extracting(CatalogCharacter::id).containsExactly("leo", "kate");
        assertThat(characters.getFirst().name("ru")).isEqualTo("Лев");
        assertThat(characters.getLast().name("ru")).as("no Russian name: the English one").isEqualTo("Kate");
    }

    @Test
    void shouldNameEveryMistakeWithItsEntryAndUseNothing() {
        assertThatThrownBy(() -> read("""
                {"characters": [
                  {"id": "Kate!", "name": {"en": "Kate"}, "gender": "FEMALE", "age": "24", "image": "op/kate.jpg"},
                  {"id": "leo", "name": {}, "gender": "man", "age": "", "image": "op/missing.png"},
                  {"id": "leo", "name": {"en": "Leo"}, "gender": "MALE", "age": "31", "image": "op/leo.gif"}
                ]}"""))
                .isInstanceOf(CatalogManifest.Invalid.class)
                .hasMessageContaining("character 1 (Kate!): id must be")
                .hasMessageContaining("character 2 (leo): name.en is missing")
                .hasMessageContaining("character 2 (leo): gender must be FEMALE or MALE")
                .hasMessageContaining("character 2 (leo): age is missing")
                .hasMessageContaining("image op/missing.png is not in the bucket")
                .hasMessageContaining("character 3 (leo): id is used twice")
                .hasMessageContaining("character 3 (leo): image must be the S3 key of a .png or .jpg");
    }

    @Test
    void shouldRefuseAManifestThatLeavesAGalleryEmptyOrIsNoManifest() {
        assertThatThrownBy(() -> read("""
                {"characters": [
                  {"id": "kate", "name": {"en": "Kate"}, "gender": "FEMALE", "age": "24", "image": "op/kate.jpg"}
                ]}""")).hasMessageContaining("at least one shown character of each gender");
        assertThatThrownBy(() -> read("[1, 2]")).hasMessageContaining("no \"characters\" list");
        assertThatThrownBy(() -> read("{nope")).hasMessageContaining("not JSON");
    }

    @Test
    void shouldOfferTwelveDemoCharactersOverBothGendersAndAllAges() {
        assertThat(DemoCharacters.ALL).hasSizeGreaterThanOrEqualTo(12)
                .extracting(DemoCharacter::id).doesNotHaveDuplicates();
        assertThat(DemoCharacters.ALL).filteredOn(c -> c.gender() == CatalogCharacter.Gender.FEMALE).hasSize(6);
        assertThat(DemoCharacters.ALL).extracting(c -> Integer.parseInt(c.age()))
                .anyMatch(age -> age < 25).anyMatch(age -> age >= 60);
    }

    private static java.util.List<CatalogCharacter> read(String json) throws CatalogManifest.Invalid {
        return CatalogManifest.read(new MessageCodec().json(), json.getBytes(StandardCharsets.UTF_8),
                IN_BUCKET::contains);
    }
}
