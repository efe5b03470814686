/* ns_fingerprint.c: the fingerprint of a check's copy of the workspace, taken on the host
 * right after the copy is made and before the sandbox that reads it starts, so it covers
 * exactly what the check then reads (core/check_reuse.h: when a check's earlier result may
 * stand for the final one). The walk never follows a link. Every entry in name order adds
 * its kind, name, permission bits and content (bytes of a file, target of a link, entries of
 * a folder, then an end mark), each length-prefixed, so two different trees give different
 * input to SHA-256. Done in-process, it replaces a dozen processes per check (find, sort,
 * xargs, stat, sha256sum) that the in-sandbox script costs. */
#define _GNU_SOURCE
#include "sandbox/ns/ns.h"

#include "base/util.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <openssl/evp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void put_u64(EVP_MD_CTX *md, uint64_t v)
{
    unsigned char b[8];
    for (int i = 0; i < 8; i++) b[i] = (unsigned char)(v >> (8 * i));
    EVP_DigestUpdate(md, b, sizeof b);
}

static void put_bytes(EVP_MD_CTX *md, const void *data, size_t len)
{
    put_u64(md, len);
    EVP_DigestUpdate(md, data, len);
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The entry names of the open folder dir, sorted; NULL when it cannot be listed. */
static char **sorted_names(int dir, size_t *n_out)
{
    int lfd = dup(dir);
    DIR *d = lfd >= 0 ? fdopendir(lfd) : NULL;
    if (!d) {
        if (lfd >= 0) close(lfd);
        return NULL;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            names = xrealloc(names, cap * sizeof *names);
        }
        names[n++] = xstrdup(e->d_name);
    }
    closedir(d);
    if (n) qsort(names, n, sizeof *names, by_name);
    *n_out = n;
    return names ? names : xcalloc(1, sizeof *names);
}

static bool hash_file(EVP_MD_CTX *md, int dir, const char *name, const struct stat *st)
{
    int fd = openat(dir, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat now;
    bool ok = fstat(fd, &now) == 0 && S_ISREG(now.st_mode) && now.st_ino == st->st_ino;
    put_u64(md, (uint64_t)st->st_size);
    char buf[65536];
    off_t left = st->st_size;
    while (ok && left > 0) {
        ssize_t n = read(fd, buf, left < (off_t)sizeof buf ? (size_t)left : sizeof buf);
        if (n <= 0) ok = false;
        else {
            EVP_DigestUpdate(md, buf, (size_t)n);
            left -= n;
        }
    }
    ok = ok && read(fd, buf, 1) == 0;   /* not grown since the stat */
    close(fd);
    return ok;
}

static bool hash_dir(EVP_MD_CTX *md, int dir, int depth)
{
    if (depth > NS_COPY_MAX_DEPTH) return false;
    size_t n = 0;
    char **names = sorted_names(dir, &n);
    if (!names) return false;
    bool ok = true;
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (ok && fstatat(dir, names[i], &st, AT_SYMLINK_NOFOLLOW) != 0) ok = false;
        if (ok) {
            char kind = S_ISREG(st.st_mode) ? 'f' : S_ISDIR(st.st_mode) ? 'd' : S_ISLNK(st.st_mode) ? 'l' : 'o';
            EVP_DigestUpdate(md, &kind, 1);
            put_bytes(md, names[i], strlen(names[i]));
            put_u64(md, (uint64_t)(st.st_mode & 07777));
            if (kind == 'f') {
                ok = hash_file(md, dir, names[i], &st);
            } else if (kind == 'l') {
                char target[PATH_MAX];
                ssize_t len = readlinkat(dir, names[i], target, sizeof target);
                ok = len >= 0;
                if (ok) put_bytes(md, target, (size_t)len);
            } else if (kind == 'd') {
                int sub = openat(dir, names[i], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
                ok = sub >= 0 && hash_dir(md, sub, depth + 1);
                if (sub >= 0) close(sub);
            }
        }
        free(names[i]);
    }
    free(names);
    EVP_DigestUpdate(md, "e", 1);
    return ok;
}

char *ns_tree_fingerprint(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return NULL;
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    bool ok = md && EVP_DigestInit_ex(md, EVP_sha256(), NULL) == 1 && hash_dir(md, fd, 0);
    close(fd);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    ok = ok && EVP_DigestFinal_ex(md, digest, &len) == 1 && len == 32;
    EVP_MD_CTX_free(md);
    if (!ok) return NULL;
    char *hex = xmalloc(65);
    for (unsigned i = 0; i < 32; i++) snprintf(hex + 2 * i, 3, "%02x", digest[i]);
    return hex;
}
