-- A user's request for more credits (the seed's "запросы на пополнение"), sent to the team at most once an hour.
create table topup_request (
    user_id      bigint primary key,
    requested_at timestamptz not null
);
