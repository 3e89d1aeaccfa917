-- Shared by every service, applied in the service's own schema before its own migrations (V1_1 onwards).

-- The transactional outbox: rows written with the state change, relayed to Kafka after commit, then deleted.
create table outbox (
    seq         bigint generated always as identity primary key,
    id          uuid        not null unique,
    topic       text        not null,
    record_key  text        not null,
    type        text        not null,
    subject     text        not null,
    source      text        not null,
    created_at  timestamptz not null,
    traceparent text,
    payload     text        not null
);

-- The idempotent consumer: what each consumer has applied, claimed in the handler's transaction.
create table processed_message (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);
