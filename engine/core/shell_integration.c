/* shell_integration.c: OSC 633 stream parser, nonce and rcfile generation (see shell_integration.h).
 * The parser is a byte-level state machine: plain bytes flow out as display slices of the input;
 * only after "ESC ] 6 3 3 ;" does it hold bytes back, at most SHELL_INTEGRATION_MAX_SEQUENCE.
 * An ESC inside a sequence that does not start ST aborts it (as terminals do), so a learner's
 * unterminated OSC can never swallow the shell's next real sequence. */
#define _GNU_SOURCE
#include "core/shell_integration.h"

#include "base/util.h"

#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

static const char OSC_PREFIX[] = "\x1b]633;";
enum { OSC_PREFIX_LEN = 6 };

typedef enum ParseState {
    ST_GROUND,       /* passing bytes through */
    ST_PREFIX,       /* buf holds a proper prefix of OSC_PREFIX */
    ST_BODY,         /* buf holds OSC_PREFIX and part of the body */
    ST_BODY_ESC      /* ... and the last byte seen was an ESC (maybe the start of ST) */
} ParseState;

struct ShellIntegration {
    char nonce[SHELL_INTEGRATION_NONCE_LEN * 2 + 1];
    size_t nonce_len;
    ParseState state;
    char *buf;       /* held-back bytes, SHELL_INTEGRATION_MAX_SEQUENCE + 1 allocated */
    size_t len;
};

ShellIntegration *shell_integration_new(const char *nonce)
{
    ShellIntegration *si = xcalloc(1, sizeof *si);
    size_t n = nonce ? strlen(nonce) : 0;
    if (n >= sizeof si->nonce) n = sizeof si->nonce - 1;
    if (n) memcpy(si->nonce, nonce, n);
    si->nonce_len = n;
    si->buf = xmalloc(SHELL_INTEGRATION_MAX_SEQUENCE + 1);
    return si;
}

void shell_integration_free(ShellIntegration *si)
{
    if (!si) return;
    free(si->buf);
    free(si);
}

size_t shell_integration_buffered(const ShellIntegration *si) { return si->len; }

static bool emit_display(const char *data, size_t n, ShellItemFn fn, void *ud)
{
    if (n == 0) return true;
    ShellItem item = {SHELL_ITEM_DISPLAY, data, n, -1, 0};
    return fn(ud, &item);
}

/* Releases the held-back bytes as display and returns to ground. */
static bool release_held(ShellIntegration *si, ShellItemFn fn, void *ud)
{
    size_t n = si->len;
    si->len = 0;
    si->state = ST_GROUND;
    return emit_display(si->buf, n, fn, ud);
}

bool shell_integration_flush(ShellIntegration *si, ShellItemFn fn, void *ud)
{
    return release_held(si, fn, ud);
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

char *shell_integration_unescape(const char *s, size_t n, size_t *len_out)
{
    char *out = xmalloc(n + 1);
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 1 < n && s[i + 1] == '\\') {
            out[o++] = '\\';
            i++;
        } else if (s[i] == '\\' && i + 3 < n && s[i + 1] == 'x' && hex_value(s[i + 2]) >= 0 &&
                   hex_value(s[i + 3]) >= 0) {
            out[o++] = (char)(hex_value(s[i + 2]) * 16 + hex_value(s[i + 3]));
            i += 3;
        } else {
            out[o++] = s[i];   /* not an escape the rcfile makes: kept literally */
        }
    }
    out[o] = '\0';
    if (len_out) *len_out = o;
    return out;
}

/* Compares without an early exit, so timing does not reveal how much of a guess matched. */
static bool nonce_matches(const ShellIntegration *si, const char *s, size_t n)
{
    if (si->nonce_len == 0 || n != si->nonce_len) return false;
    unsigned char diff = 0;
    for (size_t i = 0; i < n; i++) diff |= (unsigned char)(s[i] ^ si->nonce[i]);
    return diff == 0;
}

/* Parses a decimal exit status of at most 3 digits; -1 if malformed. */
static int parse_exit(const char *s, size_t n)
{
    if (n == 0 || n > 3) return -1;
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* Parses bash's $EPOCHREALTIME ("SECONDS.MICROS", the point may be a comma in some locales)
 * into *out; false (and *out 0) if malformed. An unexpanded or empty value is no time. */
static bool parse_time(const char *s, size_t n, double *out)
{
    *out = 0;
    double v = 0, scale = 0;
    size_t digits = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9') {
            if (++digits > 20) return false;
            if (scale > 0) {
                v += (s[i] - '0') * scale;
                scale /= 10;
            } else {
                v = v * 10 + (s[i] - '0');
            }
        } else if ((s[i] == '.' || s[i] == ',') && scale == 0 && digits > 0) {
            scale = 0.1;
        } else {
            return false;
        }
    }
    if (digits == 0) return false;
    *out = v;
    return true;
}

/* Handles a complete sequence whose body is buf[OSC_PREFIX_LEN .. body_end) and whose raw bytes
 * (terminator included) are buf[0 .. len). Ours: an event (or nothing if unknown); else display. */
static bool finish_sequence(ShellIntegration *si, size_t body_end, ShellItemFn fn, void *ud)
{
    const char *body = si->buf + OSC_PREFIX_LEN;
    size_t n = body_end - OSC_PREFIX_LEN;
    const char *last = memrchr(body, ';', n);
    if (!last || !nonce_matches(si, last + 1, (size_t)(body + n - (last + 1))))
        return release_held(si, fn, ud);

    size_t fields_len = (size_t)(last - body);   /* "K" or "K;args" */
    ShellItem item = {0, NULL, 0, -1, 0};
    char *line = NULL;
    if (fields_len == 1 && body[0] == 'A') {
        item.kind = SHELL_ITEM_PROMPT;
    } else if (fields_len >= 1 && body[0] == 'C') {
        if (fields_len == 1) item.kind = SHELL_ITEM_COMMAND_START;
        else if (body[1] == ';' && parse_time(body + 2, fields_len - 2, &item.time)) item.kind = SHELL_ITEM_COMMAND_START;
    } else if (fields_len >= 1 && body[0] == 'D') {
        if (fields_len == 1) {
            item.kind = SHELL_ITEM_COMMAND_DONE;
        } else if (body[1] == ';') {
            /* "D;EXIT" or "D;EXIT;TIME" */
            const char *semi = memchr(body + 2, ';', fields_len - 2);
            size_t exit_len = semi ? (size_t)(semi - (body + 2)) : fields_len - 2;
            item.exit_code = parse_exit(body + 2, exit_len);
            bool time_ok = !semi || parse_time(semi + 1, (size_t)(body + fields_len - (semi + 1)), &item.time);
            if (item.exit_code >= 0 && time_ok) item.kind = SHELL_ITEM_COMMAND_DONE;
        }
    } else if (fields_len >= 2 && body[0] == 'E' && body[1] == ';') {
        item.kind = SHELL_ITEM_COMMAND_LINE;
        line = shell_integration_unescape(body + 2, fields_len - 2, &item.len);
        item.data = line;
    }
    /* A sequence with our nonce is ours even if we do not know it: never displayed. */
    si->len = 0;
    si->state = ST_GROUND;
    bool go = true;
    if (item.kind) go = fn(ud, &item);
    free(line);
    return go;
}

bool shell_integration_feed(ShellIntegration *si, const char *data, size_t n, ShellItemFn fn, void *ud)
{
    size_t i = 0;
    size_t run = 0;   /* start of the pending display slice of data (ground bytes not yet emitted) */
    while (i < n) {
        char c = data[i];
        switch (si->state) {
        case ST_GROUND: {
            const char *esc = memchr(data + i, 0x1b, n - i);
            if (!esc) {
                i = n;
                break;
            }
            i = (size_t)(esc - data);
            if (!emit_display(data + run, i - run, fn, ud)) return false;
            si->buf[0] = 0x1b;
            si->len = 1;
            si->state = ST_PREFIX;
            run = ++i;
            break;
        }
        case ST_PREFIX:
            if (c == OSC_PREFIX[si->len]) {
                si->buf[si->len++] = c;
                if (si->len == OSC_PREFIX_LEN) si->state = ST_BODY;
                run = ++i;
            } else {
                /* Not ours: the held bytes are display; c is looked at again from ground. */
                if (!release_held(si, fn, ud)) return false;
                run = i;
            }
            break;
        case ST_BODY:
            if (c == '\a') {
                si->buf[si->len++] = c;
                run = ++i;
                if (!finish_sequence(si, si->len - 1, fn, ud)) return false;
            } else if (c == 0x1b) {
                si->buf[si->len++] = c;
                si->state = ST_BODY_ESC;
                run = ++i;
            } else if (si->len + 2 > SHELL_INTEGRATION_MAX_SEQUENCE) {
                /* Too long to be ours: give up on it; the rest flows through as display. */
                if (!release_held(si, fn, ud)) return false;
                run = i;
            } else {
                si->buf[si->len++] = c;
                run = ++i;
            }
            break;
        case ST_BODY_ESC:
            if (c == '\\') {
                si->buf[si->len++] = c;
                run = ++i;
                if (!finish_sequence(si, si->len - 2, fn, ud)) return false;
            } else {
                /* ESC without '\' aborts the sequence; that ESC may start a new one. */
                si->len--;
                if (!release_held(si, fn, ud)) return false;
                si->buf[0] = 0x1b;
                si->len = 1;
                si->state = ST_PREFIX;
                run = i;   /* c itself is examined next as the second byte of a prefix */
            }
            break;
        }
    }
    if (si->state == ST_GROUND) return emit_display(data + run, n - run, fn, ud);
    return true;
}

bool shell_integration_make_nonce(char out[SHELL_INTEGRATION_NONCE_LEN + 1])
{
    static const char hex[] = "0123456789abcdef";
    unsigned char raw[SHELL_INTEGRATION_NONCE_LEN / 2];
    size_t got = 0;
    while (got < sizeof raw) {
        ssize_t r = getrandom(raw + got, sizeof raw - got, 0);
        if (r <= 0) return false;   /* EINTR is not expected for <= 256 bytes; treat as failure */
        got += (size_t)r;
    }
    for (size_t i = 0; i < sizeof raw; i++) {
        out[2 * i] = hex[raw[i] >> 4];
        out[2 * i + 1] = hex[raw[i] & 15];
    }
    out[SHELL_INTEGRATION_NONCE_LEN] = '\0';
    return true;
}

/* The rcfile. NONCE is replaced by the nonce. Every printf is `builtin` so a learner's function
 * named printf cannot swallow the report; the function, PS0 and PROMPT_COMMAND are readonly so
 * the learner cannot switch reporting off by accident. `history 1` prints "%5d%c %s". */
static const char RC_TEMPLATE[] =
    "# worksim shell integration: reports each command line and its exit status to the engine.\n"
    "readonly __worksim_nonce='NONCE'\n"
    "HISTFILE=/tmp/.bash_history\n"
    "HISTSIZE=5000\n"
    "HISTFILESIZE=5000\n"
    "HISTCONTROL=\n"
    "HISTIGNORE=\n"
    "readonly HISTCONTROL HISTIGNORE HISTCMD\n"
    "unset HISTTIMEFORMAT\n"
    "export PAGER=cat GIT_PAGER=cat\n"
    "PS1='learner@sandbox:\\w\\$ '\n"
    "PS0='\\e]633;C;${EPOCHREALTIME};NONCE\\a'\n"
    "__worksim_prompt() {\n"
    "    local __ws_ec=$? __ws_t=$EPOCHREALTIME __ws_n=${HISTCMD-} __ws_h __ws_c __ws_x __ws_b='\\'\n"
    "    if [[ -n ${__worksim_hist-} && $__ws_n != \"$__worksim_hist\" ]]; then\n"
    "        __ws_h=$(HISTTIMEFORMAT= builtin history 1)\n"
    "        __ws_h=${__ws_h#\"${__ws_h%%[![:space:]]*}\"}\n"
    "        __ws_h=${__ws_h#\"${__ws_h%%[!0-9]*}\"}\n"
    "        __ws_h=${__ws_h:2}\n"
    "        __ws_h=${__ws_h:0:MAXLINE}\n"
    "        __ws_h=${__ws_h//\"$__ws_b\"/\"$__ws_b$__ws_b\"}\n"
    "        __ws_h=${__ws_h//;/'\\x3b'}\n"
    "        if [[ $__ws_h == *[[:cntrl:]]* ]]; then\n"
    "            for __ws_x in 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10 \\\n"
    "                          11 12 13 14 15 16 17 18 19 1a 1b 1c 1d 1e 1f 7f; do\n"
    "                builtin printf -v __ws_c \"\\\\x$__ws_x\"\n"
    "                __ws_h=${__ws_h//\"$__ws_c\"/\"\\\\x$__ws_x\"}\n"
    "            done\n"
    "        fi\n"
    "        [[ -n $__ws_h ]] && builtin printf '\\e]633;E;%s;%s\\a' \"$__ws_h\" \"$__worksim_nonce\"\n"
    "    fi\n"
    "    __worksim_hist=$__ws_n\n"
    "    builtin printf '\\e]633;D;%s;%s;%s\\a' \"$__ws_ec\" \"$__ws_t\" \"$__worksim_nonce\"\n"
    "    builtin printf '\\e]633;A;%s\\a' \"$__worksim_nonce\"\n"
    "    return $__ws_ec\n"
    "}\n"
    "readonly -f __worksim_prompt\n"
    "PROMPT_COMMAND='__worksim_prompt 2>/dev/null'\n"
    "readonly PROMPT_COMMAND PS0\n";

char *shell_integration_rcfile(const char *nonce)
{
    if (!nonce) return NULL;
    size_t nl = strlen(nonce);
    if (nl < 16 || nl > SHELL_INTEGRATION_NONCE_LEN * 2) return NULL;
    for (size_t i = 0; i < nl; i++)
        if (hex_value(nonce[i]) < 0) return NULL;

    Buf b = {0};
    const char *p = RC_TEMPLATE;
    for (;;) {
        const char *n1 = strstr(p, "NONCE");
        const char *m1 = strstr(p, "MAXLINE");
        const char *next = n1 && (!m1 || n1 < m1) ? n1 : m1;
        if (!next) break;
        buf_append(&b, p, (size_t)(next - p));
        if (next == n1) {
            buf_puts(&b, nonce);
            p = next + 5;
        } else {
            buf_printf(&b, "%d", SHELL_INTEGRATION_MAX_LINE);
            p = next + 7;
        }
    }
    buf_puts(&b, p);
    return buf_steal(&b);
}
