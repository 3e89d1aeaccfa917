-- Grants taken back (a refunded Stars purchase), by the grant's id: a refund reported twice takes back once. The
-- amount is what was still unspent then, 0 when the user had spent it all.
create table grant_revocation (
    grant_id   uuid primary key references credit_grant (grant_id),
    user_id    bigint      not null,
    amount     int         not null check (amount >= 0),
    actor      text        not null,
    created_at timestamptz not null
);
