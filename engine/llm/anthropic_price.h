/* anthropic_price.h: per-model list prices and the cost of one call from its usage.
 * Prices are USD per million tokens, list prices as of 2026 (platform.claude.com pricing
 * page, reference §6): verify before billing anyone. An unknown model costs 0 and is
 * flagged, so a missing row shows up in reports instead of a wrong number. */
#ifndef WORKSIM_ANTHROPIC_PRICE_H
#define WORKSIM_ANTHROPIC_PRICE_H

#include <stdbool.h>

#include "llm/anthropic_stream.h"

#define ANTHROPIC_PRICE_SOURCE "list prices as of 2026 (platform.claude.com/docs/en/about-claude/pricing), verify"

typedef struct AnthropicPrice {
    const char *model;                /* id or alias; dated ids match by prefix */
    double input;                     /* USD per million uncached input tokens */
    double output;
    double cache_write_5m;            /* 1.25 x input */
    double cache_write_1h;            /* 2 x input */
    double cache_read;                /* 0.1 x input */
    bool verified;                    /* false: third-party or introductory figure */
} AnthropicPrice;

/* The price row for a model id ("claude-opus-4-5-20251101" finds "claude-opus-4-5"); NULL if unknown. */
const AnthropicPrice *anthropic_price_find(const char *model);
/* USD for one call; *known (may be NULL) is false, and the cost 0, for an unknown model. */
double anthropic_usage_cost(const char *model, const AnthropicUsage *usage, bool *known);

#endif
