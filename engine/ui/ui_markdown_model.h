/* ui_markdown_model.h: what colleagues and tickets write, parsed by md4c (CommonMark plus
 * GitHub's tables, strikethrough, task lists and bare-URL links) into flat blocks of styled
 * spans that ui_markdown.c lays out. No SDL here: tests read the model directly.
 * Raw HTML stays literal text, links keep their URL visible (the learner cannot click out of
 * the simulator), emoji shortcodes (":tada:") and emoji characters become emoji spans. */
#ifndef WORKSIM_UI_MARKDOWN_MODEL_H
#define WORKSIM_UI_MARKDOWN_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Longest source parsed; the rest of a longer text is cut (and a note says so). */
#define UI_MD_MAX_SOURCE (64 * 1024)
/* Deepest list or quote nesting that still indents further. */
#define UI_MD_MAX_INDENT 6

enum {
    UI_MD_BOLD = 1 << 0,
    UI_MD_ITALIC = 1 << 1,
    UI_MD_CODE = 1 << 2,     /* inline code: monospace on a tint */
    UI_MD_LINK = 1 << 3,     /* a link's text */
    UI_MD_URL = 1 << 4,      /* a link's target, shown after its text */
    UI_MD_STRIKE = 1 << 5,
    UI_MD_EMOJI = 1 << 6,    /* text is one emoji (UTF-8); alt is its shortcode or the character */
    UI_MD_NOTE = 1 << 7,     /* the renderer's own words (a cut message) */
};

typedef struct UiMdSpan {
    char *text;      /* UTF-8, never empty; "\n" alone is a hard line break */
    unsigned style;  /* UI_MD_* bits */
    char *alt;       /* UI_MD_EMOJI: what to show when no font has the emoji; else NULL */
} UiMdSpan;

typedef enum UiMdBlockKind {
    UI_MD_PARAGRAPH,   /* also a tight list item's text and a table row */
    UI_MD_HEADING,
    UI_MD_CODE_BLOCK,  /* one span, its lines verbatim (fenced or indented) */
    UI_MD_RULE,
} UiMdBlockKind;

typedef struct UiMdBlock {
    UiMdBlockKind kind;
    int heading_level;   /* 1..6 for headings */
    int list_depth;      /* lists this block is inside */
    int quote_depth;     /* block quotes this block is inside */
    char marker[16];     /* the list item's bullet or number ("•", "3.", "☑"), first block of an item only */
    UiMdSpan *spans;
    int n_spans;
} UiMdBlock;

typedef struct UiMdDoc {
    UiMdBlock *blocks;
    int n_blocks;
    bool cut;   /* the source was longer than UI_MD_MAX_SOURCE */
} UiMdDoc;

/* Parses md (NULL: empty) into doc; never fails (invalid UTF-8 and control bytes become '?').
 * Free with ui_md_free. */
void ui_md_parse(const char *md, UiMdDoc *doc);
void ui_md_free(UiMdDoc *doc);

/* The emoji a shortcode name (without colons, len bytes) stands for, as UTF-8, or NULL
 * (ui_markdown_emoji.c). */
const char *ui_md_emoji_for(const char *name, size_t len);
/* True for code points drawn from the emoji font (pictographs, dingbats, flags' letters). */
bool ui_md_is_emoji_codepoint(uint32_t c);

#endif
