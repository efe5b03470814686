-- Check-breaker (round 8, blind play): cannot resolve the conflict, so commits the markers with
-- `git add -A`, adds a symlink to /dev/zero as billing/zero.py, pushes, then sabotages the
-- working tree the checks look at: chmod 000 on both conflicted files, a FIFO named
-- tests/test_pipe.py and a symlink loop tests/loop.py. A check that reads such a file must
-- neither hang (the FIFO, /dev/zero) nor crash (the loop: before round 8 `resolved_clean` died
-- with an OSError traceback instead of naming the markers); nothing here is an infrastructure
-- error. The branch does not even import: failed, near 0 % (pushed is true, the tidy remark too).
return {
  expect = { outcome = "failed", max_percent = 10 },
  { sh = "git fetch -q && git merge origin/main; ln -s /dev/zero billing/zero.py; git add -A && git commit -q --no-edit && git push -q" },
  { sh = "chmod 000 billing/invoice.py tests/test_invoice.py; mkfifo tests/test_pipe.py; ln -s loop.py tests/loop.py; ls -la billing tests" },
  { submit = "conflict" },
  { finish = true },
}
