package io.ugcbot.edit.editing;

import io.ugcbot.edit.EditProperties;
import io.ugcbot.kit.fal.FalQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * The editor {@code EDIT_PROVIDER} names, or with {@code auto}: fal nano-banana if {@code FAL_KEY} is set, else
 * OpenAI images if {@code OPENAI_API_KEY} is set, else the offline editor. The log says which (never a key).
 */
@Configuration
class EditorConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EditorConfiguration.class);

    @Bean
    ProviderChoice providerChoice(EditProperties properties, Clock clock) {
        String wanted = properties.provider() == null ? "auto" : properties.provider().toLowerCase(Locale.ROOT);
        boolean fal = properties.fal() != null && properties.fal().configured();
        boolean openAi = properties.openai() != null && properties.openai().configured();
        Optional<ProviderImageEditor> provider = switch (wanted) {
            case "fal" -> Optional.of(fal(properties, clock, fal));
            case "openai" -> Optional.of(openAi(properties, openAi));
            case "offline" -> Optional.empty();
            case "auto" -> fal ? Optional.of(fal(properties, clock, true))
                    : openAi ? Optional.of(openAi(properties, true)) : Optional.empty();
            default -> throw new IllegalStateException("EDIT_PROVIDER must be auto, fal, openai or offline, not "
                    + properties.provider());
        };
        provider.ifPresentOrElse(editor -> log.info("Image editor: {}", editor.name()),
                () -> log.info("Image editor: offline ({}; set FAL_KEY or OPENAI_API_KEY for a model)",
                        String.join(", ", OfflineImageEditor.vocabulary())));
        return new ProviderChoice(provider);
    }

    private static ProviderImageEditor fal(EditProperties properties, Clock clock, boolean configured) {
        if (!configured) {
            throw new IllegalStateException("EDIT_PROVIDER=fal needs FAL_KEY");
        }
        return new FalImageEditor(properties.fal(), new FalQueue(properties.fal().queue()), clock);
    }

    private static ProviderImageEditor openAi(EditProperties properties, boolean configured) {
        if (!configured) {
            throw new IllegalStateException("EDIT_PROVIDER=openai needs OPENAI_API_KEY");
        }
        return new OpenAiImageEditor(properties.openai());
    }

    /** The provider to use, if any; absent means the offline editor. */
    record ProviderChoice(Optional<ProviderImageEditor> provider) {
    }
}
