-- One row per user; available = granted - captured - pending, never negative.
create table account (
    user_id  bigint primary key,
    granted  bigint not null default 0,
    pending  bigint not null default 0,
    captured bigint not null default 0,
    constraint available_never_negative check (granted - captured - pending >= 0),
    constraint parts_never_negative check (granted >= 0 and pending >= 0 and captured >= 0)
);

-- Grants applied, by id: the same grant twice is applied once.
create table credit_grant (
    grant_id   uuid primary key,
    user_id    bigint      not null,
    amount     int         not null check (amount > 0),
    kind       text        not null,
    actor      text        not null,
    created_at timestamptz not null
);

-- Two-phase payments for generations. Rejected requests are kept so a repeat gets the same answer; every other
-- reservation reaches exactly one of CAPTURED, RELEASED, EXPIRED.
create table reservation (
    generation_id   uuid primary key,
    user_id         bigint      not null,
    amount          int         not null check (amount > 0),
    captured_amount int         not null default 0 check (captured_amount >= 0 and captured_amount <= amount),
    status          text        not null check (status in ('PENDING', 'CAPTURED', 'RELEASED', 'EXPIRED', 'REJECTED')),
    expires_at      timestamptz not null,
    created_at      timestamptz not null,
    settled_at      timestamptz
);
create index reservation_pending_expiry on reservation (expires_at) where status = 'PENDING';

-- History: every change to a user's available balance (delta), what caused it and who. Deltas add up to available.
create table ledger_entry (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null,
    delta        int         not null,
    kind         text        not null,
    reference_id uuid        not null,
    actor        text        not null,
    created_at   timestamptz not null
);
create index ledger_entry_user on ledger_entry (user_id, id);
