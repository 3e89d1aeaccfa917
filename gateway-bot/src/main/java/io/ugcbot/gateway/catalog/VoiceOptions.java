package io.ugcbot.gateway.catalog;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.tts.VoiceCatalogPublished;
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
 * {@code voice_option} with its order and the hidden ones (found by id still: a chat that chose one keeps it). A
 * replay of the topic rewrites the same rows.
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

    /** The voices shown, in the catalog's order (the operator's manifest); ties Russian first, then by id. */
    public List<VoiceOption> all() {
        return jdbc.sql("""
                        select voice_id, name, language, gender, preview from voice_option where not hidden
                        order by position, case language when 'ru' then 0 when 'en' then 1 else 2 end, voice_id""")
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
                                                  preview_duration_ms, updated_at, position, hidden)
                        values (:id, :name, :language, :gender, :provider, :preview, :duration, :at, :position,
                                :hidden or exists (select 1 from voice_catalog where not (:id = any(shown))))
                        on conflict (voice_id) do update set name = excluded.name, language = excluded.language,
                            gender = excluded.gender, provider = excluded.provider, preview = excluded.preview,
                            preview_duration_ms = excluded.preview_duration_ms, updated_at = excluded.updated_at,
                            position = excluded.position, hidden = excluded.hidden""")
                .param("id", voice.voiceId()).param("name", voice.name()).param("language", voice.language())
                .param("gender", voice.gender()).param("provider", voice.provider())
                .param("preview", voice.preview() == null ? null : codec.json().writeValueAsString(voice.preview()))
                .param("duration", voice.previewDurationMs()).param("at", Timestamp.from(clock.instant()))
                .param("position", voice.position()).param("hidden", voice.hidden())
                .update();
    }

    /**
     * The newest list of the voices shown hides every other voice; an older list (a replay, a record from another
     * partition arriving late) changes nothing. Whichever of a voice's record and the list comes first, the voice
     * ends up as the newest list says.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void catalogPublished(VoiceCatalogPublished catalog) {
        int newer = jdbc.sql("""
                        insert into voice_catalog (id, shown, published_at) values (1, :shown, :at)
                        on conflict (id) do update set shown = excluded.shown, published_at = excluded.published_at
                        where voice_catalog.published_at < excluded.published_at""")
                .param("shown", catalog.shown().toArray(String[]::new))
                .param("at", Timestamp.from(catalog.publishedAt()))
                .update();
        if (newer > 0) {
            jdbc.sql("update voice_option set hidden = not (voice_id = any(:shown))")
                    .param("shown", catalog.shown().toArray(String[]::new)).update();
        }
    }

    private VoiceOption option(String id, String name, String language, String gender, String preview) {
        return new VoiceOption(id, name, language, gender,
                preview == null ? null : codec.json().readValue(preview, AssetRef.class));
    }
}
