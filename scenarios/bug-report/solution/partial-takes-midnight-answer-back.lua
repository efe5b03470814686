-- Partial (round 9, the reverse self-corrector): the route of
-- alt-split-handover-comma-decimals, the right answer to Leo after testing it (00:00 goes wrong
-- too, -22,00 h), then a "correction" that 00:00 is not affected. Leo fixes by the last word he
-- got: answered_by_testing goes (0 of 10), the rest keeps its credit. Before round 9 the first
-- "yes" kept the full 10 whatever came after.
return require("parts.split_handover").script({ outcome = "passed", max_percent = 91 }, {
  { say = "leo", text = "sorry, correction: no, 00:00 is not affected, a shift ending at midnight is fine" },
})
