-- Valid (lead, round 9): an iterative junior who clicks Submit on every task before doing
-- anything, to see what the checks ask for, then does the reference's work and submits again.
-- That first submit is blank (no message or command came before it): it decides nothing, so the
-- questions asked after it still count as asked before submitting. They did not (round 8: the
-- "ask before you decide" item lost 5 to 24 points).
return require("stages").submits_first({ outcome = "passed", min_percent = 100 }, require("actions"))
