/* text_safe.c: UTF-8 repair and terminal-safe rendering of untrusted text (see text_safe.h),
 * on the engine's one UTF-8 decoder (util/utf8). */
#define _GNU_SOURCE
#include "base/text_safe.h"

#include "base/utf8.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static void append_replacement(Buf *b)
{
    char out[4];
    buf_append(b, out, utf8_encode(TEXT_REPLACEMENT, out));
}

void text_append_utf8(Buf *b, const char *s)
{
    if (!s) return;
    const char *end = s + strlen(s);
    while (s < end) {
        size_t n = utf8_valid_len(s, (size_t)(end - s));
        if (n) buf_append(b, s, n);
        else append_replacement(b);
        s += n ? n : 1;
    }
}

char *text_utf8(const char *s)
{
    if (!s) return NULL;
    Buf b = {0};
    text_append_utf8(&b, s);
    return buf_steal(&b);
}

/* Length of the escape sequence starting at p[0] == ESC: CSI up to its final byte, OSC (and
 * the other string sequences DCS, SOS, PM, APC) up to BEL or ST, else ESC and one byte. */
static size_t escape_length(const char *p, const char *end)
{
    const char *q = p + 1;
    if (q >= end) return 1;
    if (*q == '[') {
        for (q++; q < end && ((unsigned char)*q < 0x40 || (unsigned char)*q > 0x7e); q++) {}
        return (size_t)((q < end ? q + 1 : q) - p);
    }
    if (strchr("]PX^_", *q)) {
        for (q++; q < end && *q != '\a' && !(*q == 0x1b && q + 1 < end && q[1] == '\\'); q++) {}
        if (q < end) q += *q == '\a' ? 1 : 2;
        return (size_t)(q - p);
    }
    return 2;
}

void text_append_terminal(Buf *b, const char *s, TextLines lines)
{
    if (!s) return;
    const char *end = s + strlen(s);
    while (s < end) {
        if (*s == 0x1b) {
            s += escape_length(s, end);
            continue;
        }
        uint32_t cp = utf8_decode(&s);   /* invalid bytes: U+FFFD, one byte at a time */
        if (cp == '\r') continue;
        if (cp == '\n' || cp == '\t') buf_puts(b, lines == TEXT_KEEP_LINES ? (cp == '\n' ? "\n" : "\t") : cp == '\n' ? "?" : " ");
        else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) buf_puts(b, "?");
        else {
            char out[4];
            buf_append(b, out, utf8_encode(cp, out));
        }
    }
}

char *text_terminal(const char *s, TextLines lines)
{
    Buf b = {0};
    text_append_terminal(&b, s, lines);
    return buf_steal(&b);
}

void text_fprintf_terminal(FILE *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *raw = xvasprintf(fmt, ap);
    va_end(ap);
    Buf b = {0};
    text_append_terminal(&b, raw, TEXT_KEEP_LINES);
    if (b.len) fwrite(b.data, 1, b.len, f);
    buf_free(&b);
    free(raw);
}
