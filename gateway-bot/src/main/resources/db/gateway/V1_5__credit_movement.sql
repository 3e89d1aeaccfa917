-- "My credits": what changed the user's balance for good (grants and videos paid), a read model of credits-service's
-- CreditsGranted and CreditsCaptured. Reservations are left out: one either ends in a capture or gives the credit back.
create table credit_movement (
    user_id       bigint      not null,
    reference_id  uuid        not null, -- the grant id, or the generation id of a video paid
    kind          text        not null, -- WELCOME_BONUS, ADMIN_TOP_UP, PURCHASE, VIDEO
    delta         integer     not null,
    balance_after bigint      not null,
    recorded_at   timestamptz not null,
    primary key (user_id, reference_id, kind)
);
