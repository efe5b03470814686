/* report.h: finished runs as an instructor reads them (DESIGN §8): the runs and their
 * breakdown lines gathered from the store by `worksim report` (every stored string repaired to
 * valid UTF-8 on the way in), the run fields every format shows under the same names, and one
 * emitter per output format (text, csv, json, junit, html, xapi), each writing the whole
 * document into a Buf. */
#ifndef WORKSIM_REPORT_H
#define WORKSIM_REPORT_H

#include "scenario/scenario_catalog.h"
#include "store/store.h"
#include "base/util.h"

enum { REPORT_RUN_STRINGS = 12 };

/* A task's time in one run: run clock from its first `assigned` to its last `done` (or to the
 * run's last event when it never got done). */
typedef struct ReportTaskTime {
    char *task;
    double seconds;
} ReportTaskTime;

/* What the dashboard reads from a run's event log (report_html_timeline.c): the transcript as
 * text lines within a byte budget, and the time per task. */
typedef struct ReportTimeline {
    char *text;              /* "mm:ss what happened" lines, '\n'-separated; valid UTF-8, no controls */
    int omitted;             /* transcript lines left out past the budget */
    ReportTaskTime *tasks;
    int n_tasks;
} ReportTimeline;

typedef struct ReportRun {
    StoreRunRow row;         /* strings point into strings[]: valid UTF-8, NULL where stored NULL */
    char *strings[REPORT_RUN_STRINGS];
    StoreResultLine *lines;  /* strings owned, valid UTF-8 */
    int n_lines;
    double cost;
    int64_t calls;
    ReportTimeline *timeline;   /* NULL unless report_load_timelines ran */
    struct ReportRun *regrade;  /* the instructor's latest regrade of this run (row.regraded_by) with its
                                 * breakdown; NULL when none. Owned. */
} ReportRun;

/* The run whose verdict counts: the instructor's latest regrade when there is one (a re-grade
 * of the learner's final workspace with the current scenario is the truth), else the run. Its
 * outcome, score and breakdown are what the dashboard's figures and JUnit's verdict use; the
 * run's own (the learner's claimed) score stays in the `score` fields. */
const ReportRun *report_run_graded(const ReportRun *r);

typedef struct Report {
    ReportRun *runs;
    int n;
    char *database_id;       /* the store's UUID: xAPI ids derive from it */
    const ScenarioCatalog *catalog;   /* borrowed, may be NULL: pass marks for the dashboard */
    const char *selection;   /* borrowed, may be NULL: the filters in words ("cohort spring; since 2026-03-01") */
} Report;

/* Loads the finished runs that filter selects, with breakdowns, LLM cost and the database id.
 * false (see store_errmsg) on a database error; rep is then empty. */
bool report_load(Report *rep, Store *st, const StoreRunFilter *filter);
void report_free(Report *rep);

/* Reads every loaded run's event log into its timeline (the HTML dashboard's transcripts and
 * time per task). Transcripts share a budget of REPORT_TRANSCRIPT_BUDGET bytes over all runs,
 * each run getting at least REPORT_TRANSCRIPT_MIN and at most REPORT_TRANSCRIPT_MAX bytes;
 * the lines past it are counted, not kept (`worksim replay RUN_ID` shows them). false (see
 * store_errmsg) on a database error. */
#define REPORT_TRANSCRIPT_BUDGET 1600000
#define REPORT_TRANSCRIPT_MIN 240
#define REPORT_TRANSCRIPT_MAX 16000
bool report_load_timelines(Report *rep, Store *st);
size_t report_transcript_budget(int n_runs);   /* bytes per run for n_runs runs */
void report_timeline_free(ReportTimeline *t);  /* NULL-safe */

/* One run-level field as every format names and shows it. */
typedef struct ReportField {
    const char *name;        /* "run_id", "learner", ... */
    const char *text;        /* the value as text ("" when none) */
    double number;           /* the value when is_number (NaN when is_null) */
    bool is_number;          /* the field's type: the same for every run */
    bool is_null;            /* no value for this run (JSON null, an empty CSV cell, no xAPI extension) */
} ReportField;

enum { REPORT_N_FIELDS = 26 };

/* Holds the formatted values the fields point to. */
typedef struct ReportFields {
    ReportField f[REPORT_N_FIELDS];
    char scratch[REPORT_N_FIELDS][40];
} ReportFields;

/* The run's fields in their fixed order: run_id, learner, learner_id, scenario, scenario_title,
 * scenario_version, mode, outcome, reason, started, ended, learner_seconds, score, max, percent,
 * hints, cost_usd, llm_calls, then what the instructor's side found: import_flags (null when the
 * run was not imported, "" when nothing is wrong, else the reasons "; "-separated), regrade_of
 * (a regrade run: the run it graded again), and the latest regrade of this run: regraded_run,
 * regraded_outcome, regraded_score, regraded_max, regraded_percent, regraded_version (null when
 * none). REPORT_FIRST_REGRADED is the index of regraded_run: the fields from it on describe
 * another run (xAPI sends them as that run's own statement). */
#define REPORT_FIRST_REGRADED 20
void report_run_fields(const ReportRun *r, ReportFields *out);
const ReportField *report_field(const ReportFields *fields, const char *name);   /* NULL if unknown */

typedef void (*ReportEmitFn)(const Report *rep, Buf *out);

/* The emitter for a --format name, or NULL when unknown. */
ReportEmitFn report_emitter(const char *format);
extern const char REPORT_FORMATS[];             /* "text, csv, json, junit, html or xapi" */

/* Shared by the emitters (report_format.c). */
void report_format_date(double t, char *out, size_t n);   /* ISO 8601 UTC */
/* Text for XML/HTML text and attributes: entities for & < > ", characters XML 1.0 forbids
 * (controls other than tab and newline, U+FFFE, U+FFFF) and invalid UTF-8 as U+FFFD. */
void report_xml_text(Buf *b, const char *s);
bool report_outcome_is_verdict(const char *outcome);      /* passed or failed: a graded attempt */
int report_hints_used(const ReportRun *r);

void report_emit_text(const Report *rep, Buf *b);
void report_emit_csv(const Report *rep, Buf *b);
void report_emit_json(const Report *rep, Buf *b);
void report_emit_junit(const Report *rep, Buf *b);
void report_emit_html(const Report *rep, Buf *b);
void report_emit_xapi(const Report *rep, Buf *b);

/* One run's xAPI 1.0.3 statement (report_xapi.c), as report_emit_xapi writes it; its "id" is
 * the same every time for this database and run. Caller deletes. */
struct cJSON;
struct cJSON *report_xapi_statement(const Report *rep, const ReportRun *r);
/* The statement of r's latest regrade (its own id, r's registration, a StatementRef to r's
 * statement), the same as report_xapi_statement of the regrade run; NULL when r has none. */
struct cJSON *report_xapi_regrade_statement(const Report *rep, const ReportRun *r);

#endif
