/* run_commands.c: the run's record of the learner's commands and of what their shell really
 * executed (the exec trace, core/shell_execs.h), built the same way live (run_chat.c) and from
 * the log (run_rebuild.c), so a resumed, regraded or replayed run sees the same facts. */
#define _GNU_SOURCE
#include "core/run_internal.h"

#include "base/util.h"

#include <stdlib.h>

static RunExecList exec_list(const cJSON *execs, double dropped)
{
    RunExecList l = {0};
    if (cJSON_IsArray(execs) && cJSON_GetArraySize(execs) > 0) l.json = cJSON_PrintUnformatted(execs);
    if (dropped == dropped && dropped > 0) l.dropped = (int)dropped;   /* NaN: absent */
    return l;
}

void run_push_command(Run *run, const EvCommand *e, double t)
{
    run->commands = xrealloc(run->commands, (size_t)(run->n_commands + 1) * sizeof *run->commands);
    run->command_execs = xrealloc(run->command_execs, (size_t)(run->n_commands + 1) * sizeof *run->command_execs);
    RunExecList l = exec_list(e->execs, e->execs_dropped);
    l.traced = e->traced;
    run->command_execs[run->n_commands] = l;
    run->commands[run->n_commands++] = (RunCommand){xstrdup(e->line), (int)e->exit, xstrdup(e->output), t};
}

void run_push_background_execs(Run *run, const EvExecs *e)
{
    run->background_execs = xrealloc(run->background_execs,
                                     (size_t)(run->n_background_execs + 1) * sizeof *run->background_execs);
    RunExecList l = exec_list(e->execs, e->dropped);
    l.lost = e->lost;
    l.after_command = (int)e->after_command;
    run->background_execs[run->n_background_execs++] = l;
}

const RunExecList *run_command_execs(const Run *run, int i)
{
    return i >= 0 && i < run->n_commands ? &run->command_execs[i] : NULL;
}

const RunExecList *run_background_execs(const Run *run, int *n)
{
    *n = run->n_background_execs;
    return run->background_execs;
}

void run_free_commands(Run *run)
{
    for (int i = 0; i < run->n_commands; i++) {
        free(run->commands[i].line);
        free(run->commands[i].output);
        free((char *)run->command_execs[i].json);
    }
    free(run->commands);
    free(run->command_execs);
    for (int i = 0; i < run->n_background_execs; i++) free((char *)run->background_execs[i].json);
    free(run->background_execs);
}
