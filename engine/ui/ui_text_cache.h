/* ui_text_cache.h: rendered text kept as textures (issue 11 "Benchmarks": the home redrew
 * every label through SDL_ttf and uploaded it as a new texture each frame). One cache belongs
 * to one set of fonts (UiFonts.texts, made by ui_fonts_open and freed by ui_fonts_close), so
 * a new font scale, which opens new fonts, starts from an empty cache. An entry is keyed by
 * the font (its size is the font's), the font's style, the colour and the string; the least
 * recently drawn entries go first once the cache holds more than its entries or bytes.
 * Textures belong to the renderer they were made on: clear the cache (or close the fonts)
 * before destroying that renderer or when SDL reports the device reset. Drawing with another
 * renderer forgets the entries without destroying them (their renderer frees them). */
#ifndef WORKSIM_UI_TEXT_CACHE_H
#define WORKSIM_UI_TEXT_CACHE_H

#include <SDL.h>
#include <SDL_ttf.h>
#include <stddef.h>

typedef struct UiTextCache UiTextCache;

typedef struct UiTextCacheStats {
    long hits, misses, evictions;
    int entries;
    size_t bytes;   /* of the textures' pixels */
} UiTextCacheStats;

/* The default bounds: far more than a frame draws, far less than a texture budget. */
enum { UI_TEXT_CACHE_ENTRIES = 2048, UI_TEXT_CACHE_BYTES = 32 << 20 };

UiTextCache *ui_text_cache_new(int max_entries, size_t max_bytes);
void ui_text_cache_free(UiTextCache *cache);   /* destroys its textures: the renderer must live */
void ui_text_cache_clear(UiTextCache *cache);  /* the same, the cache stays usable */
/* The texture of utf8 (non-empty) in font f and colour c on renderer r, rendered at the first
 * call and kept; its size in *w, *h. NULL when SDL_ttf or SDL cannot make it. The texture
 * stays valid until the next call on this cache. */
SDL_Texture *ui_text_cache_texture(UiTextCache *cache, SDL_Renderer *r, TTF_Font *f, SDL_Color c, const char *utf8,
                                   int *w, int *h);
void ui_text_cache_stats(const UiTextCache *cache, UiTextCacheStats *out);

#endif
