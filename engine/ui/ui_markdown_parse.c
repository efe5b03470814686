/* ui_markdown_parse.c: md4c's callbacks building the block and span model of
 * ui_markdown_model.h. Text of one style is gathered until the style changes, then split
 * into emoji and plain spans. The source is sanitized first (invalid UTF-8 and control bytes
 * as '?', tabs expanded) and cut at UI_MD_MAX_SOURCE, so md4c and the fonts see valid text. */
#include "ui/ui_markdown_model.h"

#include "base/utf8.h"
#include "base/util.h"

#include <md4c.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct ListLevel {
    bool ordered;
    unsigned next;   /* the next item's number */
    char delim;      /* '.' or ')' */
} ListLevel;

typedef struct Builder {
    UiMdDoc *doc;
    int blocks_cap, spans_cap;
    int open;                 /* index of the leaf block receiving text, -1 for none */
    bool verbatim;            /* inside a code block: text is kept as is */
    int bold, italic, code, link, strike;   /* open spans of each kind (they nest) */
    char *text;               /* text of the current style not yet made into spans */
    size_t text_len, text_cap;
    unsigned text_style;
    ListLevel *lists;
    int n_lists, lists_cap;
    int quote_depth;
    char marker[16];          /* the open list item's marker, until its first block takes it */
    char *href;               /* the open link's target */
    size_t link_from_span;    /* first span of the open link's text */
    int cells;                /* cells so far in the open table row */
} Builder;

static unsigned current_style(const Builder *b)
{
    return (b->bold ? UI_MD_BOLD : 0) | (b->italic ? UI_MD_ITALIC : 0) | (b->code ? UI_MD_CODE : 0) |
           (b->link ? UI_MD_LINK : 0) | (b->strike ? UI_MD_STRIKE : 0);
}

static UiMdBlock *open_block(Builder *b, UiMdBlockKind kind);

static void push_span(Builder *b, const char *text, size_t len, unsigned style, const char *alt)
{
    if (len == 0) return;
    UiMdBlock *blk = b->open >= 0 ? &b->doc->blocks[b->open] : open_block(b, UI_MD_PARAGRAPH);
    if (blk->n_spans == b->spans_cap) {
        b->spans_cap = b->spans_cap ? b->spans_cap * 2 : 8;
        blk->spans = xrealloc(blk->spans, (size_t)b->spans_cap * sizeof *blk->spans);
    }
    UiMdSpan *s = &blk->spans[blk->n_spans++];
    s->text = xstrndup(text, len);
    s->style = style;
    s->alt = alt ? xstrdup(alt) : NULL;
}

static bool shortcode_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '+' || c == '-';
}

/* Splits plain text into spans around ":shortcode:"s and emoji characters. */
static void push_with_emoji(Builder *b, const char *s, size_t len, unsigned style)
{
    size_t from = 0, i = 0;
    while (i < len) {
        if (s[i] == ':') {
            size_t j = i + 1;
            while (j < len && j - i <= 32 && shortcode_char(s[j])) j++;
            const char *emoji = j < len && s[j] == ':' && j > i + 1 ? ui_md_emoji_for(s + i + 1, j - i - 1) : NULL;
            if (emoji) {
                push_span(b, s + from, i - from, style, NULL);
                char *alt = xstrndup(s + i, j + 1 - i);
                push_span(b, emoji, strlen(emoji), style | UI_MD_EMOJI, alt);
                free(alt);
                i = from = j + 1;
                continue;
            }
            i++;
            continue;
        }
        const char *p = s + i;
        uint32_t c = utf8_decode(&p);
        size_t n = (size_t)(p - (s + i));
        if (ui_md_is_emoji_codepoint(c)) {
            push_span(b, s + from, i - from, style, NULL);
            char *one = xstrndup(s + i, n);
            push_span(b, one, n, style | UI_MD_EMOJI, one);
            free(one);
            from = i + n;
        } else if (c == 0xFE0F && from == i) {
            from = i + n;   /* the emoji presentation selector after an emoji: drawn already */
        }
        i += n;
    }
    push_span(b, s + from, len - from, style, NULL);
}

static void flush_text(Builder *b)
{
    if (b->text_len == 0) return;
    if (b->verbatim || (b->text_style & UI_MD_CODE)) push_span(b, b->text, b->text_len, b->text_style, NULL);
    else push_with_emoji(b, b->text, b->text_len, b->text_style);
    b->text_len = 0;
}

static void add_text(Builder *b, const char *s, size_t len)
{
    unsigned style = current_style(b);
    if (style != b->text_style) flush_text(b);
    b->text_style = style;
    if (b->text_len + len + 1 > b->text_cap) {
        b->text_cap = (b->text_len + len + 1) * 2;
        b->text = xrealloc(b->text, b->text_cap);
    }
    memcpy(b->text + b->text_len, s, len);
    b->text_len += len;
    b->text[b->text_len] = 0;   /* the emoji scan decodes NUL-terminated text */
}

static void close_block(Builder *b)
{
    flush_text(b);
    b->open = -1;
    b->verbatim = false;
}

static UiMdBlock *open_block(Builder *b, UiMdBlockKind kind)
{
    if (b->open >= 0) close_block(b);
    UiMdDoc *doc = b->doc;
    if (doc->n_blocks == b->blocks_cap) {
        b->blocks_cap = b->blocks_cap ? b->blocks_cap * 2 : 8;
        doc->blocks = xrealloc(doc->blocks, (size_t)b->blocks_cap * sizeof *doc->blocks);
    }
    UiMdBlock *blk = &doc->blocks[doc->n_blocks];
    memset(blk, 0, sizeof *blk);
    blk->kind = kind;
    blk->list_depth = b->n_lists;
    blk->quote_depth = b->quote_depth;
    memcpy(blk->marker, b->marker, sizeof blk->marker);
    b->marker[0] = 0;
    b->open = doc->n_blocks++;
    b->spans_cap = 0;
    return blk;
}

static void start_item(Builder *b, const MD_BLOCK_LI_DETAIL *li)
{
    ListLevel *l = b->n_lists ? &b->lists[b->n_lists - 1] : NULL;
    if (li && li->is_task) snprintf(b->marker, sizeof b->marker, "%s", li->task_mark == ' ' ? "\xE2\x98\x90" : "\xE2\x98\x91");
    else if (l && l->ordered) snprintf(b->marker, sizeof b->marker, "%u%c", l->next++, l->delim);
    else snprintf(b->marker, sizeof b->marker, "%s", b->n_lists % 2 ? "\xE2\x80\xA2" : "\xE2\x97\xA6");   /* • ◦ */
}

static int enter_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
    Builder *b = ud;
    switch (type) {
    case MD_BLOCK_QUOTE: close_block(b); b->quote_depth++; break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL: {
        close_block(b);
        if (b->n_lists == b->lists_cap) {
            b->lists_cap = b->lists_cap ? b->lists_cap * 2 : 4;
            b->lists = xrealloc(b->lists, (size_t)b->lists_cap * sizeof *b->lists);
        }
        ListLevel *l = &b->lists[b->n_lists++];
        const MD_BLOCK_OL_DETAIL *ol = detail;
        *l = (ListLevel){type == MD_BLOCK_OL, type == MD_BLOCK_OL ? ol->start : 0, type == MD_BLOCK_OL ? ol->mark_delimiter : 0};
        break;
    }
    case MD_BLOCK_LI: close_block(b); start_item(b, detail); break;
    case MD_BLOCK_HR: open_block(b, UI_MD_RULE); close_block(b); break;
    case MD_BLOCK_H: open_block(b, UI_MD_HEADING)->heading_level = (int)((MD_BLOCK_H_DETAIL *)detail)->level; break;
    case MD_BLOCK_CODE: open_block(b, UI_MD_CODE_BLOCK); b->verbatim = true; break;
    case MD_BLOCK_HTML: open_block(b, UI_MD_PARAGRAPH); b->verbatim = true; break;
    case MD_BLOCK_P:
    case MD_BLOCK_TR: open_block(b, UI_MD_PARAGRAPH); b->cells = 0; break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        if (b->cells++ > 0) {
            flush_text(b);
            push_span(b, "  |  ", 5, UI_MD_NOTE, NULL);
        }
        if (type == MD_BLOCK_TH) b->bold++;
        break;
    default: break;
    }
    return 0;
}

static int leave_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
    (void)detail;
    Builder *b = ud;
    switch (type) {
    case MD_BLOCK_QUOTE: close_block(b); b->quote_depth--; break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL: close_block(b); b->n_lists--; break;
    case MD_BLOCK_LI:
        /* An empty item still shows its marker. */
        if (b->marker[0]) open_block(b, UI_MD_PARAGRAPH);
        close_block(b);
        break;
    case MD_BLOCK_CODE:
        /* md4c ends every code line with '\n': the last one is not an empty line. */
        if (b->text_len && b->text[b->text_len - 1] == '\n') b->text_len--;
        if (b->text_len == 0) add_text(b, " ", 1);
        close_block(b);
        break;
    case MD_BLOCK_TH: flush_text(b); b->bold--; break;
    case MD_BLOCK_H:
    case MD_BLOCK_HTML:
    case MD_BLOCK_P:
    case MD_BLOCK_TR: close_block(b); break;
    default: break;
    }
    return 0;
}

static int enter_span(MD_SPANTYPE type, void *detail, void *ud)
{
    Builder *b = ud;
    flush_text(b);
    switch (type) {
    case MD_SPAN_EM: b->italic++; break;
    case MD_SPAN_STRONG: b->bold++; break;
    case MD_SPAN_CODE: b->code++; break;
    case MD_SPAN_DEL: b->strike++; break;
    case MD_SPAN_A:
    case MD_SPAN_IMG: {
        /* Links do not nest (an image inside a link shows the outer target). */
        if (b->link++ > 0) break;
        const MD_ATTRIBUTE *target = type == MD_SPAN_A ? &((MD_SPAN_A_DETAIL *)detail)->href
                                                       : &((MD_SPAN_IMG_DETAIL *)detail)->src;
        free(b->href);
        b->href = utf8_sanitize(target->text, target->size, 2048);
        b->link_from_span = b->open >= 0 ? (size_t)b->doc->blocks[b->open].n_spans : 0;
        break;
    }
    default: break;
    }
    return 0;
}

/* True when the link's visible text already shows its target (an autolink). */
static bool text_shows_target(const Builder *b)
{
    if (b->open < 0 || !b->href) return false;
    const UiMdBlock *blk = &b->doc->blocks[b->open];
    size_t len = 0;
    for (int i = (int)b->link_from_span; i < blk->n_spans; i++) len += strlen(blk->spans[i].text);
    char *shown = xmalloc(len + 1);
    shown[0] = 0;
    for (int i = (int)b->link_from_span; i < blk->n_spans; i++) strcat(shown, blk->spans[i].text);
    const char *h = b->href;
    bool same = strcmp(shown, h) == 0 || (strncmp(h, "mailto:", 7) == 0 && strcmp(shown, h + 7) == 0) ||
                (strncmp(h, "http://", 7) == 0 && strcmp(shown, h + 7) == 0);
    free(shown);
    return same;
}

static int leave_span(MD_SPANTYPE type, void *detail, void *ud)
{
    (void)detail;
    Builder *b = ud;
    flush_text(b);
    switch (type) {
    case MD_SPAN_EM: b->italic--; break;
    case MD_SPAN_STRONG: b->bold--; break;
    case MD_SPAN_CODE: b->code--; break;
    case MD_SPAN_DEL: b->strike--; break;
    case MD_SPAN_A:
    case MD_SPAN_IMG:
        if (--b->link > 0) break;
        if (b->href && *b->href && !text_shows_target(b)) {
            char *shown = xasprintf(" (%s)", b->href);
            push_span(b, shown, strlen(shown), current_style(b) | UI_MD_URL, NULL);
            free(shown);
        }
        free(b->href);
        b->href = NULL;
        break;
    default: break;
    }
    return 0;
}

/* The character an HTML entity ("&amp;", "&#x41;") stands for, as UTF-8 in out; its length. */
static size_t decode_entity(const char *s, size_t len, char out[4])
{
    static const struct { const char *name; uint32_t c; } NAMED[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}, {"&nbsp;", 0xA0},
        {"&copy;", 0xA9}, {"&mdash;", 0x2014}, {"&ndash;", 0x2013}, {"&hellip;", 0x2026}, {"&rarr;", 0x2192},
    };
    uint32_t c = 0xFFFD;
    if (len > 3 && s[1] == '#') {
        bool hex = s[2] == 'x' || s[2] == 'X';
        c = (uint32_t)strtoul(s + (hex ? 3 : 2), NULL, hex ? 16 : 10);
        if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) || c < 0x20) c = 0xFFFD;
    } else {
        for (size_t i = 0; i < sizeof NAMED / sizeof NAMED[0]; i++)
            if (strlen(NAMED[i].name) == len && memcmp(NAMED[i].name, s, len) == 0) c = NAMED[i].c;
    }
    return utf8_encode(c, out);
}

static int on_text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *ud)
{
    Builder *b = ud;
    char buf[4];
    switch (type) {
    case MD_TEXT_NULLCHAR: add_text(b, "\xEF\xBF\xBD", 3); break;
    case MD_TEXT_BR:
        flush_text(b);
        push_span(b, "\n", 1, 0, NULL);
        break;
    case MD_TEXT_SOFTBR: add_text(b, " ", 1); break;
    case MD_TEXT_ENTITY: add_text(b, buf, decode_entity(text, size, buf)); break;
    default: add_text(b, text, size); break;
    }
    return 0;
}

void ui_md_parse(const char *md, UiMdDoc *doc)
{
    memset(doc, 0, sizeof *doc);
    if (!md) md = "";
    size_t len = strlen(md);
    if (len > UI_MD_MAX_SOURCE) {
        len = UI_MD_MAX_SOURCE;
        while (len > 0 && ((unsigned char)md[len] & 0xC0) == 0x80) len--;   /* not inside a character */
        doc->cut = true;
    }
    char *head = xstrndup(md, len);
    char *clean = utf8_sanitize_lines(head);
    free(head);

    Builder b = {.doc = doc, .open = -1};
    MD_PARSER parser = {
        .flags = MD_FLAG_COLLAPSEWHITESPACE | MD_FLAG_PERMISSIVEURLAUTOLINKS | MD_FLAG_PERMISSIVEWWWAUTOLINKS | MD_FLAG_TABLES |
                 MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS | MD_FLAG_NOHTML,
        .enter_block = enter_block,
        .leave_block = leave_block,
        .enter_span = enter_span,
        .leave_span = leave_span,
        .text = on_text,
    };
    if (md_parse(clean, (MD_SIZE)strlen(clean), &parser, &b) != 0) {
        /* md4c gives up only when out of memory: show the text as it is. */
        ui_md_free(doc);
        b = (Builder){.doc = doc, .open = -1};
        open_block(&b, UI_MD_PARAGRAPH);
        add_text(&b, clean, strlen(clean));
    }
    close_block(&b);
    if (doc->cut) {
        open_block(&b, UI_MD_PARAGRAPH);
        static const char CUT_NOTE[] = "(message cut: it is longer than 64 KB)";
        push_span(&b, CUT_NOTE, strlen(CUT_NOTE), UI_MD_NOTE, NULL);
        close_block(&b);
    }
    free(clean);
    free(b.text);
    free(b.lists);
    free(b.href);
}

void ui_md_free(UiMdDoc *doc)
{
    for (int i = 0; i < doc->n_blocks; i++) {
        for (int k = 0; k < doc->blocks[i].n_spans; k++) {
            free(doc->blocks[i].spans[k].text);
            free(doc->blocks[i].spans[k].alt);
        }
        free(doc->blocks[i].spans);
    }
    free(doc->blocks);
    memset(doc, 0, sizeof *doc);
}
