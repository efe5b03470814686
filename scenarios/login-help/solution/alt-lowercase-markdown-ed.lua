-- Valid route (play 2026-12-06, playE): a careful junior in lowercase with markdown. Reads the
-- log with tail/grep -c, pages the change log with less, edits with ed (a backup copy in /tmp,
-- diff to show the change), writes the change-log line by heredoc, reports HD-4471 and the attack
-- to #it-ops as a markdown list, and tells Maria "all good now! the portal lets your team in
-- again, go ahead and log in". Must pass with full marks.
return { expect = { outcome = "passed", min_percent = 100 },
  { say = "maria", text = "hi maria, on it now - no need to reset anything." },
  { sh = "tail -n 40 logs/auth.log | grep -i denied | head; grep -c 'reason=group_not_allowed' logs/auth.log" },
  { sh = "less -F portal/CHANGES.log; cat portal/portal.conf" },
  { sh = "cp portal/portal.conf /tmp/portal.conf.orig && printf ',s/sales-emae/sales-emea/\\nw\\nq\\n' | ed -s portal/portal.conf; diff /tmp/portal.conf.orig portal/portal.conf" },
  { sh = "bin/portal-authcheck maria.gomez ext.kowalski p.lindgren" },
  { sh = "cat >> portal/CHANGES.log <<'EOF2'\n2024-03-12 helpdesk (learner): allowed_groups typo from HD-4460 corrected, sales-emae -> sales-emea (HD-4471)\nEOF2" },
  { post = "#it-ops", text = "**HD-4471** done.\n- cause: `sales-emae` typo in allowed_groups (from yesterday's rename)\n- fix: corrected, logged in CHANGES.log\n\n**also, please look:** j.tan got 38 bad passwords from 203.0.113.77 this morning and is locked. not our range. i've left it alone." },
  { say = "maria", text = "hi maria - all good now! the portal lets your team in again, go ahead and log in. sorry for the hassle 🙂" },
  { submit = "access" },
  { finish = true },
}
