package io.ugcbot.edit.editing;

import io.ugcbot.edit.EditProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

/** OpenAI images when {@code OPENAI_API_KEY} is set, the offline editor otherwise; the log says which (never the key). */
@Configuration
class EditorConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EditorConfiguration.class);

    @Bean
    ProviderChoice providerChoice(EditProperties properties) {
        if (properties.openai() != null && properties.openai().configured()) {
            OpenAiImageEditor editor = new OpenAiImageEditor(properties.openai());
            log.info("Image editor: {}", editor.name());
            return new ProviderChoice(Optional.of(editor));
        }
        log.info("Image editor: offline ({}; set OPENAI_API_KEY for OpenAI images)",
                String.join(", ", OfflineImageEditor.vocabulary()));
        return new ProviderChoice(Optional.empty());
    }

    /** The provider to use, if any; absent means the offline editor. */
    record ProviderChoice(Optional<ProviderImageEditor> provider) {
    }
}
