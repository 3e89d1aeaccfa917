-- tts-service's voice catalog as last published on tts.voices: what the voice menu offers.
create table voice_option (
    voice_id            text primary key,
    name                text        not null,
    language            text        not null,
    gender              text        not null,
    provider            text        not null,
    preview             text,
    preview_duration_ms bigint      not null default 0,
    updated_at          timestamptz not null
);
