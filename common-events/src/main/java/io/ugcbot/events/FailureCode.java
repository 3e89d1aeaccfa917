package io.ugcbot.events;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;

/**
 * Why a request failed, as a word every reader can put into its users' language (the gateway has a text per code in
 * each language it speaks). Codes are shared by all services: the event they come in says what failed, the code says
 * why. A code's figures, when it has any, are listed on it. Add codes at will: a reader that does not know one yet reads
 * it as {@link #UNKNOWN}.
 */
public enum FailureCode {

    /** A code this reader does not know yet (from a newer producer), or a message from before codes. */
    @JsonEnumDefaultValue
    UNKNOWN("failed"),
    /** Something broke on our side after every retry. */
    INTERNAL("failed on our side"),
    PROVIDER_QUOTA("the provider's quota is used up"),
    /** The provider refused our key, account or balance: an operator must act. */
    PROVIDER_ACCOUNT("the provider refused our key or account"),
    /** Busy or down after our retries (or the circuit is open): worth trying again later. */
    PROVIDER_UNAVAILABLE("the provider is unavailable"),
    PROVIDER_TIMED_OUT("the provider took too long"),
    /** The provider says the configured model does not exist or is retired: no retry helps, an operator must act. */
    MODEL_UNAVAILABLE("the provider's model is unavailable"),
    /** The provider ran the request and it ended without a result. */
    PROVIDER_FAILED("the provider could not make it"),
    /** The provider cannot use this image, speech or prompt. */
    INPUT_REFUSED("the provider could not use the input"),
    CONTENT_DECLINED("declined by the provider's content policy"),
    VOICE_UNAVAILABLE("the voice is not available"),
    /** Figures: the most characters a script may have. */
    SCRIPT_LENGTH("the script must have 1 to %.0f characters"),
    IMAGE_UNREADABLE("the image could not be read"),
    PROMPT_MISSING("no change was described"),
    /** The offline editor understood none of the prompt. */
    PROMPT_NOT_UNDERSTOOD("no edit understood in the prompt"),
    UPLOAD_KIND_UNSUPPORTED("this kind of upload is not supported"),
    UPLOADS_UNAVAILABLE("uploads are not configured"),
    /** Figures: the file's size and the limit, in MB. */
    FILE_TOO_LARGE("the file is %.1f MB; at most %.0f MB"),
    FILE_NOT_READABLE("the file could not be read as a video"),
    FILE_WITHOUT_VIDEO("the file has no video stream"),
    /** Figures: the clip's length and the limit, in seconds. */
    CLIP_TOO_LONG("the clip is %.1f s long; at most %.0f s"),
    /** A user's photo in which no face was found: it cannot speak. */
    NO_FACE("no face was found in the photo"),
    /** Figures: the photo's shorter side and the least it may be, in pixels. */
    PHOTO_TOO_SMALL("the photo is %.0f px on its shorter side; at least %.0f px"),
    /** Telegram would not hand the file over (gone, too old, refused). */
    FILE_UNAVAILABLE("the file could not be fetched from Telegram"),
    /** The file is not the asking user's, or is no longer kept. */
    NOT_YOURS("not the user's file, or no longer kept");

    private final String englishTemplate;

    FailureCode(String englishTemplate) {
        this.englishTemplate = englishTemplate;
    }

    /** Plain English for logs, operators and readers without texts of their own; never localised. */
    public String describe(List<Double> figures) {
        try {
            return String.format(Locale.ROOT, englishTemplate, figures.toArray());
        } catch (IllegalFormatException e) {
            return englishTemplate;
        }
    }
}
