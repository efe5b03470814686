/* text_safe.c: UTF-8 repair and terminal-safe rendering of untrusted text (see text_safe.h). */
#define _GNU_SOURCE
#include "util/text_safe.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

uint32_t text_next_char(const char **p, const char *end, bool *valid)
{
    const unsigned char *s = (const unsigned char *)*p;
    size_t left = (size_t)(end - *p);
    unsigned char c = s[0];
    uint32_t cp = 0, min = 0;
    size_t len = 0;
    if (c < 0x80) len = 1, cp = c;
    else if (c >= 0xC2 && c <= 0xDF) len = 2, cp = c & 0x1Fu, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF) len = 3, cp = c & 0x0Fu, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4) len = 4, cp = c & 0x07u, min = 0x10000;
    bool ok = len > 0 && len <= left;
    for (size_t i = 1; ok && i < len; i++) {
        ok = (s[i] & 0xC0) == 0x80;
        cp = cp << 6 | (s[i] & 0x3Fu);
    }
    ok = ok && cp >= min && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    if (valid) *valid = ok;
    *p += ok ? len : 1;
    return ok ? cp : TEXT_REPLACEMENT;
}

void text_append_char(Buf *b, uint32_t cp)
{
    unsigned char out[4];
    size_t n;
    if (cp < 0x80) out[0] = (unsigned char)cp, n = 1;
    else if (cp < 0x800) out[0] = (unsigned char)(0xC0 | cp >> 6), n = 2;
    else if (cp < 0x10000) out[0] = (unsigned char)(0xE0 | cp >> 12), n = 3;
    else out[0] = (unsigned char)(0xF0 | cp >> 18), n = 4;
    for (size_t i = 1; i < n; i++) out[i] = (unsigned char)(0x80 | ((cp >> (6 * (n - 1 - i))) & 0x3F));
    buf_append(b, out, n);
}

void text_append_utf8(Buf *b, const char *s)
{
    if (!s) return;
    const char *end = s + strlen(s);
    while (s < end) {
        const char *start = s;
        bool valid;
        uint32_t cp = text_next_char(&s, end, &valid);
        if (valid) buf_append(b, start, (size_t)(s - start));
        else text_append_char(b, cp);
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
        uint32_t cp = text_next_char(&s, end, NULL);
        if (cp == '\r') continue;
        if (cp == '\n' || cp == '\t') buf_puts(b, lines == TEXT_KEEP_LINES ? (cp == '\n' ? "\n" : "\t") : cp == '\n' ? "?" : " ");
        else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) buf_puts(b, "?");
        else text_append_char(b, cp);
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
