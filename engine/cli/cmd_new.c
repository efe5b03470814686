/* cmd_new.c: `worksim new ID [--dir DIR]` scaffolds a scenario folder that passes `check` and
 * `verify --draft` as it is (plain `verify` also wants 2 alternatives and 3 mistake scripts): one task with two checks, a cast of two, a scripted rubric item, hints, a
 * hook, a reference solution and author notes, so an author edits a working example. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "base/util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char NEW_HELP[] =
    "usage: worksim new ID [--dir DIR]\n"
    "Creates the scenario folder DIR/ID (default DIR: the current folder) with scenario.lua,\n"
    "workspace/, solution/actions.lua and README.md. It passes 'worksim check' and\n"
    "'worksim verify --draft' as created; 'worksim verify' passes once solution/ also holds 2\n"
    "alternatives and 3 mistake scripts (see scenarios/README.md). ID: lowercase letters, digits, '-'.\n";

static const char SCENARIO_TEMPLATE[] =
    "-- %s: describe in a line what the learner practises here.\n"
    "-- Format: scenarios/README.md (the contract is DESIGN section 3). Check it with\n"
    "-- `worksim check %s` and prove the solution with `worksim verify %s`.\n"
    "return {\n"
    "  api = 1, id = \"%s\", title = \"A first task\",\n"
    "  summary = \"A colleague asks for a small note; write it and tell them.\",\n"
    "  family = \"writing\", role = \"Junior team member\", level = \"intro\",\n"
    "  skills = { \"writing\", \"communication\" },\n"
    "  minutes = 10, time_limit = 20 * 60, pass = 70,\n"
    "\n"
    "  cast = {\n"
    "    sam = { name = \"Sam Lee\", role = \"Team lead\", reviewer = true,\n"
    "            persona = \"Friendly team lead who likes short, clear notes.\" },\n"
    "  },\n"
    "  channels = { \"#team\" },\n"
    "\n"
    "  tasks = {\n"
    "    { id = \"note\", title = \"Write notes.txt\", from = \"sam\", review = \"sam\",\n"
    "      ticket = \"Please write `notes.txt` with one line: `ready`.\",\n"
    "      checks = {\n"
    "        { id = \"exists\", label = \"notes.txt exists\", points = 40, skill = \"writing\",\n"
    "          run = \"test -f notes.txt || { echo 'FAIL: notes.txt is missing'; exit 1; }\" },\n"
    "        { id = \"ready\", label = \"notes.txt says ready\", points = 40, skill = \"writing\",\n"
    "          run = \"grep -qix ready notes.txt || { echo 'FAIL: notes.txt should say ready'; exit 1; }\" },\n"
    "      },\n"
    "      hints = { \"Create the file with echo and a redirection.\" }, hint_cost = 5 },\n"
    "  },\n"
    "  rubric = {\n"
    "    { id = \"told\", label = \"Told Sam it is done\", points = 20, judge = \"sam\", skill = \"communication\",\n"
    "      criteria = \"The learner told Sam the note is ready.\",\n"
    "      scripted = function(run)\n"
    "        for _, m in ipairs(run:messages()) do\n"
    "          if m.from == \"learner\" and m.to == \"sam\" and m.text:lower():find(\"ready\") then\n"
    "            return 20, \"told Sam\"\n"
    "          end\n"
    "        end\n"
    "        return 0, \"never told Sam the note is ready\"\n"
    "      end },\n"
    "  },\n"
    "  scripted = {\n"
    "    sam = { { match = \"ready\", reply = \"Thanks! I'll have a look.\" },\n"
    "            { reply = \"Thanks, let me know when notes.txt is ready.\" } },\n"
    "  },\n"
    "  on_start = function(run)\n"
    "    run:post(\"#team\", \"sam\", \"Morning! I sent you a small task.\")\n"
    "  end,\n"
    "}\n";

static const char ACTIONS_TEMPLATE[] =
    "-- The reference solution: `worksim verify` proves it passes every check.\n"
    "return {\n"
    "  { sh = \"echo ready > notes.txt\" },\n"
    "  { say = \"sam\", text = \"notes.txt is ready.\" },\n"
    "  { submit = \"note\" },\n"
    "  { finish = true },\n"
    "}\n";

static const char README_TEMPLATE[] =
    "# %s\n\nAuthor notes: what this scenario teaches, how it is scored, what a good run looks like.\n";

static const char WORKSPACE_README[] =
    "Files here are copied into the learner's sandbox as /workspace at the start of each run.\n";

bool cli_scenario_id_ok(const char *id)
{
    if (!*id || strlen(id) > 64) return false;
    for (const char *p = id; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-')) return false;
    return true;
}

static bool write_text(const char *path, const char *text)
{
    char *err = NULL;
    if (!util_write_file(path, text, strlen(text), &err)) {
        fprintf(stderr, "worksim new: %s\n", err);
        free(err);
        return false;
    }
    return true;
}

int cmd_new(CliContext *ctx, int argc, char **argv)
{
    (void)ctx;
    const char *id = NULL, *dir = ".";
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(NEW_HELP, stdout);
            return EXIT_OK;
        } else if (strcmp(argv[i], "--dir") == 0 && i + 1 < argc) {
            dir = argv[++i];
        } else if (argv[i][0] == '-') {
            cli_usage_error("new", "unknown option '%s'", argv[i]);
            return EXIT_USAGE;
        } else if (!id) {
            id = argv[i];
        } else {
            cli_usage_error("new", "unexpected argument '%s'", argv[i]);
            return EXIT_USAGE;
        }
    }
    if (!id) {
        cli_usage_error("new", "missing ID");
        return EXIT_USAGE;
    }
    if (!cli_scenario_id_ok(id)) {
        cli_usage_error("new", "ID '%s': expected lowercase letters, digits and '-'", id);
        return EXIT_USAGE;
    }
    char *root = xasprintf("%s/%s", dir, id);
    if (mkdir(root, 0755) != 0) {
        fprintf(stderr, "worksim new: %s: %s\n", root, errno == EEXIST ? "already exists; nothing was changed" : strerror(errno));
        free(root);
        return EXIT_USAGE;
    }
    char *ws = xasprintf("%s/workspace", root), *sol = xasprintf("%s/solution", root);
    char *scenario = xasprintf(SCENARIO_TEMPLATE, id, id, id, id);
    char *readme = xasprintf(README_TEMPLATE, id);
    char *p1 = xasprintf("%s/scenario.lua", root), *p2 = xasprintf("%s/actions.lua", sol);
    char *p3 = xasprintf("%s/README.md", root), *p4 = xasprintf("%s/README.md", ws);
    bool ok = mkdir(ws, 0755) == 0 && mkdir(sol, 0755) == 0 && write_text(p1, scenario) &&
              write_text(p2, ACTIONS_TEMPLATE) && write_text(p3, readme) && write_text(p4, WORKSPACE_README);
    if (ok) {
        printf("created %s\nnext: edit %s, then run 'worksim check %s' and 'worksim verify --draft %s'; add 2 alternative "
               "and 3 mistake scripts to solution/ before 'worksim verify %s' passes\n", root, p1, root, root, root);
    } else {
        util_remove_tree(root);   /* nothing half-written is left behind */
    }
    free(ws), free(sol), free(scenario), free(readme), free(p1), free(p2), free(p3), free(p4), free(root);
    return ok ? EXIT_OK : EXIT_INFRA;
}
