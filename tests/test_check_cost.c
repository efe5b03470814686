/* test_check_cost.c: the cheaper paths of a run's checks and saves stay exact (ns backend).
 * The run's saved workspace (sandbox_save_tree) is written again only when the tree differs,
 * byte for byte, and shares its unchanged files with the earlier save; a same-size edit with
 * the old modification time is still saved. The protected-path restore of a check
 * (check_truth_command) puts every protected path back, nested ones and ones the learner
 * replaced with links or read-only folders included, with one rm and one cp per folder; and it
 * is skipped only when every protected path of the check's copy is exactly the base's. */
#define _GNU_SOURCE
#include "testlib.h"
#include "testlib_sandbox.h"

#include "core/check_truth.h"
#include "sandbox/sandbox.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static SandboxExecResult *exec_in(Sandbox *sb, const char *cmd, bool check)
{
    SandboxExecRequest req = {.command = cmd, .timeout = 60, .check = check};
    SandboxExecResult *r = sandbox_exec_wait(sb, &req);
    if (r->error) testlib_fail(__FILE__, __LINE__, "exec error for '%s': %s", cmd, r->error);
    return r;
}

static void write_at(const char *dir, const char *rel, const char *text)
{
    char *p = xasprintf("%s/%s", dir, rel);
    if (!util_write_file(p, text, strlen(text), NULL)) testlib_fail(__FILE__, __LINE__, "write %s", p);
    free(p);
}

static char *read_at(const char *dir, const char *rel)
{
    char *p = xasprintf("%s/%s", dir, rel);
    size_t len = 0;
    char *text = util_read_file(p, &len, NULL);
    free(p);
    return text;
}

static ino_t inode_of(const char *dir, const char *rel)
{
    char *p = xasprintf("%s/%s", dir, rel);
    struct stat st;
    ino_t ino = lstat(p, &st) == 0 ? st.st_ino : 0;
    free(p);
    return ino;
}

static void save(Sandbox *sb, const char *dest)
{
    char *err = NULL;
    if (!sandbox_save_tree(sb, SANDBOX_TREE_WORKSPACE, dest, &err))
        testlib_fail(__FILE__, __LINE__, "save: %s", err ? err : "?");
    free(err);
}

static void test_save_tree_rewrites_only_a_changed_tree_and_stays_exact(void)
{
    char *src = xasprintf("%s/save-src", testlib_temp_dir());
    mkdir(src, 0755);
    char *sub = xasprintf("%s/sub", src);
    mkdir(sub, 0755);
    write_at(src, "a.txt", "alpha\n");
    write_at(src, "sub/b.txt", "bravo\n");
    Sandbox *sb = testlib_ns_sandbox(src, NULL);
    char *dest = xasprintf("%s/save-dest", testlib_temp_dir());

    save(sb, dest);
    ino_t top = inode_of(dest, "."), a = inode_of(dest, "a.txt"), b = inode_of(dest, "sub/b.txt");
    save(sb, dest);   /* nothing changed: the saved tree stays as it is */
    CHECK(inode_of(dest, ".") == top);
    CHECK(inode_of(dest, "a.txt") == a);

    /* the same size and the old modification time: only the bytes tell */
    sandbox_exec_result_free(exec_in(sb, "t=$(stat -c %Y sub/b.txt); printf 'BRAVO\\n' > sub/b.txt; "
                                         "touch -d @$t sub/b.txt; ln -s a.txt link; chmod 600 a.txt", false));
    save(sb, dest);
    CHECK(inode_of(dest, ".") != top);             /* a new tree was swapped in */
    char *text = read_at(dest, "sub/b.txt");
    CHECK_STR_EQ(text, "BRAVO\n");
    free(text);
    CHECK(inode_of(dest, "sub/b.txt") != b);
    char *lp = xasprintf("%s/link", dest);
    char target[64] = {0};
    CHECK(readlink(lp, target, sizeof target - 1) == 5 && strcmp(target, "a.txt") == 0);
    free(lp);
    char *ap = xasprintf("%s/a.txt", dest);
    struct stat st;
    CHECK(stat(ap, &st) == 0 && (st.st_mode & 0777) == 0600);
    free(ap);
    CHECK(inode_of(dest, "a.txt") != a);           /* its mode changed: not shared */

    /* an unchanged file is shared with the earlier save, a removed one is gone */
    ino_t a2 = inode_of(dest, "a.txt");
    sandbox_exec_result_free(exec_in(sb, "rm link; printf 'new\\n' > c.txt", false));
    save(sb, dest);
    CHECK(inode_of(dest, "a.txt") == a2);
    CHECK(inode_of(dest, "link") == 0);
    text = read_at(dest, "c.txt");
    CHECK_STR_EQ(text, "new\n");
    free(text);

    sandbox_close(sb);
    free(dest);
    free(sub);
    free(src);
}

static void test_protected_paths_restored_with_one_copy_per_folder(void)
{
    char *src = xasprintf("%s/protect-src", testlib_temp_dir());
    mkdir(src, 0755);
    char *dirs[] = {"tests", "tests/deep", "conf"};
    for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) {
        char *d = xasprintf("%s/%s", src, dirs[i]);
        mkdir(d, 0755);
        free(d);
    }
    write_at(src, "tests/t1.py", "orig t1\n");
    write_at(src, "tests/t2.py", "orig t2\n");
    write_at(src, "tests/deep/t3.py", "orig t3\n");
    write_at(src, "conf/setup.cfg", "orig cfg\n");
    write_at(src, "pyproject.toml", "orig toml\n");
    Sandbox *sb = testlib_ns_sandbox(src, NULL);
    char *err = NULL;
    REQUIRE(sandbox_record_base(sb, &err));
    /* the learner edits, deletes, swaps a folder for a link and locks a folder */
    sandbox_exec_result_free(exec_in(sb, "echo forged > tests/t1.py; rm tests/t2.py; rm -r conf; ln -s /tmp conf; "
                                         "echo forged > tests/deep/t3.py; chmod 500 tests/deep; "
                                         "echo forged > pyproject.toml; echo mine > notes.txt", false));
    char *protect[] = {"tests/deep", "tests/t1.py", "pyproject.toml", "tests/t2.py", "conf/setup.cfg", "tests/gone.py"};
    char *cmd = check_truth_command(NULL, protect, 6, "cat tests/t1.py tests/t2.py tests/deep/t3.py conf/setup.cfg "
                                                       "pyproject.toml notes.txt; test -L conf && echo STILL-LINK; "
                                                       "test -e tests/gone.py && echo GONE-BACK; echo ran");
    SandboxExecResult *r = exec_in(sb, cmd, true);
    CHECK_INT_EQ(r->exit_code, 0);
    CHECK_CONTAINS(r->output, "orig t1\norig t2\norig t3\norig cfg\norig toml\nmine\nran");
    CHECK(strstr(r->output, "forged") == NULL && strstr(r->output, "STILL-LINK") == NULL &&
          strstr(r->output, "GONE-BACK") == NULL);
    sandbox_exec_result_free(r);
    free(cmd);

    /* a protected folder and a path inside it, the inner one listed first */
    char *nested[] = {"tests/deep/t3.py", "tests"};
    cmd = check_truth_command(NULL, nested, 2, "cat tests/t1.py tests/deep/t3.py; echo ran");
    r = exec_in(sb, cmd, true);
    CHECK_INT_EQ(r->exit_code, 0);
    CHECK_CONTAINS(r->output, "orig t1\norig t3\nran");
    sandbox_exec_result_free(r);
    free(cmd);
    sandbox_close(sb);
    free(src);
}

/* Which of a check's two commands runs: the one without the restore only when every protected
 * path of the check's copy is the base's exactly (ns proves it on the host, before the check). */
static const char *protected_choice(Sandbox *sb, char **protect, int n)
{
    SandboxExecRequest req = {.command = "echo RESTORE", .timeout = 60, .check = true, .protect = protect,
                              .n_protect = n, .command_if_protected_same = "echo SAME"};
    SandboxExecResult *r = sandbox_exec_wait(sb, &req);
    const char *which = r->error ? "error" : strstr(r->output, "SAME") ? "same" : "restore";
    sandbox_exec_result_free(r);
    return which;
}

static void test_restore_skipped_only_when_protected_paths_are_the_base(void)
{
    char *src = xasprintf("%s/same-src", testlib_temp_dir());
    mkdir(src, 0755);
    char *tests = xasprintf("%s/tests", src);
    mkdir(tests, 0755);
    write_at(src, "tests/t1.py", "orig t1\n");
    write_at(src, "pyproject.toml", "orig toml\n");
    Sandbox *sb = testlib_ns_sandbox(src, NULL);
    char *err = NULL;
    REQUIRE(sandbox_record_base(sb, &err));
    char *protect[] = {"tests", "pyproject.toml", "absent.cfg"};
    CHECK_STR_EQ(protected_choice(sb, protect, 3), "same");
    sandbox_exec_result_free(exec_in(sb, "echo mine > notes.txt", false));   /* not protected */
    CHECK_STR_EQ(protected_choice(sb, protect, 3), "same");
    const char *changes[] = {
        "echo forged > tests/t1.py", "chmod 600 pyproject.toml", "touch tests/extra.py", "echo x > absent.cfg",
        "rm pyproject.toml", "mv tests t && ln -s t tests",
    };
    const char *undo[] = {
        "echo orig t1 > tests/t1.py", "chmod 644 pyproject.toml", "rm tests/extra.py", "rm absent.cfg",
        "echo orig toml > pyproject.toml", "rm tests && mv t tests",
    };
    for (size_t i = 0; i < sizeof changes / sizeof *changes; i++) {
        sandbox_exec_result_free(exec_in(sb, changes[i], false));
        if (strcmp(protected_choice(sb, protect, 3), "restore") != 0)
            testlib_fail(__FILE__, __LINE__, "'%s' was taken for the base", changes[i]);
        sandbox_exec_result_free(exec_in(sb, undo[i], false));
        CHECK_STR_EQ(protected_choice(sb, protect, 3), "same");
    }
    char *nested[] = {"tests/t1.py"};
    CHECK_STR_EQ(protected_choice(sb, nested, 1), "same");
    sandbox_exec_result_free(exec_in(sb, "mv tests t && ln -s t tests", false));   /* a parent became a link */
    CHECK_STR_EQ(protected_choice(sb, nested, 1), "restore");
    sandbox_close(sb);
    free(tests);
    free(src);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_save_tree_rewrites_only_a_changed_tree_and_stays_exact),
        TEST_CASE(test_protected_paths_restored_with_one_copy_per_folder),
        TEST_CASE(test_restore_skipped_only_when_protected_paths_are_the_base),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof *cases);
}
