/* text_safe.h: the one sanitiser for stored, untrusted text (learner names, messages, command
 * output, feedback) on its way out (DESIGN §8): every output gets valid UTF-8 (invalid bytes
 * become U+FFFD), and text bound for a terminal loses its escape sequences and control bytes,
 * so nothing stored can recolour, retitle, clear or write to the clipboard of whoever reads it.
 * Formats add their own quoting on top (XML/HTML entities, JSON strings, CSV quotes). */
#ifndef WORKSIM_TEXT_SAFE_H
#define WORKSIM_TEXT_SAFE_H

#include "base/util.h"

#include <stdio.h>

#define TEXT_REPLACEMENT 0xFFFDu        /* U+FFFD REPLACEMENT CHARACTER; decoding is util/utf8's */

/* s (NULL counts as "") with invalid UTF-8 replaced; everything else is kept byte for byte. */
void text_append_utf8(Buf *b, const char *s);
char *text_utf8(const char *s);                 /* the same as a new string; NULL in, NULL out */

/* How text_append_terminal treats line breaks and tabs. */
typedef enum TextLines {
    TEXT_ONE_LINE,          /* '\n' and '\t' are shown as '?' and ' ': a table cell stays one cell */
    TEXT_KEEP_LINES,        /* '\n' and '\t' are kept */
} TextLines;

/* For a terminal: valid UTF-8; escape sequences (CSI, OSC up to BEL or ST, two-byte ESC)
 * dropped whole; carriage returns dropped; every other C0 or C1 control character and DEL
 * shown as '?'. */
void text_append_terminal(Buf *b, const char *s, TextLines lines);
char *text_terminal(const char *s, TextLines lines);   /* NULL in, "" out */

/* printf whose whole result goes through text_append_terminal(TEXT_KEEP_LINES) before it
 * reaches f: the way to print lines that hold stored text. */
void text_fprintf_terminal(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
