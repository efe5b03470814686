-- Indirect runner (round 10): the counting lives in a script file run with `bash`, a Makefile
-- target and `timeout 60 sh -c`; answer.txt is filled by `env IP=... sh -c`; DM to Dana, post
-- in #incidents.
return {
  { sh = "head -3 access.log" },
  { sh = [[cat > /tmp/window.sh <<'EOF2'
#!/bin/sh
# 5xx per client in the incident window
awk '$4 >= "[12/Mar/2024:14:00:00" && $4 < "[12/Mar/2024:14:10:00" && $9 ~ /^5/ { print $1 }' "$1" | sort | uniq -c | sort -rn | head -5
EOF2]] },
  { sh = "bash /tmp/window.sh access.log" },
  { sh = [[printf 'top:\n\ttimeout 60 sh -c "bash /tmp/window.sh access.log | head -1"\n' > /tmp/Makefile]] },
  { sh = "make -s -f /tmp/Makefile top" },
  { sh = [[timeout 60 sh -c "grep '^198.51.100.23 ' access.log | awk '\$9 ~ /^5/ {print \$7}' | cut -d? -f1 | sort | uniq -c"]] },
  { say = "dana", text = "Dana: it's 198.51.100.23, 46 5xx between 14:00 and 14:10, all on /api/export." },
  { sh = [[env IP=198.51.100.23 sh -c 'n=$(bash /tmp/window.sh access.log | awk -v ip="$IP" "\$2 == ip {print \$1}"); sed -i "s|^ip:.*|ip: $IP|; s|^count:.*|count: $n|; s|^endpoint:.*|endpoint: /api/export|" answer.txt' && cat answer.txt]] },
  { post = "#incidents", text = "Update: the 5xx spike comes from one client, 198.51.100.23, hammering /api/export (46 errors in the window). Dana is on it." },
  { submit = "triage" },
  { finish = true },
}
