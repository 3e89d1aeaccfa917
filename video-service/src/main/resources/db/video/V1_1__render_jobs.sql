-- One row per generation; created by whichever of GenerationRequested / CreditsReserved arrives first.
create table render_job (
    generation_id uuid primary key,
    user_id       bigint      not null,
    status        text        not null,
    request       text,
    reserved      boolean     not null default false,
    attempts      int         not null default 0,
    lease_until   timestamptz,
    failure       text,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
create index render_job_claimable on render_job (created_at) where status in ('QUEUED', 'RENDERING');
