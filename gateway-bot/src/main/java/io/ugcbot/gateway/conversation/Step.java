package io.ugcbot.gateway.conversation;

/**
 * What follows a transition: the reply the user gets and any command sent to a service. {@link CreationSteps}
 * carries each one out; the rules that pick them are in {@link ChatRules}.
 */
public enum Step {
    /** Nothing to say: a late answer to a request the chat no longer waits for, or a result told by another part. */
    NONE,
    SHOW_MENU,
    /** Back at the menu while a video is still being made: it will still arrive, paid once. */
    SHOW_MENU_VIDEO_COMING,
    CANCELLED,
    CANCELLED_VIDEO_COMING,
    NOTHING_TO_CANCEL,
    /** /resume with nothing unfinished. */
    NOTHING_TO_RESUME,
    /** /overlay: the last video's speech and character are back; a clip (or the same one) makes it again. */
    ASK_OVERLAY_CLIP,
    OVERDUE,
    OVERDUE_VIDEO,
    PLEASE_WAIT,
    /** A button that does not fit where the chat is (an older message's): said so, and the chat stays where it is. */
    NOT_NOW,
    USE_MENU,
    SHOW_GENDERS,
    /** A new character gallery message, on its first page. */
    SHOW_CHARACTERS,
    /** The open gallery edited in place: another page or gender. */
    TURN_CHARACTER_PAGE,
    /** The chosen character, with the voice gallery (and a way to edit the character) below. */
    SHOW_VOICES,
    TURN_VOICE_PAGE,
    PLAY_PREVIEW,
    ASK_EDIT_PROMPT,
    PROMPT_TOO_LONG,
    REQUEST_EDIT,
    SHOW_EDITED,
    SHOW_ORIGINAL,
    EDIT_FAILED,
    ASK_SCRIPT,
    SCRIPT_TOO_LONG,
    REQUEST_SPEECH,
    SHOW_SPEECH,
    SPEECH_TOO_LONG,
    SPEECH_FAILED,
    /** The reviewed speech's buttons again (back from a later step). */
    SHOW_REVIEW,
    ASK_COST_CONFIRMATION,
    ASK_BACKGROUND,
    BACKGROUND_NOT_EXPECTED,
    CLIP_TOO_BIG,
    REQUEST_IMPORT,
    CLIP_REJECTED,
    /** The clip chosen at the start is ready: now the character (the genders, without the clip button). */
    CLIP_KEPT,
    START_GENERATION,
    /** The user's photo goes to storage-service to be fetched and checked for a face. */
    REQUEST_PHOTO_IMPORT,
    /** The user's photo is the character: shown, then the voices. */
    SHOW_OWN_PHOTO,
    PHOTO_REJECTED,
    /** A photo where no character is being chosen: said where it fits. */
    PHOTO_NOT_EXPECTED
}
