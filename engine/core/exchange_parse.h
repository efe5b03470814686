/* exchange_parse.h: an export file read back into runs, checked field by field before any of
 * it reaches the database (exchange_import.c). Everything a learner's file says is untrusted:
 * a missing or mistyped field, an event that is not a JSON object, a run listed but absent
 * refuses the whole file. */
#ifndef WORKSIM_EXCHANGE_PARSE_H
#define WORKSIM_EXCHANGE_PARSE_H

#include "core/exchange.h"
#include "core/exchange_bundle.h"

#include <cjson/cJSON.h>

/* One run of the file. Strings point into the parsed JSON trees or the bundle's entries. */
typedef struct ParsedRun {
    cJSON *row;                  /* run.json */
    cJSON *event_lines;          /* the parsed lines of events.jsonl (an array) */
    StoreImportedRun info;       /* learner_id, file, chain, regraded*, flag left for the import */
    const char *learner_uid, *learner_name;
    StoreResultLine *lines;
    int n_lines;
    StoreEventRow *events;
    int n_events;
    const char *snapshot_format, *snapshot_sha256, *snapshot_missing;
    double snapshot_taken_at;
    const BundleEntry *snapshot; /* NULL when the run has none */
} ParsedRun;

typedef struct ParsedExport {
    Bundle bundle;
    cJSON *manifest;
    const char *database_id;
    ParsedRun *runs;
    int n_runs;
} ParsedExport;

/* Reads and checks path; false + *err ("PATH: ...", one line). */
bool exchange_parse(const char *path, ParsedExport *out, char **err);
void exchange_parse_free(ParsedExport *px);

#endif
