-- Alternative (round 8, pa8: the quoter, honest negator and over-achiever): the update opens with
-- a bold banner "**Blocker: OPS-88 needs Ruth to escalate ... before Monday 18 March.**" (the ask
-- up front, the Blocked bullet then says on what it waits) and adds a "## Risks" section; Ruth's
-- DM quotes the ticket ("> If something is blocked, ... tell me directly") before the ask, and the
-- last message says what is NOT done ("I have not started OPS-90 yet", "not sure the vendor will
-- answer"). The banner was read as a heading "Blocker: ..." and taken for the empty Blocked
-- section (45 %, failed: structure, blocked, shared, false_ready); then the ask had to be in the
-- Blocked bullet itself (85 %). A whole bold sentence is no heading now, and an ask on a line that
-- names the blocked ticket counts wherever it stands: 100 %.
return { expect = { outcome = "passed", min_percent = 95 },
  { sh = "cat TEMPLATE.md notes/standups.md; grep ',me,' tickets.csv" },
  { sh = "grep -c . notes/standups.md" },
  { sh = "grep OPS-91 tickets.csv" },
  { sh = [[cat > status/2024-W11.md <<'EOF2'
# Weekly status - Sam - week 11 (11-15 March)

**Blocker: OPS-88 needs Ruth to escalate with the payments vendor before Monday 18 March.**

## Done
- OPS-85: TLS certificates for api.larkspur.example renewed, valid until 2025-03-10.
- OPS-80: all 6 CI runners on Debian 12, builds ~12% faster.
- OPS-83: backup restore test passed (41 min, row counts match).
- OPS-91: 23 noisy Grafana alerts removed, merged by Kofi today.

## In progress
- OPS-86: on-call handover checklist, ~70% drafted in the wiki.

## Blocked
- OPS-88: VPN access for the vendor's auditors. The vendor has not sent IP ranges or the signed NDA; two e-mails unanswered. Audit starts Monday 18 March.

## Next week
- Finish OPS-86, start OPS-90 (staging log retention 7 days), unblock OPS-88.

## Risks
- If OPS-88 slips, the auditors start without access on Monday.
EOF2
wc -w status/2024-W11.md]] },
  { say = "ruth", text = "Hi Ruth,\n> If something is blocked, don't just write it down: tell me directly what you need from me\n\nSo, directly: OPS-88 (VPN for the payments vendor's auditors) is blocked. The vendor has NOT sent the IP ranges or the signed NDA and I haven't had a reply to two e-mails. The audit starts Monday 18 March. I need you to escalate via their account manager today, please." },
  { submit = "status" },
  { say = "ruth", text = "status/2024-W11.md is done. I have not started OPS-90 yet, that's next week, and I'm not sure the vendor will answer before Monday." },
  { finish = true },
}
