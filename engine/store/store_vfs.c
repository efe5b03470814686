/* store_vfs.c: a thin sqlite VFS over the default one ("unix") that writes each WAL frame
 * with one pwrite instead of two. sqlite writes a frame as its 24-byte header and then its
 * page at the following offset; this layer holds such a header back and writes it joined
 * with the page. Nothing else changes: the same bytes reach the same offsets in the same
 * order, locks and shared memory go straight to the unix VFS, and other processes (the
 * sqlite3 CLI, readers) use the file with the plain unix VFS. A held header is written out
 * before any other call on any file of this thread, so no sync, read, lock or shared-memory
 * barrier ever sees it missing. */
#define _POSIX_C_SOURCE 200809L
#include "store/store_internal.h"

#include <pthread.h>
#include <string.h>

#define STORE_VFS_NAME "worksim-unix"
#define WAL_FRAME_HEADER 24
#define JOIN_MAX (WAL_FRAME_HEADER + 65536)      /* a header and the largest page */

typedef struct VfsFile {
    sqlite3_file base;           /* pMethods: vfs_io */
    sqlite3_file *real;          /* the unix file, stored right after this struct */
    sqlite3_int64 last_end;      /* where the last write on this file ended; -1: none yet */
    sqlite3_int64 held_offset;
    unsigned char held[WAL_FRAME_HEADER];
    int held_rc;                 /* a failed late write, reported by the next call */
    int join_cap;
    unsigned char *join;         /* header + page, grown on demand */
    char is_wal;
    char holding;
} VfsFile;

#define VFS_FILE_SIZE ((int)((sizeof(VfsFile) + 7) & ~(size_t)7))

static sqlite3_vfs store_vfs;
static const sqlite3_io_methods vfs_io;
static _Thread_local VfsFile *vfs_holding;   /* the file whose header is held, if any */

static sqlite3_vfs *vfs_real(sqlite3_vfs *vfs) { return (sqlite3_vfs *)vfs->pAppData; }

static int vfs_write_through(VfsFile *p, const void *buf, int amt, sqlite3_int64 offset)
{
    int rc = p->real->pMethods->xWrite(p->real, buf, amt, offset);
    if (rc == SQLITE_OK) p->last_end = offset + amt;
    return rc;
}

/* Writes out the held header of this thread, if any; a failure is also kept for the next
 * call on that file, since some callers (the barrier) cannot return one. */
static int vfs_release(void)
{
    VfsFile *p = vfs_holding;
    if (!p) return SQLITE_OK;
    vfs_holding = NULL;
    p->holding = 0;
    int rc = vfs_write_through(p, p->held, WAL_FRAME_HEADER, p->held_offset);
    if (rc != SQLITE_OK) p->held_rc = rc;
    return rc;
}

/* Every method starts here: the held header goes out first, and a late failure surfaces. */
static int vfs_enter(VfsFile *p)
{
    int rc = vfs_release();
    if (rc == SQLITE_OK && p && p->held_rc != SQLITE_OK) {
        rc = p->held_rc;
        p->held_rc = SQLITE_OK;
    }
    return rc;
}

static int vfs_write(sqlite3_file *f, const void *buf, int amt, sqlite3_int64 offset)
{
    VfsFile *p = (VfsFile *)f;
    if (p->holding && offset == p->held_offset + WAL_FRAME_HEADER && amt <= JOIN_MAX - WAL_FRAME_HEADER) {
        int need = WAL_FRAME_HEADER + amt;
        if (need > p->join_cap) {
            unsigned char *grown = sqlite3_realloc(p->join, need);
            if (grown) {
                p->join = grown;
                p->join_cap = need;
            }
        }
        if (need <= p->join_cap) {
            vfs_holding = NULL;
            p->holding = 0;
            memcpy(p->join, p->held, WAL_FRAME_HEADER);
            memcpy(p->join + WAL_FRAME_HEADER, buf, (size_t)amt);
            return vfs_write_through(p, p->join, need, p->held_offset);
        }
    }
    int rc = vfs_enter(p);
    if (rc != SQLITE_OK) return rc;
    /* A frame header continues what was just written; a header sqlite rewrites in place
     * (checksum repair) does not, and is written at once. */
    if (p->is_wal && amt == WAL_FRAME_HEADER && offset == p->last_end) {
        memcpy(p->held, buf, WAL_FRAME_HEADER);
        p->held_offset = offset;
        p->holding = 1;
        vfs_holding = p;
        return SQLITE_OK;
    }
    return vfs_write_through(p, buf, amt, offset);
}

static int vfs_close(sqlite3_file *f)
{
    VfsFile *p = (VfsFile *)f;
    int rc = vfs_enter(p);
    int rc_close = p->real->pMethods->xClose(p->real);
    sqlite3_free(p->join);
    p->join = NULL;
    return rc != SQLITE_OK ? rc : rc_close;
}

/* The forwarding methods: each releases the held header first. */
#define VFS_REAL(f) (((VfsFile *)(f))->real)
#define VFS_ENTER(f)                              \
    do {                                          \
        int entry_rc = vfs_enter((VfsFile *)(f)); \
        if (entry_rc != SQLITE_OK) return entry_rc; \
    } while (0)

static int vfs_read(sqlite3_file *f, void *buf, int amt, sqlite3_int64 offset)
{
    VFS_ENTER(f);
    return VFS_REAL(f)->pMethods->xRead(VFS_REAL(f), buf, amt, offset);
}

static int vfs_truncate(sqlite3_file *f, sqlite3_int64 size)
{
    VFS_ENTER(f);
    return VFS_REAL(f)->pMethods->xTruncate(VFS_REAL(f), size);
}

static int vfs_sync(sqlite3_file *f, int flags)
{
    VFS_ENTER(f);
    return VFS_REAL(f)->pMethods->xSync(VFS_REAL(f), flags);
}

static int vfs_file_size(sqlite3_file *f, sqlite3_int64 *size)
{
    VFS_ENTER(f);
    return VFS_REAL(f)->pMethods->xFileSize(VFS_REAL(f), size);
}

static int vfs_lock(sqlite3_file *f, int level)
{
    VFS_ENTER(f);
    return VFS_REAL(f)->pMethods->xLock(VFS_REAL(f), level);
}

static int vfs_unlock(sqlite3_file *f, int level)
{
    VFS_ENTER(f);
    return VFS_REAL(f)->pMethods->xUnlock(VFS_REAL(f), level);
}

static int vfs_check_reserved_lock(sqlite3_file *f, int *out)
{
    VFS_ENTER(f);
    return VFS_REAL(f)->pMethods->xCheckReservedLock(VFS_REAL(f), out);
}

static int vfs_file_control(sqlite3_file *f, int op, void *arg)
{
    VFS_ENTER(f);
    int rc = VFS_REAL(f)->pMethods->xFileControl(VFS_REAL(f), op, arg);
    if (rc == SQLITE_OK && op == SQLITE_FCNTL_VFSNAME && arg) {
        char **name = arg;                           /* say which layers the file goes through */
        char *both = sqlite3_mprintf("%s/%z", STORE_VFS_NAME, *name);
        if (both) *name = both;
    }
    return rc;
}

/* These two cannot report a failure: it waits in held_rc for the next call. */
static int vfs_sector_size(sqlite3_file *f)
{
    vfs_release();
    return VFS_REAL(f)->pMethods->xSectorSize(VFS_REAL(f));
}

static int vfs_device_characteristics(sqlite3_file *f)
{
    vfs_release();
    return VFS_REAL(f)->pMethods->xDeviceCharacteristics(VFS_REAL(f));
}

static int vfs_shm_map(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    VFS_ENTER(f);
    const sqlite3_io_methods *m = VFS_REAL(f)->pMethods;
    if (m->iVersion < 2) return SQLITE_IOERR;
    return m->xShmMap(VFS_REAL(f), region, size, extend, out);
}

static int vfs_shm_lock(sqlite3_file *f, int offset, int n, int flags)
{
    VFS_ENTER(f);
    const sqlite3_io_methods *m = VFS_REAL(f)->pMethods;
    if (m->iVersion < 2) return SQLITE_IOERR;
    return m->xShmLock(VFS_REAL(f), offset, n, flags);
}

static void vfs_shm_barrier(sqlite3_file *f)
{
    vfs_release();                                   /* a failure waits in held_rc */
    const sqlite3_io_methods *m = VFS_REAL(f)->pMethods;
    if (m->iVersion >= 2) m->xShmBarrier(VFS_REAL(f));
}

static int vfs_shm_unmap(sqlite3_file *f, int delete_flag)
{
    VFS_ENTER(f);
    const sqlite3_io_methods *m = VFS_REAL(f)->pMethods;
    if (m->iVersion < 2) return SQLITE_OK;
    return m->xShmUnmap(VFS_REAL(f), delete_flag);
}

static int vfs_fetch(sqlite3_file *f, sqlite3_int64 offset, int amt, void **out)
{
    *out = NULL;
    VFS_ENTER(f);
    const sqlite3_io_methods *m = VFS_REAL(f)->pMethods;
    if (m->iVersion < 3) return SQLITE_OK;          /* NULL: sqlite reads the page instead */
    return m->xFetch(VFS_REAL(f), offset, amt, out);
}

static int vfs_unfetch(sqlite3_file *f, sqlite3_int64 offset, void *page)
{
    VFS_ENTER(f);
    const sqlite3_io_methods *m = VFS_REAL(f)->pMethods;
    if (m->iVersion < 3) return SQLITE_OK;
    return m->xUnfetch(VFS_REAL(f), offset, page);
}

static const sqlite3_io_methods vfs_io = {
    .iVersion = 3,
    .xClose = vfs_close,
    .xRead = vfs_read,
    .xWrite = vfs_write,
    .xTruncate = vfs_truncate,
    .xSync = vfs_sync,
    .xFileSize = vfs_file_size,
    .xLock = vfs_lock,
    .xUnlock = vfs_unlock,
    .xCheckReservedLock = vfs_check_reserved_lock,
    .xFileControl = vfs_file_control,
    .xSectorSize = vfs_sector_size,
    .xDeviceCharacteristics = vfs_device_characteristics,
    .xShmMap = vfs_shm_map,
    .xShmLock = vfs_shm_lock,
    .xShmBarrier = vfs_shm_barrier,
    .xShmUnmap = vfs_shm_unmap,
    .xFetch = vfs_fetch,
    .xUnfetch = vfs_unfetch,
};

/* ---- the VFS: open wraps the unix file, everything else is the unix VFS's ---- */

static int vfs_open(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *f, int flags, int *out_flags)
{
    VfsFile *p = (VfsFile *)f;
    memset(p, 0, sizeof *p);
    p->real = (sqlite3_file *)((char *)f + VFS_FILE_SIZE);
    p->last_end = -1;
    p->is_wal = (flags & SQLITE_OPEN_WAL) != 0;
    int rc = vfs_real(vfs)->xOpen(vfs_real(vfs), name, p->real, flags, out_flags);
    /* sqlite closes a file whose pMethods is set, even after a failed open. */
    p->base.pMethods = p->real->pMethods ? &vfs_io : NULL;
    return rc;
}

static int vfs_delete(sqlite3_vfs *vfs, const char *name, int sync_dir)
{
    VFS_ENTER(NULL);
    return vfs_real(vfs)->xDelete(vfs_real(vfs), name, sync_dir);
}

static int vfs_access(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
    VFS_ENTER(NULL);
    return vfs_real(vfs)->xAccess(vfs_real(vfs), name, flags, out);
}

static int vfs_full_pathname(sqlite3_vfs *vfs, const char *name, int n, char *out)
{
    return vfs_real(vfs)->xFullPathname(vfs_real(vfs), name, n, out);
}

static void *vfs_dl_open(sqlite3_vfs *vfs, const char *name)
{
    return vfs_real(vfs)->xDlOpen(vfs_real(vfs), name);
}

static void vfs_dl_error(sqlite3_vfs *vfs, int n, char *msg)
{
    vfs_real(vfs)->xDlError(vfs_real(vfs), n, msg);
}

static void (*vfs_dl_sym(sqlite3_vfs *vfs, void *handle, const char *sym))(void)
{
    return vfs_real(vfs)->xDlSym(vfs_real(vfs), handle, sym);
}

static void vfs_dl_close(sqlite3_vfs *vfs, void *handle)
{
    vfs_real(vfs)->xDlClose(vfs_real(vfs), handle);
}

static int vfs_randomness(sqlite3_vfs *vfs, int n, char *out)
{
    return vfs_real(vfs)->xRandomness(vfs_real(vfs), n, out);
}

static int vfs_sleep(sqlite3_vfs *vfs, int us)
{
    VFS_ENTER(NULL);
    return vfs_real(vfs)->xSleep(vfs_real(vfs), us);
}

static int vfs_current_time(sqlite3_vfs *vfs, double *out)
{
    return vfs_real(vfs)->xCurrentTime(vfs_real(vfs), out);
}

static int vfs_get_last_error(sqlite3_vfs *vfs, int n, char *out)
{
    return vfs_real(vfs)->xGetLastError(vfs_real(vfs), n, out);
}

static int vfs_current_time_int64(sqlite3_vfs *vfs, sqlite3_int64 *out)
{
    sqlite3_vfs *real = vfs_real(vfs);
    if (real->iVersion >= 2 && real->xCurrentTimeInt64) return real->xCurrentTimeInt64(real, out);
    double days = 0;
    int rc = real->xCurrentTime(real, &days);
    *out = (sqlite3_int64)(days * 86400000.0);
    return rc;
}

static pthread_once_t store_vfs_once = PTHREAD_ONCE_INIT;
static int store_vfs_rc = SQLITE_ERROR;

static void store_vfs_register(void)
{
    sqlite3_vfs *real = sqlite3_vfs_find(NULL);
    if (!real) return;
    store_vfs = (sqlite3_vfs){
        .iVersion = 2,
        .szOsFile = VFS_FILE_SIZE + real->szOsFile,
        .mxPathname = real->mxPathname,
        .zName = STORE_VFS_NAME,
        .pAppData = real,
        .xOpen = vfs_open,
        .xDelete = vfs_delete,
        .xAccess = vfs_access,
        .xFullPathname = vfs_full_pathname,
        .xDlOpen = vfs_dl_open,
        .xDlError = vfs_dl_error,
        .xDlSym = vfs_dl_sym,
        .xDlClose = vfs_dl_close,
        .xRandomness = vfs_randomness,
        .xSleep = vfs_sleep,
        .xCurrentTime = vfs_current_time,
        .xGetLastError = vfs_get_last_error,
        .xCurrentTimeInt64 = vfs_current_time_int64,
    };
    store_vfs_rc = sqlite3_vfs_register(&store_vfs, 0);
}

const char *store_vfs_name(void)
{
    pthread_once(&store_vfs_once, store_vfs_register);
    return store_vfs_rc == SQLITE_OK ? STORE_VFS_NAME : NULL;
}
