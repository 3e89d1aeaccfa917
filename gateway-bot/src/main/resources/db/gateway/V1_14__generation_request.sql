-- the GenerationRequested as sent (JSON): /overlay makes the last video again over a clip from it
alter table generation add column request text;
