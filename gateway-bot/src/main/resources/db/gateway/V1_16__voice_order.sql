-- the voices' order and visibility from tts-service's catalog (the operator's manifest), and the newest list of the
-- voices shown: a voice not in it is hidden, even one the manifest dropped and tts-service never republished
alter table voice_option add column position integer not null default 0;
alter table voice_option add column hidden boolean not null default false;
create table voice_catalog (
    id           integer primary key check (id = 1),
    shown        text[]      not null,
    published_at timestamptz not null
);
