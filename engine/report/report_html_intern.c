/* report_html_intern.c: a string table for the dashboard: each distinct string is kept once
 * and numbered in the order first seen (FNV-1a hash, open addressing), so the page's data
 * block names a learner or a breakdown label by number instead of repeating it thousands of
 * times, and the cohort model finds a learner, scenario or task by name in constant time. */
#include "report/report_html.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint64_t hash_of(const char *s)
{
    uint64_t h = 14695981039346656037ull;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

/* The slot holding s, or the empty slot where it would go. */
static size_t slot_of(const HtmlIntern *in, const char *s)
{
    size_t i = (size_t)hash_of(s) & (in->cap - 1);
    while (in->slots[i] && strcmp(in->strings[in->slots[i] - 1], s) != 0) i = (i + 1) & (in->cap - 1);
    return i;
}

static void grow(HtmlIntern *in)
{
    size_t old_cap = in->cap;
    int *old = in->slots;
    in->cap = old_cap ? old_cap * 2 : 64;
    in->slots = xcalloc(in->cap, sizeof *in->slots);
    for (size_t i = 0; i < old_cap; i++)
        if (old[i]) in->slots[slot_of(in, in->strings[old[i] - 1])] = old[i];
    free(old);
}

int html_intern_find(const HtmlIntern *in, const char *s)
{
    if (!in->cap) return -1;
    size_t i = slot_of(in, s);
    return in->slots[i] ? in->slots[i] - 1 : -1;
}

int html_intern(HtmlIntern *in, const char *s)
{
    if ((size_t)(in->n + 1) * 2 > in->cap) grow(in);
    size_t i = slot_of(in, s);
    if (in->slots[i]) return in->slots[i] - 1;
    if ((in->n & (in->n - 1)) == 0)   /* capacity doubles at each power of two */
        in->strings = xrealloc(in->strings, (size_t)(in->n ? in->n * 2 : 1) * sizeof *in->strings);
    in->strings[in->n] = xstrdup(s);
    in->slots[i] = ++in->n;
    return in->n - 1;
}

const char *html_intern_string(HtmlIntern *in, const char *s)
{
    int n = html_intern(in, s);   /* may move in->strings */
    return in->strings[n];
}

void html_intern_free(HtmlIntern *in)
{
    for (int i = 0; i < in->n; i++) free(in->strings[i]);
    free(in->strings);
    free(in->slots);
    memset(in, 0, sizeof *in);
}
