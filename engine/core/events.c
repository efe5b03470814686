/* events.c: builds and parses event JSON from the field tables of events.h. Each kind's fields
 * become a descriptor list (name, type, required, offset in the kind's struct), so one writer
 * and one reader serve every kind and cannot drift from the schema. */
#include "core/events.h"

#include "base/util.h"

#include <math.h>
#include <string.h>

typedef EventFieldInfo FieldDesc;
enum { FT_STR = EVF_STR, FT_NUM = EVF_NUM, FT_BOOL = EVF_BOOL, FT_JSON = EVF_JSON };

#define FT_OF_STR EVF_STR
#define FT_OF_NUM EVF_NUM
#define FT_OF_BOOL EVF_BOOL
#define FT_OF_JSON EVF_JSON
#define REQUIRED_REQ true
#define REQUIRED_OPT false

/* One descriptor table per kind; the typedef lets the field macro take offsets in its struct. */
#define EV_KIND_TABLE(NAME, lower, Struct)                                                    \
    static const FieldDesc *table_##lower(size_t *n)                                         \
    {                                                                                        \
        typedef Struct S;                                                                    \
        static const FieldDesc f[] = { EV_FIELDS_##NAME(EV_DESC_S) };                         \
        *n = sizeof f / sizeof f[0];                                                         \
        return f;                                                                            \
    }
#define EV_DESC_S(TYPE, field, req) {#field, FT_OF_##TYPE, REQUIRED_##req, offsetof(S, field)},
WORKSIM_EVENT_KINDS(EV_KIND_TABLE)
#undef EV_KIND_TABLE

static const FieldDesc *kind_fields(EventKind kind, size_t *n)
{
    switch (kind) {
#define EV_CASE(NAME, lower, Struct) case EV_##NAME: return table_##lower(n);
        WORKSIM_EVENT_KINDS(EV_CASE)
#undef EV_CASE
    default: *n = 0; return NULL;
    }
}

bool event_field_info(EventKind kind, size_t i, EventFieldInfo *out)
{
    size_t n = 0;
    const FieldDesc *f = kind_fields(kind, &n);
    if (!f || i >= n) return false;
    *out = f[i];
    return true;
}

size_t event_struct_size(EventKind kind)
{
    switch (kind) {
#define EV_SIZE(NAME, lower, Struct) case EV_##NAME: return sizeof(Struct);
        WORKSIM_EVENT_KINDS(EV_SIZE)
#undef EV_SIZE
    default: return 0;
    }
}

static const char *const kind_names[EV_KIND_COUNT] = {
    [EV_UNKNOWN] = NULL,
#define EV_NAME(NAME, lower, Struct) [EV_##NAME] = #lower,
    WORKSIM_EVENT_KINDS(EV_NAME)
#undef EV_NAME
};

EventKind event_kind_from_name(const char *name)
{
    if (!name) return EV_UNKNOWN;
    for (int k = 1; k < EV_KIND_COUNT; k++)
        if (strcmp(kind_names[k], name) == 0) return (EventKind)k;
    return EV_UNKNOWN;
}

const char *event_kind_name(EventKind kind)
{
    return kind > EV_UNKNOWN && kind < EV_KIND_COUNT ? kind_names[kind] : NULL;
}

char *event_to_json(EventKind kind, const void *fields)
{
    size_t n = 0;
    const FieldDesc *f = kind_fields(kind, &n);
    cJSON *o = cJSON_CreateObject();
    const char *base = fields;
    for (size_t i = 0; f && i < n; i++) {
        const void *p = base + f[i].offset;
        switch (f[i].type) {
        case FT_STR: {
            const char *s = *(const char *const *)p;
            if (s || f[i].required) cJSON_AddStringToObject(o, f[i].name, s ? s : "");
            break;
        }
        case FT_NUM: {
            double d = *(const double *)p;
            if (f[i].required || !isnan(d)) cJSON_AddNumberToObject(o, f[i].name, isfinite(d) ? d : 0);
            break;
        }
        case FT_BOOL: {
            bool b = *(const bool *)p;
            if (b || f[i].required) cJSON_AddBoolToObject(o, f[i].name, b);
            break;
        }
        case FT_JSON: {
            const cJSON *j = *(const cJSON *const *)p;
            if (j) cJSON_AddItemToObject(o, f[i].name, cJSON_Duplicate(j, true));
            else if (f[i].required) cJSON_AddItemToObject(o, f[i].name, cJSON_CreateArray());
            break;
        }
        }
    }
    char *text = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    char *owned = xstrdup(text);   /* cJSON's allocator is not ours: hand out an xmalloc'd copy */
    cJSON_free(text);
    return owned;
}

static bool parse_fail(char **err, cJSON *doc, const char *kind, const char *field, const char *what)
{
    if (err) *err = xasprintf("%s event: %s%s%s", kind ? kind : "unknown", field ? field : "", field ? ": " : "", what);
    cJSON_Delete(doc);
    return false;
}

bool event_from_json(EventKind kind, const char *data_json, void *fields, cJSON **doc, char **err)
{
    *doc = NULL;
    const char *kname = event_kind_name(kind);
    size_t n = 0;
    const FieldDesc *f = kind_fields(kind, &n);
    if (!f) return parse_fail(err, NULL, kname, NULL, "unknown kind");
    cJSON *root = cJSON_Parse(data_json ? data_json : "");
    if (!cJSON_IsObject(root)) return parse_fail(err, root, kname, NULL, "not a JSON object");
    char *base = fields;
    for (size_t i = 0; i < n; i++) {
        void *p = base + f[i].offset;
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, f[i].name);
        bool absent = !v || cJSON_IsNull(v);
        if (absent && f[i].required) return parse_fail(err, root, kname, f[i].name, "missing");
        switch (f[i].type) {
        case FT_STR:
            if (!absent && !cJSON_IsString(v)) return parse_fail(err, root, kname, f[i].name, "expected a string");
            *(const char **)p = absent ? NULL : v->valuestring;
            break;
        case FT_NUM:
            if (!absent && !cJSON_IsNumber(v)) return parse_fail(err, root, kname, f[i].name, "expected a number");
            *(double *)p = absent ? NAN : v->valuedouble;
            break;
        case FT_BOOL:
            if (!absent && !cJSON_IsBool(v)) return parse_fail(err, root, kname, f[i].name, "expected true or false");
            *(bool *)p = !absent && cJSON_IsTrue(v);
            break;
        case FT_JSON:
            if (!absent && !cJSON_IsObject(v) && !cJSON_IsArray(v))
                return parse_fail(err, root, kname, f[i].name, "expected an object or array");
            *(const cJSON **)p = absent ? NULL : v;
            break;
        }
    }
    *doc = root;
    return true;
}
