/* shell_integration.h: the command-reporting protocol between the learner's bash and the engine.
 * The generated rcfile makes bash print OSC 633 sequences (ESC ] 633 ; K ; ... ; NONCE, ended
 * by BEL or ESC \) around each command; the incremental parser here splits the PTY stream
 * into display bytes and events. Only sequences carrying this run's nonce become events; any
 * other sequence (e.g. printed by the learner) passes through as display bytes. Pure: no I/O. */
#ifndef WORKSIM_SHELL_INTEGRATION_H
#define WORKSIM_SHELL_INTEGRATION_H

#include <stdbool.h>
#include <stddef.h>

enum {
    SHELL_INTEGRATION_NONCE_LEN = 32,            /* hex chars from getrandom() */
    SHELL_INTEGRATION_MAX_LINE = 16000,          /* the rcfile cuts E's line to this many chars */
    SHELL_INTEGRATION_MAX_SEQUENCE = 72 * 1024   /* buffered partial sequence cap (bytes) */
};

typedef enum ShellItemKind {
    SHELL_ITEM_DISPLAY = 1,       /* data/len: bytes for the terminal view */
    SHELL_ITEM_PROMPT,            /* A: the shell is about to show its prompt */
    SHELL_ITEM_COMMAND_START,     /* C: a command line was read; its output follows; time = when */
    SHELL_ITEM_COMMAND_LINE,      /* E: data/len = the unescaped history line (NUL-terminated) */
    SHELL_ITEM_COMMAND_DONE       /* D: exit_code = $? (-1 if the sequence carried none); time = when */
} ShellItemKind;

typedef struct ShellItem {
    ShellItemKind kind;
    const char *data;             /* valid only during the callback */
    size_t len;
    int exit_code;
    double time;                  /* C, D: the shell's $EPOCHREALTIME then, or 0 if it sent none */
} ShellItem;

/* Receives items in stream order; return false to stop feeding (the rest of the chunk is dropped). */
typedef bool (*ShellItemFn)(void *ud, const ShellItem *item);

typedef struct ShellIntegration ShellIntegration;

/* A parser for one PTY stream that accepts sequences carrying nonce (copied). Caller frees. */
ShellIntegration *shell_integration_new(const char *nonce);
void shell_integration_free(ShellIntegration *si);   /* NULL-safe */
/* Parses the next chunk; sequences may be split at any byte. Returns false if fn stopped it. */
bool shell_integration_feed(ShellIntegration *si, const char *data, size_t n, ShellItemFn fn, void *ud);
/* Bytes held back as a possible partial sequence (always <= SHELL_INTEGRATION_MAX_SEQUENCE). */
size_t shell_integration_buffered(const ShellIntegration *si);
/* Emits whatever is held back as display bytes and returns to the initial state (e.g. at EOF). */
bool shell_integration_flush(ShellIntegration *si, ShellItemFn fn, void *ud);

/* Writes a fresh random nonce (lowercase hex, NUL-terminated) to out; false if getrandom fails. */
bool shell_integration_make_nonce(char out[SHELL_INTEGRATION_NONCE_LEN + 1]);
/* The bash rcfile text that reports commands with nonce; NULL unless nonce is 16+ hex chars.
 * Caller frees. */
char *shell_integration_rcfile(const char *nonce);
/* Undoes the rcfile's escaping of E's line (\\ and \xHH); *len_out gets the length. Caller frees. */
char *shell_integration_unescape(const char *s, size_t n, size_t *len_out);

#endif
