-- Valid (play-test round 7, a junior who trusts tools over eyes): counts the denials with
-- awk, compares the group in users.csv with allowed_groups letter by letter (comm on sorted
-- lists), fixes the line with a here-document patch applied by `patch` (a unified diff),
-- checks Maria and an engineer with bin/portal-authcheck, logs the change in British English,
-- tells Maria in one short message and Sven in a DM with a markdown bullet list. Must be 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "awk '/result=denied/ {print $5, $8}' logs/auth.log | sort | uniq -c | sort -rn | head" },
  { sh = "comm -3 <(grep -o '^allowed_groups = .*' portal/portal.conf | cut -d= -f2 | tr ',' '\\n' | tr -d ' ' | sort) <(cut -d, -f3 directory/users.csv | tail -n +2 | tr ';' '\\n' | sort -u)" },
  { sh = [[patch -p0 <<'EOF'
--- portal/portal.conf
+++ portal/portal.conf
@@ -7,3 +7,3 @@
 # Who may sign in: a comma-separated list of directory groups.
-allowed_groups = hq-staff, engineering, sales-emae, finance, contractors-it
+allowed_groups = hq-staff, engineering, sales-emea, finance, contractors-it
 max_failed_attempts = 5
EOF]] },
  { sh = "bin/portal-authcheck maria.gomez; bin/portal-authcheck z.larsen" },
  { sh = "printf '2024-03-12 learner: corrected misspelt group sales-emae to sales-emea in allowed_groups (HD-4471)\\n' >> portal/CHANGES.log; tail -n 1 portal/CHANGES.log" },
  { sh = "grep 'result=failure' logs/auth.log | awk '{print $5, $6}' | sort | uniq -c | sort -rn | head -3" },
  { say = "sven", text = "Hi Sven, HD-4471 done:\n- cause: `sales-emae` instead of `sales-emea` in allowed_groups since the HD-4460 rename\n- corrected that one name, logged in CHANGES.log, authcheck says Maria is allowed\n- **separate worry**: 38 failed passwords on user j.tan from 203.0.113.77 (outside our 10.8 network) this morning, then a lockout. Looks like password guessing to me; I have not unlocked or reset anything. Over to you." },
  { say = "maria", text = "Hello Maria, apologies for the bother this morning. It was a fault on our side, not your password; you can sign in to the portal again now as usual." },
  { submit = "access" },
  { finish = true },
}
