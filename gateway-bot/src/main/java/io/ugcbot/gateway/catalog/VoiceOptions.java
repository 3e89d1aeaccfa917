package io.ugcbot.gateway.catalog;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.tts.VoicePublished;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The voices offered: tts-service's catalog as last published on the compacted {@code tts.voices} topic, kept in
 * {@code voice_option}. A replay of the topic rewrites the same rows.
 */
@Component
public class VoiceOptions {

    private final JdbcClient jdbc;
    private final MessageCodec codec;
    private final Clock clock;

    VoiceOptions(JdbcClient jdbc, MessageCodec codec, Clock clock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.clock = clock;
    }

    /** Russian voices first, then English, each by id: a stable order for the menu. */
    public List<VoiceOption> all() {
        return jdbc.sql("""
                        select voice_id, name, language, gender, preview from voice_option
                        order by case language when 'ru' then 0 when 'en' then 1 else 2 end, voice_id""")
                .query((rs, row) -> option(rs.getString("voice_id"), rs.getString("name"), rs.getString("language"),
                        rs.getString("gender"), rs.getString("preview")))
                .list();
    }

    public Optional<VoiceOption> find(String id) {
        return jdbc.sql("select voice_id, name, language, gender, preview from voice_option where voice_id = :id")
                .param("id", id)
                .query((rs, row) -> option(rs.getString("voice_id"), rs.getString("name"), rs.getString("language"),
                        rs.getString("gender"), rs.getString("preview")))
                .optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void published(VoicePublished voice) {
        jdbc.sql("""
                        insert into voice_option (voice_id, name, language, gender, provider, preview,
                                                  preview_duration_ms, updated_at)
                        values (:id, :name, :language, :gender, :provider, :preview, :duration, :at)
                        on conflict (voice_id) do update set name = excluded.name, language = excluded.language,
                            gender = excluded.gender, provider = excluded.provider, preview = excluded.preview,
                            preview_duration_ms = excluded.preview_duration_ms, updated_at = excluded.updated_at""")
                .param("id", voice.voiceId()).param("name", voice.name()).param("language", voice.language())
                .param("gender", voice.gender()).param("provider", voice.provider())
                .param("preview", voice.preview() == null ? null : codec.json().writeValueAsString(voice.preview()))
                .param("duration", voice.previewDurationMs()).param("at", Timestamp.from(clock.instant()))
                .update();
    }

    private VoiceOption option(String id, String name, String language, String gender, String preview) {
        return new VoiceOption(id, name, language, gender,
                preview == null ? null : codec.json().readValue(preview, AssetRef.class));
    }
}
