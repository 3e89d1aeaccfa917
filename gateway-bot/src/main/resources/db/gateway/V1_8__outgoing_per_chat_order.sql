-- The sender sends each message in its own transaction and checks that it is the first pending one of its chat.
create index outgoing_message_pending_chat on outgoing_message (chat_id, id) where status = 'PENDING';
