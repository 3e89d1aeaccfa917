-- A synthesis per request: the provider (ElevenLabs, paid per character) is called by a worker outside any consumer's
-- transaction, so a redelivered command or a failure after the call never pays for the same speech twice.
-- command is the SynthesizeSpeech payload as it arrived (JSON).
create table speech_job (
    request_id      uuid primary key,
    user_id         bigint      not null,
    command         text        not null,
    status          text        not null check (status in ('QUEUED', 'RUNNING', 'DONE')),
    attempts        int         not null default 0,
    lease_until     timestamptz,
    next_attempt_at timestamptz,
    created_at      timestamptz not null
);
create index speech_job_claimable on speech_job (created_at) where status in ('QUEUED', 'RUNNING');
