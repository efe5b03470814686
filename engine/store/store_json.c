/* store_json.c: the check that an event's data is one JSON object, without building a tree
 * or allocating. The grammar is RFC 8259, which is what SQLite's json_valid() accepts, so
 * every stored event can be read back with the json functions: no trailing text, no raw
 * control characters in strings, strict numbers and escapes. Bytes >= 0x80 pass unchecked
 * (like cJSON, terminal output may hold invalid UTF-8); nesting deeper than
 * STORE_JSON_MAX_DEPTH is refused (cJSON's own limit). */
#include "store/store_internal.h"

#include <stddef.h>

#define STORE_JSON_MAX_DEPTH 1000

static const char *json_skip_space(const char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
    return p;
}

static bool json_is_digit(char c) { return c >= '0' && c <= '9'; }

static bool json_is_hex(char c)
{
    return json_is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* p is at the opening quote; returns the position after the closing quote, or NULL. */
static const char *json_scan_string(const char *p)
{
    for (p++;;) {
        unsigned char c = (unsigned char)*p++;
        if (c == '"') return p;
        if (c < 0x20) return NULL;                  /* a raw control character or the end */
        if (c != '\\') continue;
        switch (*p++) {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
            break;
        case 'u':
            for (int i = 0; i < 4; i++, p++)        /* stops at the terminator: not hex */
                if (!json_is_hex(*p)) return NULL;
            break;
        default:
            return NULL;
        }
    }
}

/* -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?; returns the position after it or NULL. */
static const char *json_scan_number(const char *p)
{
    if (*p == '-') p++;
    if (*p == '0') p++;
    else if (json_is_digit(*p)) while (json_is_digit(*p)) p++;
    else return NULL;
    if (*p == '.') {
        if (!json_is_digit(*++p)) return NULL;
        while (json_is_digit(*p)) p++;
    }
    if (*p == 'e' || *p == 'E') {
        p++;
        if (*p == '+' || *p == '-') p++;
        if (!json_is_digit(*p)) return NULL;
        while (json_is_digit(*p)) p++;
    }
    return p;
}

static const char *json_scan_word(const char *p, const char *word)
{
    for (; *word; word++, p++)
        if (*p != *word) return NULL;              /* also stops at the terminator */
    return p;
}

/* The open containers, one bit each: set for an object, clear for an array. */
typedef struct JsonStack {
    unsigned char bits[(STORE_JSON_MAX_DEPTH + 7) / 8];
    int depth;
} JsonStack;

static bool json_push(JsonStack *s, bool object)
{
    if (s->depth == STORE_JSON_MAX_DEPTH) return false;
    unsigned char mask = (unsigned char)(1u << (s->depth % 8));
    if (object) s->bits[s->depth / 8] |= mask;
    else s->bits[s->depth / 8] &= (unsigned char)~mask;
    s->depth++;
    return true;
}

static bool json_top_is_object(const JsonStack *s)
{
    int i = s->depth - 1;
    return (s->bits[i / 8] >> (i % 8)) & 1u;
}

bool store_json_is_object(const char *text)
{
    if (!text) return false;
    JsonStack stack;
    stack.depth = 0;
    const char *p = json_skip_space(text);
    if (*p != '{') return false;
    /* The states between tokens: a value is due, a member key is due, or a value ended. */
    enum { WANT_VALUE, WANT_KEY, AFTER_VALUE } state = WANT_VALUE;
    for (;;) {
        p = json_skip_space(p);
        switch (state) {
        case WANT_VALUE:
            switch (*p) {
            case '{':
            case '[': {
                bool object = *p == '{';
                if (!json_push(&stack, object)) return false;
                p = json_skip_space(p + 1);
                if (*p == (object ? '}' : ']')) {
                    p++;
                    stack.depth--;
                    state = AFTER_VALUE;
                } else {
                    state = object ? WANT_KEY : WANT_VALUE;
                }
                continue;
            }
            case '"': p = json_scan_string(p); break;
            case 't': p = json_scan_word(p, "true"); break;
            case 'f': p = json_scan_word(p, "false"); break;
            case 'n': p = json_scan_word(p, "null"); break;
            default: p = json_scan_number(p); break;
            }
            if (!p) return false;
            state = AFTER_VALUE;
            break;
        case WANT_KEY:
            if (*p != '"' || !(p = json_scan_string(p))) return false;
            p = json_skip_space(p);
            if (*p++ != ':') return false;
            state = WANT_VALUE;
            break;
        case AFTER_VALUE:
            if (stack.depth == 0) return *p == '\0';
            if (*p == ',') {
                p++;
                state = json_top_is_object(&stack) ? WANT_KEY : WANT_VALUE;
            } else if (*p == (json_top_is_object(&stack) ? '}' : ']')) {
                p++;
                stack.depth--;
            } else {
                return false;
            }
            break;
        }
    }
}
