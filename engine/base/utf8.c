/* utf8.c: UTF-8 decoding, encoding and sanitising (utf8.h). Validation is RFC 3629's: an
 * overlong form, a surrogate or a code point above U+10FFFF is invalid, byte by byte. */
#define _GNU_SOURCE
#include "base/utf8.h"

#include "base/util.h"

#include <stdlib.h>
#include <string.h>

size_t utf8_valid_len(const char *p, size_t left)
{
    const unsigned char *s = (const unsigned char *)p;
    if (left == 0) return 0;
    unsigned char c = s[0];
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || n > left) return 0;
    for (size_t i = 1; i < n; i++)
        if ((s[i] & 0xc0) != 0x80) return 0;
    /* Well formed per RFC 3629: no overlong forms, no UTF-16 surrogates, nothing above
     * U+10FFFF (what strict decoders, XML and JSON parsers refuse). */
    if (n == 2 && c < 0xc2) return 0;
    if (n == 3 && ((c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] >= 0xa0))) return 0;
    if (n == 4 && ((c == 0xf0 && s[1] < 0x90) || c > 0xf4 || (c == 0xf4 && s[1] >= 0x90))) return 0;
    return n;
}

size_t utf8_char_len(const char *p)
{
    size_t n = utf8_valid_len(p, strnlen(p, 4));
    return n ? n : 1;
}

uint32_t utf8_decode(const char **p)
{
    const unsigned char *s = (const unsigned char *)*p;
    size_t n = utf8_valid_len(*p, strnlen(*p, 4));
    if (n == 0) {
        *p += 1;
        return 0xfffd;
    }
    uint32_t c = n == 1 ? s[0] : n == 2 ? (s[0] & 0x1fu) : n == 3 ? (s[0] & 0x0fu) : (s[0] & 0x07u);
    for (size_t i = 1; i < n; i++) c = (c << 6) | (s[i] & 0x3fu);
    *p += n;
    return c;
}

size_t utf8_encode(uint32_t c, char out[4])
{
    if (c > 0x10ffff) c = 0xfffd;
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xc0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xe0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        out[2] = (char)(0x80 | (c & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
    out[3] = (char)(0x80 | (c & 0x3f));
    return 4;
}

const char *utf8_slice(const char *s, int skip, int take, size_t *len)
{
    const char *p = s;
    for (int i = 0; i < skip && *p; i++) p += utf8_char_len(p);
    const char *q = p;
    for (int i = 0; i < take && *q; i++) q += utf8_char_len(q);
    *len = (size_t)(q - p);
    return p;
}

char *utf8_sanitize(const char *s, size_t len, size_t max)
{
    if (len > max) len = max;
    Buf b = {0};
    int col = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        size_t n = 1;
        if (c == '\t') {
            do buf_puts(&b, " "); while (++col % 4);
        } else if (c == '\r' && i + 1 == len) {
            /* dropped: a CRLF file's line end */
        } else if (c < 0x20 || c == 0x7f || (n = utf8_valid_len(s + i, len - i)) == 0) {
            buf_puts(&b, "?");
            n = 1;
            col++;
        } else {
            buf_append(&b, s + i, n);
            col++;
        }
        i += n;
    }
    return buf_steal(&b);
}

char *utf8_sanitize_lines(const char *s)
{
    Buf b = {0};
    for (const char *p = s ? s : "";;) {
        size_t n = strcspn(p, "\n");
        char *line = utf8_sanitize(p, n, n);
        buf_puts(&b, line);
        free(line);
        if (!p[n]) break;
        buf_puts(&b, "\n");
        p += n + 1;
    }
    return buf_steal(&b);
}
