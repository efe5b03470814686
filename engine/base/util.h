/* util.h: small allocation and string helpers shared by every module.
 * Allocation failure is not an expected condition: these abort with a message
 * instead of returning NULL, so callers never test for out-of-memory. */
#ifndef WORKSIM_UTIL_H
#define WORKSIM_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

void *xmalloc(size_t n);                     /* never NULL; caller frees */
void *xcalloc(size_t count, size_t n);       /* zeroed; never NULL */
void *xrealloc(void *p, size_t n);           /* never NULL */
char *xstrdup(const char *s);                /* NULL in, NULL out */
char *xstrndup(const char *s, size_t n);     /* copies at most n bytes, NUL-terminated */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

/* Growable byte buffer, always NUL-terminated so it can be used as a string. */
typedef struct Buf {
    char *data;
    size_t len;
    size_t cap;
} Buf;

void buf_append(Buf *b, const void *data, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_put_shell_quoted(Buf *b, const char *word);   /* word single-quoted for bash */
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *buf_steal(Buf *b);                     /* returns the string (never NULL), resets b */
void buf_free(Buf *b);

/* Reads a whole regular file into memory; NULL and *err (caller frees) on failure. */
char *util_read_file(const char *path, size_t *len_out, char **err);
bool util_write_file(const char *path, const char *data, size_t len, char **err);
/* Whether path is a regular file (links followed), found without blocking: a FIFO, device,
 * socket or folder is false with *err "PATH: not a regular file (a fifo)" (caller frees). */
bool util_is_regular_file(const char *path, char **err);

double util_monotonic_seconds(void);         /* CLOCK_MONOTONIC in seconds */
double util_wall_seconds(void);              /* CLOCK_REALTIME in seconds since the epoch */

/* Removes a directory tree without following symlinks; true on success. */
bool util_remove_tree(const char *path);
/* Creates a fresh private directory under $TMPDIR (or /tmp) named prefix-XXXXXX; caller frees. */
char *util_make_temp_dir(const char *prefix, char **err);

#endif
