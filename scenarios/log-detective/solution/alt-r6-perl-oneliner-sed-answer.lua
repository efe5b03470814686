-- Valid (play-test round 6, blind): a junior who reaches for Perl: one perl one-liner keeps the
-- window (14:00:00-14:09:59) and the 5xx statuses and counts per client, a second one lists that
-- client's paths; answer.txt filled with sed -i; an update in #incidents first, then the IP and
-- the count to Dana by DM, and a plain-language line for Jordan.
return { expect = { outcome = "passed", min_percent = 95 },
  { sh = "head -n 3 access.log; cat answer.txt" },
  { post = "#incidents", text = "Looking at the edge log for 14:00-14:10 UTC now: filtering 5xx per client." },
  { sh = [==[perl -lane 'next unless $F[3] =~ m{^\[12/Mar/2024:14:0\d:} && $F[8] =~ /^5\d\d$/; $n{$F[0]}++; END { printf "%5d %s\n", $n{$_}, $_ for (sort { $n{$b} <=> $n{$a} } keys %n)[0..2] }' access.log]==] },
  { sh = [==[perl -lane 'next unless $F[0] eq "198.51.100.23" && $F[3] =~ m{^\[12/Mar/2024:14:0\d:} && $F[8] =~ /^5/; ($p) = split /\?/, $F[6]; $c{$p}++; END { print "$c{$_} $_" for keys %c }' access.log]==] },
  { sh = "sed -i -e 's|^ip:.*|ip: 198.51.100.23|' -e 's|^count:.*|count: 46|' -e 's|^endpoint:.*|endpoint: /api/export|' answer.txt && tail -n 3 answer.txt" },
  { say = "dana", text = "Dana: 198.51.100.23 got 46 5xx responses between 14:00 and 14:10 UTC, all on GET /api/export (format=csv, paging through). Counted from access.log, status field only. answer.txt is filled in." },
  { post = "#incidents", text = "Update: the spike comes from one client (198.51.100.23) hammering the CSV export endpoint /api/export. Dana has the details to block it. @jordan in plain words: one partner's export script overloaded us between 14:00 and 14:10; shoppers should be fine once it is blocked." },
  { submit = "triage" },
  { finish = true },
}
