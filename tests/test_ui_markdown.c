/* test_ui_markdown.c: what colleagues write, parsed by md4c into the markdown model (code
 * spans and blocks, lists, links with their URL, emphasis, headings, quotes, emoji
 * shortcodes) and drawn by a software renderer: code on its tint in the monospace face, the
 * colour emoji glyph (or the shortcode when no font has it), a chat conversation full of
 * markdown (snapshot chat_markdown.png). Hostile text (deep nesting, a 1 MB message, invalid
 * UTF-8, unclosed fences, emphasis and bracket floods) is parsed and drawn without harm. */
#include "ui_view_kit.h"

#include "ui/ui_chat.h"
#include "ui/ui_list.h"
#include "ui/ui_markdown.h"
#include "ui/ui_markdown_model.h"
#include "base/utf8.h"

#include <time.h>

/* The index-th span of all blocks whose style has all bits of style, or NULL. */
static const UiMdSpan *span_with(const UiMdDoc *doc, unsigned style, int index)
{
    for (int b = 0; b < doc->n_blocks; b++)
        for (int s = 0; s < doc->blocks[b].n_spans; s++)
            if ((doc->blocks[b].spans[s].style & style) == style && index-- == 0) return &doc->blocks[b].spans[s];
    return NULL;
}

/* All text of block b. Caller frees. */
static char *block_text(const UiMdDoc *doc, int b)
{
    char *all = xstrdup("");
    for (int s = 0; b < doc->n_blocks && s < doc->blocks[b].n_spans; s++) {
        char *more = xasprintf("%s%s", all, doc->blocks[b].spans[s].text);
        free(all);
        all = more;
    }
    return all;
}

static uint32_t codepoint(const UiMdSpan *s)
{
    const char *p = s ? s->text : "";
    return utf8_decode(&p);
}

static void test_inline_code_emphasis_and_headings(void)
{
    UiMdDoc doc;
    ui_md_parse("# Deploy notes\n\nRun `make test` *first*, then **ship** ~~Friday~~.", &doc);
    REQUIRE(doc.n_blocks == 2);
    CHECK_INT_EQ(doc.blocks[0].kind, UI_MD_HEADING);
    CHECK_INT_EQ(doc.blocks[0].heading_level, 1);
    char *h = block_text(&doc, 0);
    CHECK_STR_EQ(h, "Deploy notes");
    free(h);
    CHECK_INT_EQ(doc.blocks[1].kind, UI_MD_PARAGRAPH);
    const UiMdSpan *code = span_with(&doc, UI_MD_CODE, 0);
    REQUIRE(code);
    CHECK_STR_EQ(code->text, "make test");
    CHECK_STR_EQ(span_with(&doc, UI_MD_ITALIC, 0)->text, "first");
    CHECK_STR_EQ(span_with(&doc, UI_MD_BOLD, 0)->text, "ship");
    CHECK_STR_EQ(span_with(&doc, UI_MD_STRIKE, 0)->text, "Friday");
    char *p = block_text(&doc, 1);
    CHECK_STR_EQ(p, "Run make test first, then ship Friday.");
    free(p);
    ui_md_free(&doc);
}

static void test_code_blocks_fenced_indented_and_unclosed(void)
{
    UiMdDoc doc;
    ui_md_parse("Try:\n\n```sh\ngit status\n  git diff :tada: **x**\n```\n\n    indented();\n\nafter", &doc);
    REQUIRE(doc.n_blocks == 4);
    CHECK_INT_EQ(doc.blocks[1].kind, UI_MD_CODE_BLOCK);
    REQUIRE(doc.blocks[1].n_spans == 1);
    /* Verbatim: indentation kept, no emoji or emphasis inside code. */
    CHECK_STR_EQ(doc.blocks[1].spans[0].text, "git status\n  git diff :tada: **x**");
    CHECK_INT_EQ(doc.blocks[2].kind, UI_MD_CODE_BLOCK);
    CHECK_STR_EQ(doc.blocks[2].spans[0].text, "indented();");
    CHECK_INT_EQ(doc.blocks[3].kind, UI_MD_PARAGRAPH);
    ui_md_free(&doc);

    ui_md_parse("look:\n```\nnever closed\n# not a heading", &doc);
    REQUIRE(doc.n_blocks == 2);
    CHECK_INT_EQ(doc.blocks[1].kind, UI_MD_CODE_BLOCK);
    CHECK_STR_EQ(doc.blocks[1].spans[0].text, "never closed\n# not a heading");
    ui_md_free(&doc);

    ui_md_parse("`:tada:` stays", &doc);
    CHECK_STR_EQ(span_with(&doc, UI_MD_CODE, 0)->text, ":tada:");
    CHECK(span_with(&doc, UI_MD_EMOJI, 0) == NULL);
    ui_md_free(&doc);
}

static void test_lists_nested_numbered_and_tasks(void)
{
    UiMdDoc doc;
    ui_md_parse("- one\n- two\n  - nested *deep*\n\n3. third\n4. fourth\n\n- [x] done\n- [ ] todo", &doc);
    REQUIRE(doc.n_blocks == 7);
    const char *markers[] = {"\xE2\x80\xA2", "\xE2\x80\xA2", "\xE2\x97\xA6", "3.", "4.", "\xE2\x98\x91", "\xE2\x98\x90"};
    const int depths[] = {1, 1, 2, 1, 1, 1, 1};
    const char *texts[] = {"one", "two", "nested deep", "third", "fourth", "done", "todo"};
    for (int i = 0; i < 7; i++) {
        CHECK_STR_EQ(doc.blocks[i].marker, markers[i]);
        CHECK_INT_EQ(doc.blocks[i].list_depth, depths[i]);
        char *t = block_text(&doc, i);
        CHECK_STR_EQ(t, texts[i]);
        free(t);
    }
    ui_md_free(&doc);

    /* A loose item's second paragraph has no marker of its own. */
    ui_md_parse("1. first para\n\n   second para\n2. next", &doc);
    REQUIRE(doc.n_blocks == 3);
    CHECK_STR_EQ(doc.blocks[0].marker, "1.");
    CHECK_STR_EQ(doc.blocks[1].marker, "");
    CHECK_INT_EQ(doc.blocks[1].list_depth, 1);
    CHECK_STR_EQ(doc.blocks[2].marker, "2.");
    ui_md_free(&doc);
}

static void test_links_show_text_and_url(void)
{
    UiMdDoc doc;
    ui_md_parse("See [the runbook](https://wiki.example/runbook \"t\") and https://ci.example/42 or <ops@example.org>.", &doc);
    const UiMdSpan *text = span_with(&doc, UI_MD_LINK, 0);
    REQUIRE(text);
    CHECK_STR_EQ(text->text, "the runbook");
    const UiMdSpan *url = span_with(&doc, UI_MD_URL, 0);
    REQUIRE(url);
    CHECK_STR_EQ(url->text, " (https://wiki.example/runbook)");
    /* Autolinks already show their target: not repeated. */
    CHECK_STR_EQ(span_with(&doc, UI_MD_LINK, 1)->text, "https://ci.example/42");
    CHECK_STR_EQ(span_with(&doc, UI_MD_LINK, 2)->text, "ops@example.org");
    CHECK(span_with(&doc, UI_MD_URL, 1) == NULL);
    char *all = block_text(&doc, 0);
    CHECK_STR_EQ(all, "See the runbook (https://wiki.example/runbook) and https://ci.example/42 or ops@example.org.");
    free(all);
    ui_md_free(&doc);

    /* An image is never fetched: its alt text and address are shown. */
    ui_md_parse("![graph](http://img.example/g.png) <b>raw</b> &amp; &#x41;", &doc);
    all = block_text(&doc, 0);
    CHECK_STR_EQ(all, "graph (http://img.example/g.png) <b>raw</b> & A");
    free(all);
    ui_md_free(&doc);
}

static void test_quotes_rules_and_tables(void)
{
    UiMdDoc doc;
    ui_md_parse("> quoted\n> > deeper\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |", &doc);
    REQUIRE(doc.n_blocks == 5);
    CHECK_INT_EQ(doc.blocks[0].quote_depth, 1);
    CHECK_INT_EQ(doc.blocks[1].quote_depth, 2);
    CHECK_INT_EQ(doc.blocks[2].kind, UI_MD_RULE);
    char *row = block_text(&doc, 3);
    CHECK_STR_EQ(row, "a  |  b");
    free(row);
    CHECK(span_with(&doc, UI_MD_BOLD, 0) && strcmp(span_with(&doc, UI_MD_BOLD, 0)->text, "a") == 0);
    row = block_text(&doc, 4);
    CHECK_STR_EQ(row, "1  |  2");
    free(row);
    ui_md_free(&doc);
}

static void test_emoji_shortcodes_and_characters(void)
{
    UiMdDoc doc;
    ui_md_parse("Shipped :tada: :+1: :white_check_mark: :warning: :rocket: :not_a_code: 12:30:45 \xF0\x9F\x94\xA5", &doc);
    const uint32_t want[] = {0x1F389, 0x1F44D, 0x2705, 0x26A0, 0x1F680, 0x1F525};
    const char *alts[] = {":tada:", ":+1:", ":white_check_mark:", ":warning:", ":rocket:", "\xF0\x9F\x94\xA5"};
    for (int i = 0; i < 6; i++) {
        const UiMdSpan *e = span_with(&doc, UI_MD_EMOJI, i);
        REQUIRE(e);
        CHECK_INT_EQ(codepoint(e), want[i]);
        CHECK_STR_EQ(e->alt, alts[i]);
    }
    CHECK(span_with(&doc, UI_MD_EMOJI, 6) == NULL);
    char *all = block_text(&doc, 0);
    CHECK_CONTAINS(all, ":not_a_code: 12:30:45 ");
    free(all);
    ui_md_free(&doc);
}

/* Pixels of r that are clearly coloured (not grey), as a colour emoji glyph's are. */
static int colourful(Kit *k, SDL_Rect r)
{
    int n = 0;
    for (int y = r.y; y < r.y + r.h; y++)
        for (int x = r.x; x < r.x + r.w; x++) {
            SDL_Color c = kit_pixel(k, x, y);
            int hi = c.r > c.g ? (c.r > c.b ? c.r : c.b) : (c.g > c.b ? c.g : c.b);
            int lo = c.r < c.g ? (c.r < c.b ? c.r : c.b) : (c.g < c.b ? c.g : c.b);
            if (hi - lo > 80) n++;
        }
    return n;
}

/* The rightmost column of r holding a pixel darker than the white background, or -1. */
static int ink_right(Kit *k, SDL_Rect r)
{
    for (int x = r.x + r.w - 1; x >= r.x; x--)
        for (int y = r.y; y < r.y + r.h; y++)
            if (kit_pixel(k, x, y).r < 0xc0) return x;
    return -1;
}

static void clear(Kit *k)
{
    SDL_SetRenderDrawColor(k->r, 0xff, 0xff, 0xff, 0xff);
    SDL_RenderClear(k->r);
}

static void test_drawn_code_is_monospace_on_a_tint_and_emoji_in_colour(void)
{
    Kit k;
    REQUIRE(kit_canvas(&k, 600, 300));
    UiDraw d = kit_draw(&k);
    clear(&k);
    int h = ui_markdown(&d, 10, 10, 580, UI_TEXT, "plain `iiii` text", true);
    CHECK_INT_EQ(h, k.fonts.ui_h);
    /* The code span's tint spans four monospace cells (proportional i's would be far narrower). */
    int tint_l = -1, tint_r = -1;
    for (int x = 0; x < 600; x++)
        if (kit_is(kit_pixel(&k, x, 10 + k.fonts.ui_h / 2), (SDL_Color){0xf1, 0xf3, 0xf6, 0xff})) {
            if (tint_l < 0) tint_l = x;
            tint_r = x;
        }
    CHECK(tint_l > 10);
    CHECK(tint_r - tint_l + 1 >= 4 * k.fonts.mono_w && tint_r - tint_l + 1 <= 4 * k.fonts.mono_w + 8);

    /* Measuring and drawing agree, and a second paragraph and a list add lines. */
    const char *md = "para one\n\n- a\n- b\n\n```\nx\ny\n```";
    CHECK_INT_EQ(ui_markdown(&d, 0, 0, 580, UI_TEXT, md, false), ui_markdown(&d, 10, 10, 580, UI_TEXT, md, true));
    CHECK(ui_markdown(&d, 0, 0, 580, UI_TEXT, md, false) >= 3 * k.fonts.ui_h + 2 * k.fonts.mono_h);

    /* A long paragraph wraps into the width. */
    CHECK(ui_markdown(&d, 0, 0, 120, UI_TEXT, "one two three four five six seven eight nine ten", false) >= 3 * k.fonts.ui_h);

    clear(&k);
    ui_markdown(&d, 10, 100, 580, UI_TEXT, ":tada:", true);
    SDL_Rect line = {10, 100, 60, k.fonts.ui_h};
    if (k.fonts.emoji) CHECK(colourful(&k, line) > 40);
    else fprintf(stderr, "  (no colour emoji font here: only the fallback is checked)\n");

    /* Without the colour font and no text font having U+1F389, the shortcode is shown. */
    TTF_Font *emoji = k.fonts.emoji;
    k.fonts.emoji = NULL;
    clear(&k);
    ui_markdown(&d, 10, 100, 580, UI_TEXT, ":tada:", true);
    int right = ink_right(&k, (SDL_Rect){0, 100, 600, k.fonts.ui_h});
    int want = 10 + ui_text_width(k.fonts.ui, ":tada:");
    CHECK(right > want - 6 && right <= want);
    CHECK_INT_EQ(colourful(&k, line), 0);
    /* ... and a symbol DejaVu has (U+26A0) comes from the text font. */
    clear(&k);
    ui_markdown(&d, 10, 100, 580, UI_TEXT, ":warning:", true);
    right = ink_right(&k, (SDL_Rect){0, 100, 600, k.fonts.ui_h});
    CHECK(right > 10 && right < 10 + ui_text_width(k.fonts.ui, ":warning:") / 2);
    k.fonts.emoji = emoji;
    kit_close(&k);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Appends piece times times to a growing string. Caller frees. */
static char *repeat(const char *piece, int times)
{
    size_t n = strlen(piece);
    char *s = xmalloc(n * (size_t)times + 1);
    for (int i = 0; i < times; i++) memcpy(s + n * (size_t)i, piece, n);
    s[n * (size_t)times] = 0;
    return s;
}

static void test_hostile_text_renders(void)
{
    Kit k;
    REQUIRE(kit_canvas(&k, 600, 400));
    UiDraw d = kit_draw(&k);

    char *nested_list = xmalloc(3 * 2000 * 1000 / 2 + 64);
    size_t at = 0;
    for (int i = 0; i < 1000; i++) {
        memset(nested_list + at, ' ', (size_t)i * 2);
        at += (size_t)i * 2;
        memcpy(nested_list + at, "- x\n", 4);
        at += 4;
    }
    nested_list[at] = 0;

    char *megabyte = repeat("word `code` **bold** [l](http://x) :tada:\n", 1024 * 1024 / 44);
    char *one_word = repeat("W", 1024 * 1024);
    char *invalid = repeat("ok \xff\xfe \xc3 \xe2\x82 \xed\xa0\x80 \xf4\x90\x80\x80 \x01\x1b[31m", 200);
    char *quotes = repeat(">", 20000);
    char *deep_quote = xasprintf("%s deep", quotes);
    free(quotes);
    char *hostile[] = {
        deep_quote,
        repeat("> - ", 5000),
        nested_list,
        repeat("*", 100000),
        repeat("**a ", 20000),
        repeat("[", 50000),
        repeat("[a](", 20000),
        repeat("`", 30000),
        repeat("```\n", 5000),
        repeat("~~~ unclosed\n    ```\n", 2000),
        repeat(":tada", 20000),
        repeat("| a |\n|---|\n", 3000),
        repeat("&#xFFFFFFFF; &#0; &bogus; ", 2000),
        megabyte,
        one_word,
        invalid,
    };
    for (size_t i = 0; i < sizeof hostile / sizeof hostile[0]; i++) {
        double t0 = now_s();
        int h = ui_markdown(&d, 0, 0, 580, UI_TEXT, hostile[i], false);
        clear(&k);
        int drawn = ui_markdown(&d, 10, 10 - h / 2, 580, UI_TEXT, hostile[i], true);
        double took = now_s() - t0;
        if (drawn != h || (i > 0 && h <= 0)) testlib_fail(__FILE__, __LINE__, "hostile case %zu: height %d, drawn %d", i, h, drawn);
        if (took > 20) testlib_fail(__FILE__, __LINE__, "hostile case %zu took %.1f s", i, took);
    }
    UiMdDoc doc;
    ui_md_parse(megabyte, &doc);
    CHECK(doc.cut);
    REQUIRE(doc.n_blocks > 0);
    const UiMdBlock *last = &doc.blocks[doc.n_blocks - 1];
    CHECK(last->n_spans == 1 && (last->spans[0].style & UI_MD_NOTE));
    ui_md_free(&doc);
    ui_md_parse(invalid, &doc);
    for (int b = 0; b < doc.n_blocks; b++)
        for (int s = 0; s < doc.blocks[b].n_spans; s++) {
            const char *t = doc.blocks[b].spans[s].text;
            for (size_t i = 0; t[i]; i += utf8_valid_len(t + i, strlen(t + i)) ? utf8_valid_len(t + i, strlen(t + i)) : 1)
                if (!utf8_valid_len(t + i, strlen(t + i)) || (unsigned char)t[i] < 0x20) {
                    testlib_fail(__FILE__, __LINE__, "invalid byte 0x%02x left in span \"%s\"", (unsigned char)t[i], t);
                    break;
                }
        }
    ui_md_free(&doc);
    for (size_t i = 0; i < sizeof hostile / sizeof hostile[0]; i++) free(hostile[i]);
    kit_close(&k);
}

static int conv_row(Kit *k, const char *channel)
{
    const Scenario *sc = run_scenario(k->run);
    for (int i = 0; i < sc->n_channels; i++)
        if (strcmp(sc->channels[i], channel) == 0) return i;
    return -1;
}

static void test_chat_draws_markdown(void)
{
    Kit k;
    REQUIRE(kit_open_focused(&k, "hooks", ui_chat_view_new));
    char *err = NULL;
    const char *msg =
        "Nice work :tada: the build is green :white_check_mark:\n\n"
        "Before you merge:\n"
        "1. run `pytest -q` locally\n"
        "2. read [the runbook](https://wiki.example/runbook)\n"
        "   - *especially* the **rollback** part :warning:\n\n"
        "```sh\ngit log --oneline -3\ngit push origin fix/login\n```\n"
        "> Friday deploys need a second reviewer :eyes:\n\n"
        "Ship it :rocket: :+1:";
    REQUIRE(run_post(k.run, "#team", "pal", msg, &err));
    kit_idle(&k);
    CHECK(kit_click(&k, ui_chat_row_rect(run_scenario(k.run), k.area, conv_row(&k, "#team"))));
    kit_render(&k);
    CHECK(kit_snapshot(&k, "chat_markdown.png"));
    SDL_Rect pane = {k.area.x + 260, k.area.y, k.area.w - 260, k.area.h};
    /* The code block's tint and, with the colour font, the emoji's colours. */
    CHECK(kit_count(&k, pane, (SDL_Color){0xf1, 0xf3, 0xf6, 0xff}) > 3000);
    if (k.fonts.emoji) CHECK(colourful(&k, pane) > 400);
    kit_close(&k);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_inline_code_emphasis_and_headings),
        TEST_CASE(test_code_blocks_fenced_indented_and_unclosed),
        TEST_CASE(test_lists_nested_numbered_and_tasks),
        TEST_CASE(test_links_show_text_and_url),
        TEST_CASE(test_quotes_rules_and_tables),
        TEST_CASE(test_emoji_shortcodes_and_characters),
        TEST_CASE(test_drawn_code_is_monospace_on_a_tint_and_emoji_in_colour),
        TEST_CASE(test_hostile_text_renders),
        TEST_CASE(test_chat_draws_markdown),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
