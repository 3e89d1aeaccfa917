-- Telegram users and the balance the ledger last reported (a read model).
create table bot_user (
    user_id       bigint primary key,
    username      text,
    first_name    text,
    language      text        not null,
    balance       bigint      not null default 0,
    registered_at timestamptz not null
);

-- Each user's conversation, so a restart or another instance carries on where it was.
create table chat_session (
    user_id           bigint primary key,
    state             text not null,
    character_id      text,
    voice_id          text,
    script            text,
    speech_request_id uuid,
    speech            text,
    generation_id     uuid,
    updated_at        timestamptz
);

-- The user's generations, built from events: history and download links come from here.
create table generation (
    generation_id     uuid primary key,
    user_id           bigint      not null,
    status            text        not null,
    character_id      text        not null,
    script            text        not null,
    cost              int         not null,
    video_bucket      text,
    video_key         text,
    video_duration_ms bigint,
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);
create index generation_user on generation (user_id, created_at);

-- The Telegram outbox: messages decided in a transaction, sent after it, once each (dedup_key).
create table outgoing_message (
    id                  bigint generated always as identity primary key,
    chat_id             bigint      not null,
    kind                text        not null,
    dedup_key           text unique,
    target_key          text,
    text                text,
    buttons             text,
    asset               text,
    asset_key           text,
    status              text        not null default 'PENDING',
    attempts            int         not null default 0,
    next_attempt_at     timestamptz not null,
    telegram_message_id int,
    telegram_file_id    text,
    error               text,
    created_at          timestamptz not null,
    sent_at             timestamptz
);
create index outgoing_message_due on outgoing_message (next_attempt_at, id) where status = 'PENDING';
-- Telegram's file_id of an asset already uploaded: the same file is sent again by id, not uploaded again.
create index outgoing_message_sent_asset on outgoing_message (asset_key) where telegram_file_id is not null;
