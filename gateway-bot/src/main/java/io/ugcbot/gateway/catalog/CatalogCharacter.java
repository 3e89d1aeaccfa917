package io.ugcbot.gateway.catalog;

/**
 * A character users can choose: from the operator's manifest (its image in S3) or, without one, a painted demo.
 *
 * @param imageKey the portrait's S3 key in the assets bucket; null for a painted demo character
 */
public record CatalogCharacter(String id, String nameEn, String nameRu, Gender gender, String age, String imageKey) {

    public enum Gender { FEMALE, MALE }

    public String name(String language) {
        return "ru".equals(language) && nameRu != null ? nameRu : nameEn;
    }
}
