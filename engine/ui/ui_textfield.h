/* ui_textfield.h: an editable text field for the desktop's input boxes (the Chat app's message
 * box first): a UTF-8 buffer with a byte cap, a caret that moves by character, word, line and
 * whole text, insertion at the caret (typing, paste), Backspace/Delete that never split a
 * multi-byte character, optional hard line breaks, and drawing that measures the text with
 * TTF so the caret sits at its true pixel column, scrolling sideways (and down, past
 * max_lines) to keep it visible. The field knows nothing of sending: the owner handles Enter. */
#ifndef WORKSIM_UI_TEXTFIELD_H
#define WORKSIM_UI_TEXTFIELD_H

#include "ui/ui.h"

#include <stddef.h>

typedef struct UiTextField {
    char *text;          /* NUL-terminated, len bytes, never more than cap */
    size_t len, cap;
    size_t caret;        /* byte offset, always at a character boundary */
    bool multiline;      /* Shift+Enter inserts '\n'; else line breaks become spaces */
    int max_lines;       /* lines shown before the field scrolls vertically */
    bool clipped;        /* the last insertion was cut at cap (the owner shows a note) */
    int scroll_x;        /* pixels of the lines left of the visible area */
    int first_line;      /* the first line shown */
    int caret_px;        /* where the caret was last drawn (x, relative to the field's left); -1: not drawn */
} UiTextField;

void ui_textfield_init(UiTextField *tf, size_t cap, bool multiline, int max_lines);
void ui_textfield_free(UiTextField *tf);

/* Replaces the text (cut at cap on a character boundary); the caret goes to the end. */
void ui_textfield_set(UiTextField *tf, const char *utf8);
void ui_textfield_clear(UiTextField *tf);

/* Inserts utf8 at the caret, whole characters only while they fit in cap ("\r\n" and "\r"
 * become "\n", tabs spaces); returns false (and sets clipped) when something was left out. */
bool ui_textfield_insert(UiTextField *tf, const char *utf8);

/* Editing and caret keys: Left/Right (Ctrl: by word), Home/End (Ctrl: whole text), Up/Down
 * between lines, Backspace/Delete (Ctrl: by word), Ctrl+V paste, Shift+Enter a line break
 * when multiline. font measures lines for Up/Down. Returns false for keys it leaves to the
 * owner: plain Enter, Up on the first line, Down on the last, and everything else. */
bool ui_textfield_key(UiTextField *tf, const SDL_KeyboardEvent *k, TTF_Font *font);

/* Lines in the text (1 + line breaks) and how many are shown (at most max_lines). */
int ui_textfield_lines(const UiTextField *tf);
int ui_textfield_visible_lines(const UiTextField *tf);

/* Draws the text in inner (line height line_h, top-aligned), scrolled so the caret is
 * visible, with the caret when show_caret. Records caret_px. */
void ui_textfield_draw(UiTextField *tf, UiDraw *d, TTF_Font *font, int line_h, SDL_Rect inner, SDL_Color color,
                       bool show_caret);

/* Puts the caret at the character nearest (x, y) as last drawn in inner. */
void ui_textfield_click(UiTextField *tf, TTF_Font *font, int line_h, SDL_Rect inner, int x, int y);

#endif
