/* ui_text_cache.c: rendered text kept as textures (ui_text_cache.h): a hash table of
 * entries chained per bucket, and a list from the most to the least recently drawn entry
 * that eviction takes from the tail. */
#include "ui/ui_text_cache.h"

#include "base/util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct Entry {
    struct Entry *bucket_next;
    struct Entry *newer, *older;   /* the recency list */
    uint64_t hash;
    TTF_Font *font;
    int style;
    uint32_t colour;
    SDL_Texture *texture;
    int w, h;
    size_t bytes, len;
    char text[];
} Entry;

struct UiTextCache {
    Entry **buckets;
    size_t n_buckets;              /* a power of two */
    Entry *newest, *oldest;
    SDL_Renderer *renderer;        /* the entries' textures belong to it */
    int max_entries;
    size_t max_bytes;
    UiTextCacheStats stats;
};

static uint32_t pack_colour(SDL_Color c) { return (uint32_t)c.r << 24 | (uint32_t)c.g << 16 | (uint32_t)c.b << 8 | c.a; }

/* FNV-1a over the key's parts. */
static uint64_t hash_bytes(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 0x100000001b3ull;
    return h;
}

static uint64_t key_hash(TTF_Font *f, int style, uint32_t colour, const char *s, size_t len)
{
    uint64_t h = 0xcbf29ce484222325ull;
    h = hash_bytes(h, &f, sizeof f);
    h = hash_bytes(h, &style, sizeof style);
    h = hash_bytes(h, &colour, sizeof colour);
    return hash_bytes(h, s, len);
}

UiTextCache *ui_text_cache_new(int max_entries, size_t max_bytes)
{
    UiTextCache *c = xcalloc(1, sizeof *c);
    c->max_entries = max_entries > 0 ? max_entries : 1;
    c->max_bytes = max_bytes;
    c->n_buckets = 16;
    while (c->n_buckets < (size_t)c->max_entries * 2) c->n_buckets *= 2;
    c->buckets = xcalloc(c->n_buckets, sizeof *c->buckets);
    return c;
}

static void unlink_recency(UiTextCache *c, Entry *e)
{
    if (e->newer) e->newer->older = e->older;
    else c->newest = e->older;
    if (e->older) e->older->newer = e->newer;
    else c->oldest = e->newer;
    e->newer = e->older = NULL;
}

static void push_newest(UiTextCache *c, Entry *e)
{
    e->older = c->newest;
    e->newer = NULL;
    if (c->newest) c->newest->newer = e;
    c->newest = e;
    if (!c->oldest) c->oldest = e;
}

/* Takes e out of the cache; destroys its texture unless its renderer is gone from the cache. */
static void drop(UiTextCache *c, Entry *e, bool destroy_texture)
{
    Entry **p = &c->buckets[e->hash & (c->n_buckets - 1)];
    while (*p != e) p = &(*p)->bucket_next;
    *p = e->bucket_next;
    unlink_recency(c, e);
    if (destroy_texture && e->texture) SDL_DestroyTexture(e->texture);
    c->stats.entries--;
    c->stats.bytes -= e->bytes;
    free(e);
}

static void drop_all(UiTextCache *c, bool destroy_textures)
{
    while (c->oldest) drop(c, c->oldest, destroy_textures);
}

void ui_text_cache_clear(UiTextCache *cache)
{
    if (cache) drop_all(cache, true);
}

void ui_text_cache_free(UiTextCache *cache)
{
    if (!cache) return;
    drop_all(cache, true);
    free(cache->buckets);
    free(cache);
}

static Entry *find(UiTextCache *c, uint64_t hash, TTF_Font *f, int style, uint32_t colour, const char *s, size_t len)
{
    for (Entry *e = c->buckets[hash & (c->n_buckets - 1)]; e; e = e->bucket_next)
        if (e->hash == hash && e->font == f && e->style == style && e->colour == colour && e->len == len &&
            memcmp(e->text, s, len) == 0)
            return e;
    return NULL;
}

/* Evicts the least recently drawn entries until one more of extra bytes fits (one larger
 * than the whole budget is still kept, alone). */
static void make_room(UiTextCache *c, size_t extra)
{
    while (c->oldest && (c->stats.entries + 1 > c->max_entries || c->stats.bytes + extra > c->max_bytes)) {
        drop(c, c->oldest, true);
        c->stats.evictions++;
    }
}

SDL_Texture *ui_text_cache_texture(UiTextCache *cache, SDL_Renderer *r, TTF_Font *f, SDL_Color col, const char *utf8,
                                   int *w, int *h)
{
    if (r != cache->renderer) {   /* another renderer: the old one owns (and frees) the textures */
        drop_all(cache, false);
        cache->renderer = r;
    }
    size_t len = strlen(utf8);
    int style = TTF_GetFontStyle(f);
    uint32_t colour = pack_colour(col);
    uint64_t hash = key_hash(f, style, colour, utf8, len);
    Entry *e = find(cache, hash, f, style, colour, utf8, len);
    if (e) {
        cache->stats.hits++;
        unlink_recency(cache, e);
        push_newest(cache, e);
        *w = e->w, *h = e->h;
        return e->texture;
    }
    cache->stats.misses++;
    SDL_Surface *s = TTF_RenderUTF8_Blended(f, utf8, col);
    if (!s) return NULL;
    SDL_Texture *t = SDL_CreateTextureFromSurface(r, s);
    int tw = s->w, th = s->h;
    SDL_FreeSurface(s);
    if (!t) return NULL;
    size_t bytes = (size_t)tw * (size_t)th * 4;
    make_room(cache, bytes);
    e = xmalloc(sizeof *e + len + 1);
    *e = (Entry){.hash = hash, .font = f, .style = style, .colour = colour, .texture = t, .w = tw, .h = th,
                 .bytes = bytes, .len = len};
    memcpy(e->text, utf8, len + 1);
    Entry **bucket = &cache->buckets[hash & (cache->n_buckets - 1)];
    e->bucket_next = *bucket;
    *bucket = e;
    push_newest(cache, e);
    cache->stats.entries++;
    cache->stats.bytes += bytes;
    *w = tw, *h = th;
    return t;
}

void ui_text_cache_stats(const UiTextCache *cache, UiTextCacheStats *out) { *out = cache->stats; }
