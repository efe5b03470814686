/* utf8.h: the one UTF-8 decoder and encoder of the engine, for views that measure, cut and
 * draw text (ui_draw, ui_term, ui_review) and for the diff model that makes untrusted bytes
 * safe to show. Invalid input never fails: a stray byte is one character (U+FFFD or '?'). */
#ifndef WORKSIM_UTF8_H
#define WORKSIM_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Bytes of the well-formed sequence at p (at most left bytes looked at), 0 when invalid. */
size_t utf8_valid_len(const char *p, size_t left);
/* Bytes of the character at NUL-terminated p: a stray byte counts as one. */
size_t utf8_char_len(const char *p);
/* Decodes the character at *p (NUL-terminated) and advances *p; invalid bytes give U+FFFD. */
uint32_t utf8_decode(const char **p);
/* Writes code point c (U+FFFD when out of range) to out; returns the bytes written (1..4). */
size_t utf8_encode(uint32_t c, char out[4]);
/* Pointer to the character skip characters into s and, in *len, the bytes of the next take. */
const char *utf8_slice(const char *s, int skip, int take, size_t *len);
/* A copy of s[0..len) (at most max bytes) safe to draw: tabs expanded to 4 columns, a final
 * CR dropped, other control bytes and invalid UTF-8 as '?'. Caller frees. */
char *utf8_sanitize(const char *s, size_t len, size_t max);
/* utf8_sanitize for each line of NUL-terminated s (NULL: ""), its line breaks kept. Caller frees. */
char *utf8_sanitize_lines(const char *s);

#endif
