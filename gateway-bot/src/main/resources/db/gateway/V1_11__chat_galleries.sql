-- the open gallery's gender and page, and the choice awaiting a second confirmation (high cost)
alter table chat_session add column gallery_gender varchar(16);
alter table chat_session add column gallery_page integer not null default 0;
alter table chat_session add column orientation varchar(16);
alter table chat_session add column pending_background boolean not null default false;
alter table chat_session add column last_voice_id varchar(128);
