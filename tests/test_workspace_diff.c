/* test_workspace_diff.c: the learner's diff model (core/workspace_diff) on repositories
 * crafted with git on the host and read in a real bubblewrap sandbox: modified, renamed,
 * deleted, binary, committed and untracked files; a learner who plants a base marker, a
 * hostile .git/config (external diff, pager, textconv, clean filter, fsmonitor) and
 * attributes, all ignored; a workspace without git or without its base commit; the engine's
 * snapshot of the start (/base) against a rewritten history and for a workspace without git;
 * quoted paths and the size cap on crafted output. */
#define _GNU_SOURCE
#include "testlib.h"
#include "testlib_sandbox.h"

#include "core/workspace_diff.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define GIT "git -c user.name=Base -c user.email=base@example.com -c init.defaultBranch=main "

/* A folder made by the shell script setup (run in it on the host); the commit it prints
 * last on stdout is the base. Caller frees the folder name and *base. */
static char *craft(const char *setup, char **base)
{
    static int n;
    char *dir = xasprintf("%s/repo-%d", testlib_temp_dir(), ++n);
    mkdir(dir, 0755);
    char *path = xasprintf("%s.base", dir);
    char *cmd = xasprintf("cd '%s' && { %s; } > '%s'", dir, setup, path);
    int rc = system(cmd);
    free(cmd);
    if (rc != 0) testlib_fail(__FILE__, __LINE__, "setup failed (%d): %s", rc, setup);
    size_t len = 0;
    char *text = util_read_file(path, &len, NULL);
    remove(path);
    free(path);
    *base = text ? xstrndup(text, strcspn(text, "\n")) : NULL;
    free(text);
    return dir;
}

/* The diff of the workspace crafted by setup against base (the crafted base when use_base).
 * With learner set, the engine records its snapshot of the start (/base) first and the
 * learner's command runs in the sandbox after it. */
static WorkspaceDiff *diff_after(const char *setup, const char *learner, bool use_base, Sandbox **sb_out)
{
    char *base = NULL;
    char *dir = craft(setup, &base);
    Sandbox *sb = testlib_ns_sandbox(dir, NULL);
    WorkspaceDiff *d = NULL;
    char *err = NULL;
    if (sb && learner && !sandbox_record_base(sb, &err)) testlib_fail(__FILE__, __LINE__, "record base: %s", err);
    free(err);
    if (sb && learner) {
        SandboxExecRequest req = {.command = learner, .timeout = 30};
        SandboxExecResult *r = sandbox_exec_wait(sb, &req);
        if (r->exit_code != 0) testlib_fail(__FILE__, __LINE__, "learner command failed: %s", r->output);
        sandbox_exec_result_free(r);
    }
    if (sb) d = workspace_diff_read_wait(sb, use_base ? base : NULL);
    if (sb_out) *sb_out = sb;
    else sandbox_close(sb);
    free(dir);
    free(base);
    return d;
}

static WorkspaceDiff *diff_of(const char *setup, bool use_base, Sandbox **sb_out)
{
    return diff_after(setup, NULL, use_base, sb_out);
}

static const DiffFile *find_file(const WorkspaceDiff *d, const char *new_path)
{
    for (int i = 0; i < d->n_files; i++)
        if (strcmp(d->files[i].new_path, new_path) == 0) return &d->files[i];
    return NULL;
}

/* The text of the first line of kind in f, or NULL. */
static const DiffLine *first_line(const DiffFile *f, DiffLineKind kind)
{
    for (int h = 0; f && h < f->n_hunks; h++)
        for (int i = 0; i < f->hunks[h].n_lines; i++)
            if (f->hunks[h].lines[i].kind == kind) return &f->hunks[h].lines[i];
    return NULL;
}

static void test_workspace_diff_shows_every_kind_of_change(void)
{
    WorkspaceDiff *d = diff_of(GIT "init -q . && printf 'one\\ntwo\\nthree\\n' > a.txt && seq 1 50 > ren.txt &&"
                               " printf 'gone\\n' > del.txt && printf 'PNG\\000\\001' > img.bin && " GIT "add -A &&"
                               " " GIT "commit -qm base && " GIT "rev-parse HEAD > base &&"
                               /* the learner: a commit (rename, delete, binary change), then uncommitted work */
                               " " GIT "mv ren.txt renamed.txt && " GIT "rm -q del.txt && printf 'PNG\\000\\002' > img.bin &&"
                               " " GIT "commit -qam 'Learner commit' && printf 'one\\nTWO\\nthree\\n' > a.txt &&"
                               " printf 'scratch\\n' > 'new notes.txt' && printf 'staged\\n' > staged.txt && " GIT "add staged.txt &&"
                               " cat base && rm base",
                               true, NULL);
    REQUIRE(d);
    CHECK(!d->error && !d->not_git && !d->truncated);
    CHECK_INT_EQ(d->n_files, 6);
    CHECK_INT_EQ(d->n_commits, 1);
    if (d->n_commits == 1) CHECK_CONTAINS(d->commits[0], " Learner commit");
    CHECK_STR_EQ(d->branch, "main");

    const DiffFile *a = find_file(d, "a.txt");
    REQUIRE(a);
    CHECK_INT_EQ(a->status, DIFF_MODIFIED);
    CHECK_INT_EQ(a->adds, 1);
    CHECK_INT_EQ(a->dels, 1);
    const DiffLine *add = first_line(a, DIFF_ADD), *del = first_line(a, DIFF_DEL);
    REQUIRE(add && del);
    CHECK_STR_EQ(add->text, "TWO");
    CHECK_INT_EQ(add->new_no, 2);
    CHECK_STR_EQ(del->text, "two");
    CHECK_INT_EQ(del->old_no, 2);

    const DiffFile *ren = find_file(d, "renamed.txt");
    REQUIRE(ren);
    CHECK_INT_EQ(ren->status, DIFF_RENAMED);
    CHECK_STR_EQ(ren->old_path, "ren.txt");

    const DiffFile *gone = find_file(d, "del.txt");
    REQUIRE(gone);
    CHECK_INT_EQ(gone->status, DIFF_DELETED);
    CHECK_INT_EQ(gone->dels, 1);

    const DiffFile *img = find_file(d, "img.bin");
    REQUIRE(img);
    CHECK(img->binary);
    CHECK_INT_EQ(img->n_hunks, 0);

    const DiffFile *notes = find_file(d, "new notes.txt");
    REQUIRE(notes);
    CHECK_INT_EQ(notes->status, DIFF_ADDED);
    CHECK(notes->untracked);
    CHECK_INT_EQ(notes->adds, 1);
    const DiffFile *staged = find_file(d, "staged.txt");
    REQUIRE(staged);
    CHECK_INT_EQ(staged->status, DIFF_ADDED);
    CHECK(!staged->untracked);

    /* The text form names every file of the model, in git's layout. */
    char *text = workspace_diff_text(d, 1 << 20);
    for (int i = 0; i < d->n_files; i++) CHECK_CONTAINS(text, d->files[i].new_path);
    CHECK_CONTAINS(text, "rename from ren.txt\nrename to renamed.txt\n");
    CHECK_CONTAINS(text, "diff --git a/del.txt b/del.txt\ndeleted file\n");
    CHECK_CONTAINS(text, "Binary files a/img.bin and b/img.bin differ");
    CHECK_CONTAINS(text, "@@ -1,3 +1,3 @@\n one\n-two\n+TWO\n three\n");
    CHECK_CONTAINS(text, "untracked: not added to git yet");
    free(text);
    workspace_diff_free(d);
}

/* The learner controls .git and the tree: a planted marker naming their own commit, an
 * external diff, a pager, textconv and clean-filter drivers, fsmonitor and hooks. None runs
 * and none hides the committed change; the attributes file itself shows as a change. */
static void test_workspace_diff_ignores_planted_marker_and_hostile_git_config(void)
{
    Sandbox *sb = NULL;
    WorkspaceDiff *d = diff_of(
        GIT "init -q . && printf 'def pay():\\n    return 1\\n' > pay.py && " GIT "add -A && " GIT "commit -qm base &&"
        " " GIT "rev-parse HEAD > base && printf 'def pay():\\n    return 1000\\n' > pay.py && " GIT "commit -qam 'tweak' &&"
        " " GIT "rev-parse HEAD > .git/worksim-base &&"
        " " GIT "config diff.external \"sh -c 'echo HACKED; touch /workspace/pwned-ext'\" &&"
        " " GIT "config core.pager \"sh -c 'echo HACKED; touch /workspace/pwned-pager'\" &&"
        " " GIT "config diff.evil.textconv \"sh -c 'echo HACKED; touch /workspace/pwned-textconv'\" &&"
        " " GIT "config diff.evil.command \"sh -c 'echo HACKED; touch /workspace/pwned-command'\" &&"
        " " GIT "config filter.evil.clean \"sh -c 'touch /workspace/pwned-filter; echo HACKED'\" &&"
        " " GIT "config core.fsmonitor \"sh -c 'touch /workspace/pwned-fsmonitor'\" &&"
        " " GIT "config core.worktree /tmp &&"
        " printf '*.py diff=evil filter=evil\\n' > .gitattributes && cp .gitattributes .git/info/attributes &&"
        " cat base && rm base",
        true, &sb);
    REQUIRE(d && sb);
    CHECK(!d->error);
    char *text = workspace_diff_text(d, 1 << 20);
    CHECK(!strstr(text, "HACKED"));
    CHECK_CONTAINS(text, "-    return 1\n+    return 1000\n");
    const DiffFile *attrs = find_file(d, ".gitattributes");
    CHECK(attrs && attrs->status == DIFF_ADDED && attrs->untracked);
    free(text);
    SandboxExecRequest req = {.command = "ls /workspace | grep -c pwned || true", .timeout = 10};
    SandboxExecResult *r = sandbox_exec_wait(sb, &req);
    CHECK_STR_EQ(r->output, "0\n");
    sandbox_exec_result_free(r);
    sandbox_close(sb);
    workspace_diff_free(d);
}

static void test_workspace_diff_without_git_or_base(void)
{
    /* No base recorded (the run started without git): not a git diff, even if git is there now. */
    WorkspaceDiff *d = diff_of(GIT "init -q . && echo x > f && " GIT "add f && " GIT "commit -qm c", false, NULL);
    REQUIRE(d);
    CHECK(d->not_git);
    CHECK_INT_EQ(d->n_files, 0);
    workspace_diff_free(d);
    /* A base but no repository (the learner deleted .git). */
    d = diff_of("echo x > f && echo 0123456789abcdef0123456789abcdef01234567", true, NULL);
    REQUIRE(d);
    CHECK(d->not_git);
    workspace_diff_free(d);
    /* A base the repository does not hold (a rewritten history): an error, not an empty diff. */
    d = diff_of(GIT "init -q . && echo x > f && " GIT "add f && " GIT "commit -qm c &&"
                " echo 0123456789abcdef0123456789abcdef01234567", true, NULL);
    REQUIRE(d);
    CHECK(!d->not_git);
    CHECK_CONTAINS(d->error, "starting commit is missing");
    workspace_diff_free(d);
    /* Anything but a hex name is no base at all (it is pasted into a script). */
    char *script = workspace_diff_script("HEAD'; rm -rf / #");
    CHECK_CONTAINS(script, "base=''\n");
    free(script);
}

/* With the engine's snapshot of the start: a learner who replaces the whole history (the
 * base commit is gone from the workspace) still shows every change against the base, and a
 * workspace that was no git repository is compared with the snapshot itself. */
static void test_workspace_diff_uses_the_engine_snapshot(void)
{
    WorkspaceDiff *d = diff_after(GIT "init -q . && printf 'a\\n' > a.txt && " GIT "add -A && " GIT "commit -qm base &&"
                                  " " GIT "rev-parse HEAD",
                                  "rm -rf .git && printf 'b\\n' >> a.txt && " GIT "init -q . && " GIT "add -A &&"
                                  " " GIT "commit -qm 'All my own work'",
                                  true, NULL);
    REQUIRE(d);
    CHECK(!d->error && !d->not_git);
    const DiffFile *a = find_file(d, "a.txt");
    CHECK(a && a->adds == 1 && a->status == DIFF_MODIFIED);
    CHECK_INT_EQ(d->n_commits, 1);
    workspace_diff_free(d);

    d = diff_after("printf 'one\\n' > keep.txt && printf 'two\\n' > gone.txt && printf 'x\\n' > edit.txt",
                   "rm gone.txt && printf 'y\\n' >> edit.txt && printf 'new\\n' > new.txt", false, NULL);
    REQUIRE(d);
    CHECK(!d->error && !d->not_git && d->snapshot);
    CHECK_INT_EQ(d->n_files, 3);
    const DiffFile *f = find_file(d, "gone.txt");
    CHECK(f && f->status == DIFF_DELETED);
    f = find_file(d, "edit.txt");
    CHECK(f && f->status == DIFF_MODIFIED && f->adds == 1);
    f = find_file(d, "new.txt");
    CHECK(f && f->status == DIFF_ADDED && !f->untracked);
    CHECK_INT_EQ(d->n_commits, 0);
    workspace_diff_free(d);
}

/* Crafted output: quoted paths with odd bytes, an untracked file git listed but did not read,
 * control bytes in lines, and a diff larger than the model keeps. */
static void test_workspace_diff_parses_quoted_paths_and_caps_size(void)
{
    const char out[] =
        "##worksim## base abc1234\n##worksim## branch main\n##worksim## commits\n"
        "##worksim## untracked\n\"tab\\there.txt\"\nbig.log\n##worksim## skipped\nbig.log\n##worksim## diff\n"
        "diff --git \"a/tab\\there.txt\" \"b/tab\\there.txt\"\nnew file mode 100644\n--- /dev/null\n"
        "+++ \"b/tab\\there.txt\"\n@@ -0,0 +1,2 @@\n+caf\\303\\251 \x1b[31mred\n+\xff\n"
        "diff --git a/x y/z.c b/x y/z.c\n--- a/x y/z.c\n+++ b/x y/z.c\t\n@@ -3 +3 @@ int main\n-a\n+b\n";
    WorkspaceDiff *d = workspace_diff_parse(out, sizeof out - 1, false);
    CHECK_INT_EQ(d->n_files, 3);
    const DiffFile *tab = find_file(d, "tab here.txt");   /* the tab is expanded for display */
    REQUIRE(tab);
    CHECK(tab->untracked);
    CHECK_INT_EQ(tab->adds, 2);
    CHECK_STR_EQ(tab->hunks[0].lines[0].text, "caf\\303\\251 ?[31mred");
    CHECK_STR_EQ(tab->hunks[0].lines[1].text, "?");
    const DiffFile *z = find_file(d, "x y/z.c");
    REQUIRE(z);
    CHECK_INT_EQ(z->hunks[0].lines[0].old_no, 3);
    CHECK_INT_EQ(z->hunks[0].lines[1].new_no, 3);
    const DiffFile *big = find_file(d, "big.log");
    CHECK(big && big->not_shown && big->untracked);
    workspace_diff_free(d);

    Buf huge = {0};
    buf_puts(&huge, "##worksim## diff\ndiff --git a/h b/h\n--- a/h\n+++ b/h\n@@ -0,0 +1,10000 @@\n");
    for (int i = 0; i < 10000; i++) buf_printf(&huge, "+line %d\n", i);
    d = workspace_diff_parse(huge.data, huge.len, false);
    CHECK(d->truncated);
    CHECK(d->adds < 10000 && d->adds > 1000);
    workspace_diff_free(d);
    buf_free(&huge);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_workspace_diff_shows_every_kind_of_change),
        TEST_CASE(test_workspace_diff_ignores_planted_marker_and_hostile_git_config),
        TEST_CASE(test_workspace_diff_without_git_or_base),
        TEST_CASE(test_workspace_diff_uses_the_engine_snapshot),
        TEST_CASE(test_workspace_diff_parses_quoted_paths_and_caps_size),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
