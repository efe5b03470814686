-- Alternative (play-test, a careful junior's other route): finds the denials with awk over the
-- log, fixes allowed_groups by reading and writing the file with python3's configparser (the
-- comments go, every key and value stays), checks with bin/portal-authcheck, logs the change with
-- a here-document, flags the attack to Sven by DM in plain words without the address, and tells
-- Maria "All sorted ... please try logging in again" (British, no jargon). Must score 100.
return {
  { say = "maria", text = "Hi Maria, I'm on it. Please don't reset your password again, it isn't your password." },
  { sh = [[awk '/result=denied/ {for (i = 1; i <= NF; i++) if ($i ~ /^(reason|groups)=/) printf "%s ", $i; print ""}' logs/auth.log | sort | uniq -c | sort -rn]] },
  { sh = "tail -n 3 portal/CHANGES.log; grep -i 'sales' directory/users.csv | head -n 3" },
  { sh = [==[python3 - <<'PY'
import configparser
c = configparser.ConfigParser()
c.read("portal/portal.conf")
groups = [g.strip() for g in c["auth"]["allowed_groups"].split(",")]
c["auth"]["allowed_groups"] = ", ".join("sales-emea" if g == "sales-emae" else g for g in groups)
with open("portal/portal.conf", "w") as f:
    c.write(f)
print(c["auth"]["allowed_groups"])
PY
bin/portal-authcheck maria.gomez]==] },
  { sh = [[cat >> portal/CHANGES.log <<'EOF'
2024-03-12 learner: allowed_groups had the typo sales-emae (from HD-4460), corrected to sales-emea so Sales EMEA can sign in again (HD-4471)
EOF
tail -n 1 portal/CHANGES.log]] },
  { sh = "awk '/result=failed/ {print $0}' logs/auth.log | awk '{for (i = 1; i <= NF; i++) if ($i ~ /^(user|src)=/) printf \"%s \", $i; print \"\"}' | sort | uniq -c | sort -rn | head -n 3" },
  { say = "sven", text = "Hi Sven, HD-4471 is done: Jonas's rename yesterday left a typo (sales-emae) in allowed_groups, so everyone in sales-emea was refused. Corrected and noted in CHANGES.log. Something else you should see: j.tan had 38 failed sign-ins in a few minutes this morning from an address outside our network, and the account is now locked. Looks like someone guessing passwords, I've left it alone." },
  { submit = "access" },
  { say = "maria", text = "All sorted, Maria! It was a typo on our side after yesterday's team rename, nothing you did. Please try logging in again with your usual password. Sorry for the hassle, and thanks for your patience." },
  { finish = true },
}
