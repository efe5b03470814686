/* uuid.c: RFC 4122 version-5 UUIDs with OpenSSL's SHA-1. */
#include "base/uuid.h"

#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>

/* The 16 bytes of a UUID in text form (hyphens where RFC 4122 puts them). */
static bool uuid_parse(const char *text, unsigned char out[16])
{
    static const int hyphens[] = {8, 13, 18, 23};
    if (strlen(text) != UUID_TEXT_LEN) return false;
    for (int i = 0; i < 4; i++)
        if (text[hyphens[i]] != '-') return false;
    int n = 0;
    for (const char *p = text; *p; p++) {
        if (*p == '-') continue;
        unsigned v;
        if (sscanf(p, "%1x", &v) != 1) return false;
        out[n / 2] = (unsigned char)(n % 2 ? out[n / 2] | v : v << 4);
        n++;
    }
    return n == 32;
}

bool uuid_v5(const char *namespace_uuid, const char *name, char out[UUID_TEXT_LEN + 1])
{
    unsigned char ns[16], digest[EVP_MAX_MD_SIZE];
    unsigned int digest_len = 0;
    if (!uuid_parse(namespace_uuid, ns)) return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha1(), NULL) && EVP_DigestUpdate(ctx, ns, sizeof ns) &&
              EVP_DigestUpdate(ctx, name, strlen(name)) && EVP_DigestFinal_ex(ctx, digest, &digest_len) &&
              digest_len >= 16;
    EVP_MD_CTX_free(ctx);
    if (!ok) return false;
    digest[6] = (unsigned char)((digest[6] & 0x0F) | 0x50);   /* version 5 */
    digest[8] = (unsigned char)((digest[8] & 0x3F) | 0x80);   /* RFC 4122 variant */
    char *o = out;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10) *o++ = '-';
        o += sprintf(o, "%02x", digest[i]);
    }
    return true;
}
