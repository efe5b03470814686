/* test_text_safe.c: the one sanitiser for stored text on its way out (DESIGN §8): invalid
 * UTF-8 becomes U+FFFD and valid text is kept byte for byte; for a terminal, escape sequences
 * go whole, other control bytes become '?'. */
#include "testlib.h"

#include "base/text_safe.h"
#include "base/uuid.h"

#include <stdlib.h>
#include <string.h>

#define FFFD "\xef\xbf\xbd"

static void check_utf8(const char *in, const char *want)
{
    char *got = text_utf8(in);
    CHECK_STR_EQ(got, want);
    free(got);
}

static void test_text_utf8_replaces_each_invalid_byte_and_keeps_the_rest(void)
{
    check_utf8("plain ascii", "plain ascii");
    check_utf8("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");
    check_utf8("a\xff" "b", "a" FFFD "b");                         /* never valid */
    check_utf8("\x80x", FFFD "x");                                 /* stray continuation */
    check_utf8("\xc0\xaf", FFFD FFFD);                             /* overlong '/' */
    check_utf8("\xed\xa0\x80", FFFD FFFD FFFD);                    /* a UTF-16 surrogate */
    check_utf8("\xf4\x90\x80\x80", FFFD FFFD FFFD FFFD);           /* above U+10FFFF */
    check_utf8("end\xe2\x82", "end" FFFD FFFD);                    /* truncated */
    CHECK(text_utf8(NULL) == NULL);
}

static void check_terminal(const char *in, TextLines lines, const char *want)
{
    char *got = text_terminal(in, lines);
    CHECK_STR_EQ(got, want);
    free(got);
}

static void test_text_terminal_drops_escapes_and_shows_controls(void)
{
    check_terminal("\x1b[2Jcleared\x1b[31mred\x1b[0m", TEXT_ONE_LINE, "clearedred");
    check_terminal("\x1b]0;title\x07x\x1b]52;c;aGk=\x1b\\y", TEXT_ONE_LINE, "xy");   /* OSC to BEL and to ST */
    check_terminal("a\x1bPdcs\x1b\\b\x1b" "cz", TEXT_ONE_LINE, "abz");               /* DCS, then ESC c (reset) */
    check_terminal("bell\x07 del\x7f bs\x08", TEXT_ONE_LINE, "bell? del? bs?");
    check_terminal("c1 \xc2\x9b" "31m", TEXT_ONE_LINE, "c1 ?31m");                   /* U+009B, an 8-bit CSI */
    check_terminal("raw \x9b" "31m", TEXT_ONE_LINE, "raw " FFFD "31m");
    check_terminal("two\nlines\ttab\r", TEXT_ONE_LINE, "two?lines tab");
    check_terminal("two\nlines\ttab\r", TEXT_KEEP_LINES, "two\nlines\ttab");
    check_terminal("\x1b[", TEXT_ONE_LINE, "");                                      /* cut short */
    check_terminal(NULL, TEXT_ONE_LINE, "");
}

static void test_uuid_v5_matches_rfc_4122_examples(void)
{
    char id[UUID_TEXT_LEN + 1];
    /* Python's uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"). */
    REQUIRE(uuid_v5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org", id));
    CHECK_STR_EQ(id, "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    CHECK(!uuid_v5("not-a-uuid", "x", id));
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_text_utf8_replaces_each_invalid_byte_and_keeps_the_rest),
        TEST_CASE(test_text_terminal_drops_escapes_and_shows_controls),
        TEST_CASE(test_uuid_v5_matches_rfc_4122_examples),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
