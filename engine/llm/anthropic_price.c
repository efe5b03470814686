/* anthropic_price.c: the price table behind anthropic_price.h.
 * Rows match an exact id or a dated id (`alias-YYYYMMDD`); the longest match wins, so
 * claude-opus-4-5 never falls back to the legacy claude-opus-4 row. */
#include "llm/anthropic_price.h"

#include <stddef.h>
#include <string.h>

#define ROW(id, in, out, ok) {id, in, out, (in) * 1.25, (in) * 2.0, (in) * 0.1, ok}

static const AnthropicPrice PRICES[] = {
    ROW("claude-opus-4-8", 5, 25, true),
    ROW("claude-opus-4-7", 5, 25, true),
    ROW("claude-opus-4-6", 5, 25, true),
    ROW("claude-opus-4-5", 5, 25, true),
    ROW("claude-opus-4-1", 15, 75, true),          /* legacy */
    ROW("claude-opus-4-0", 15, 75, true),          /* legacy */
    ROW("claude-opus-4-20250514", 15, 75, true),   /* legacy */
    ROW("claude-sonnet-4-6", 3, 15, true),
    ROW("claude-sonnet-4-5", 3, 15, true),
    ROW("claude-sonnet-4-0", 3, 15, true),
    ROW("claude-sonnet-4-20250514", 3, 15, true),
    ROW("claude-haiku-4-5", 1, 5, true),
    ROW("claude-opus-5", 5, 25, true),             /* skills models.md */
    ROW("claude-fable-5-1", 10, 50, true),         /* skills models.md */
    ROW("claude-sonnet-5", 2, 10, false),          /* introductory, third-party: unverified */
};

const AnthropicPrice *anthropic_price_find(const char *model)
{
    const AnthropicPrice *best = NULL;
    size_t best_len = 0;
    if (!model) return NULL;
    for (size_t i = 0; i < sizeof PRICES / sizeof PRICES[0]; i++) {
        size_t n = strlen(PRICES[i].model);
        if (strncmp(model, PRICES[i].model, n) != 0) continue;
        if (model[n] != '\0' && model[n] != '-') continue;
        if (n > best_len) {
            best = &PRICES[i];
            best_len = n;
        }
    }
    return best;
}

double anthropic_usage_cost(const char *model, const AnthropicUsage *u, bool *known)
{
    const AnthropicPrice *p = anthropic_price_find(model);
    if (known) *known = p != NULL;
    if (!p || !u) return 0.0;
    /* Without the cache_creation breakdown every cache write counts as a 5-minute write. */
    double w5 = u->has_cache_breakdown ? (double)u->cache_write_5m : (double)u->cache_creation_input_tokens;
    double w1 = u->has_cache_breakdown ? (double)u->cache_write_1h : 0.0;
    double micro = (double)u->input_tokens * p->input + w5 * p->cache_write_5m + w1 * p->cache_write_1h +
                   (double)u->cache_read_input_tokens * p->cache_read + (double)u->output_tokens * p->output;
    return micro / 1e6;
}
