-- Telegram Stars payments, one row per telegram_payment_charge_id: a payment Telegram reports twice is granted once.
-- payment_id (derived from the charge id) is the ledger's grant id. payload is null for rows rebuilt from events.
create table star_payment (
    charge_id   text primary key,
    payment_id  uuid        not null unique,
    user_id     bigint      not null,
    payload     text,
    credits     int         not null check (credits >= 0),
    stars       int         not null check (stars > 0),
    paid_at     timestamptz not null,
    refunded_at timestamptz,
    refunded_by bigint
);
create index star_payment_user on star_payment (user_id, paid_at);
