/* store_chain.c: the hash chain over a run's events (issue 13 item 4). Each event stored
 * since schema 7 carries hash = SHA-256 of a canonical encoding of the previous event's hash,
 * its seq, run clock, wall clock, kind and data, so an event edited, removed or reordered after
 * the fact no longer matches the hashes after it. The hash is computed by the insert statement
 * itself (the SQL function worksim_event_hash, registered on every connection), inside the
 * insert's own write transaction: the previous hash it reads is the one really stored.
 * The chain shows edits made by hand or by a tool that does not recompute it; it is not a
 * signature (anyone holding the file can rebuild a chain), which is why imports also re-grade. */
#include "store/store_internal.h"

#include "base/util.h"

#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Bumped if the encoding ever changes: it is hashed first, so old and new never collide. */
static const char store_chain_domain[] = "worksim-event-v1";

static void put_u64be(unsigned char out[8], uint64_t v)
{
    for (int i = 7; i >= 0; i--, v >>= 8) out[i] = (unsigned char)(v & 0xff);
}

static uint64_t double_bits(double d)
{
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return bits;
}

/* A length-prefixed field: 8 bytes of big-endian length, then the bytes. */
static void digest_field(EVP_MD_CTX *md, const void *data, size_t len)
{
    unsigned char n[8];
    put_u64be(n, (uint64_t)len);
    EVP_DigestUpdate(md, n, sizeof n);
    if (len) EVP_DigestUpdate(md, data, len);
}

static void digest_u64(EVP_MD_CTX *md, uint64_t v)
{
    unsigned char b[8];
    put_u64be(b, v);
    EVP_DigestUpdate(md, b, sizeof b);
}

void store_event_hash(const char *prev_hash, int64_t seq, double t_run, double t_wall, const char *kind,
                      const char *data, size_t data_len, char out[STORE_EVENT_HASH_HEX])
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    if (!md || EVP_DigestInit_ex(md, EVP_sha256(), NULL) != 1) {
        fputs("worksim: SHA-256 is not available from libcrypto\n", stderr);   /* like out of memory */
        abort();
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned digest_len = 0;
    digest_field(md, store_chain_domain, sizeof store_chain_domain - 1);
    digest_field(md, prev_hash ? prev_hash : "", prev_hash ? strlen(prev_hash) : 0);
    digest_u64(md, (uint64_t)seq);
    digest_u64(md, double_bits(t_run));
    digest_u64(md, double_bits(t_wall));
    digest_field(md, kind ? kind : "", kind ? strlen(kind) : 0);
    digest_field(md, data ? data : "", data ? data_len : 0);
    EVP_DigestFinal_ex(md, digest, &digest_len);
    EVP_MD_CTX_free(md);
    static const char hex[] = "0123456789abcdef";
    for (unsigned i = 0; i < digest_len && i < 32; i++) {
        out[2 * i] = hex[digest[i] >> 4];
        out[2 * i + 1] = hex[digest[i] & 0xf];
    }
    out[64] = '\0';
}

/* worksim_event_hash(prev_hash, seq, t_run, t_wall, kind, data) -> hex text. */
static void sql_event_hash(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    const char *prev = (const char *)sqlite3_value_text(argv[0]);
    const char *kind = (const char *)sqlite3_value_text(argv[4]);
    const char *data = (const char *)sqlite3_value_text(argv[5]);
    size_t data_len = (size_t)sqlite3_value_bytes(argv[5]);
    char hash[STORE_EVENT_HASH_HEX];
    store_event_hash(prev, sqlite3_value_int64(argv[1]), sqlite3_value_double(argv[2]), sqlite3_value_double(argv[3]),
                     kind, data, data_len, hash);
    sqlite3_result_text(ctx, hash, 64, SQLITE_TRANSIENT);
}

bool store_chain_register(sqlite3 *db)
{
    /* DIRECTONLY: usable by worksim's own statements, never from a trigger or view stored in
     * a file someone else wrote. */
    return sqlite3_create_function_v2(db, "worksim_event_hash", 6,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, NULL,
                                      sql_event_hash, NULL, NULL, NULL) == SQLITE_OK;
}

const char *store_chain_status_name(StoreChainStatus status)
{
    switch (status) {
    case STORE_CHAIN_OK: return "chained";
    case STORE_CHAIN_NONE: return "unchained";
    case STORE_CHAIN_PARTIAL: return "partial";
    case STORE_CHAIN_BROKEN: return "broken";
    }
    return "broken";
}

void store_chain_walk_init(StoreChainWalk *w)
{
    memset(w, 0, sizeof *w);
}

bool store_chain_walk_step(StoreChainWalk *w, const StoreEventRow *ev)
{
    if (w->broken) return false;
    w->events++;
    const char *why = NULL;
    if (ev->seq != w->events) why = "out of sequence (an event is missing or was added)";
    else if (!ev->hash) {
        if (w->hashed) why = "has no hash after hashed events (its hash was removed)";
        else w->unhashed++;
    } else {
        char expect[STORE_EVENT_HASH_HEX];
        store_event_hash(w->prev[0] ? w->prev : NULL, ev->seq, ev->t_run,
                         ev->t_wall, ev->kind, ev->data, ev->data_len, expect);
        if (strcmp(expect, ev->hash) != 0) why = "does not match its hash (edited after it was written)";
        w->hashed = true;
    }
    if (why) {
        w->broken = true;
        w->bad_seq = ev->seq;
        snprintf(w->why, sizeof w->why, "event %lld %s", (long long)ev->seq, why);
        return false;
    }
    snprintf(w->prev, sizeof w->prev, "%s", ev->hash ? ev->hash : "");
    return true;
}

StoreChainStatus store_chain_walk_status(const StoreChainWalk *w)
{
    if (w->broken) return STORE_CHAIN_BROKEN;
    if (w->events > 0 && !w->hashed) return STORE_CHAIN_NONE;
    if (w->unhashed > 0) return STORE_CHAIN_PARTIAL;
    return STORE_CHAIN_OK;
}

static bool chain_step(void *ud, const StoreEventRow *ev)
{
    return store_chain_walk_step(ud, ev);
}

bool store_run_chain_check(Store *st, int64_t run_id, StoreChainWalk *w)
{
    store_chain_walk_init(w);
    return store_event_rows_foreach(st, run_id, chain_step, w);
}
