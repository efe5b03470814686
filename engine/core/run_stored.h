/* run_stored.h: a finished run read back from the database, read-only, for showing it again
 * (the desktop's history opens a past run's results with the same view a live run ends on).
 * Its chat, commands, task states, reviews and cost come from its event log (run_rebuild.c),
 * its outcome and breakdown from the stored results. It has no sandbox, no scenario host and
 * no store: nothing it does is recorded, and learner actions on it are refused. */
#ifndef WORKSIM_RUN_STORED_H
#define WORKSIM_RUN_STORED_H

#include "core/run.h"

/* run_id of sc (taken over; freed by run_free, or here on failure) from st, on loop (which
 * must outlive the run). NULL + *err (caller frees) when the run is unknown, still open, of
 * another scenario, or its log cannot be read. */
Run *run_load_stored(Scenario *sc, Store *st, Loop *loop, int64_t run_id, char **err);

#endif
