-- Valid alternative (round 9, the splitter and a non-native writer): cuts the repro out of the
-- customer's file with head + grep, tests the 00:00 case in /tmp, writes the report with a
-- heredoc, then hands it to Leo in three short lowercase messages: where it is (no summary),
-- what goes wrong (with comma decimals, "-16,75 h instead 7,25 h"), and the answer to his
-- question ("-22,00 h, should be 2,00 h"). Together they are a complete handover: 100 %.
-- Before round 9 handed_over read only the pointer message (8 of 15): 93 %.
return require("parts.split_handover").script({ outcome = "passed", min_percent = 100 })
