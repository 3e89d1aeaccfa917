-- Every stored file with its owner and how long it is kept.
create table asset (
    bucket       text        not null,
    key          text        not null,
    owner_id     bigint      not null,
    kind         text        not null,
    content_type text        not null,
    size         bigint      not null,
    sha256       text        not null,
    subject      text        not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    primary key (bucket, key)
);
create index asset_owner on asset (owner_id, created_at);
