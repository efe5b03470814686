-- Valid alternative (round 9, a terse non-native writer with fractions): the route of
-- alt-typo-figure-corrected-find-exec without the slip, the result posted as "disk usage was
-- 0.93 now 0.22 of the volume" (bin/disk-usage printed 93% and 22%). The true reading written as a
-- fraction is a reading: 100 %. Before round 9 it counted as no figure (status_updates 22 of 30): 92 %.
return require("parts.find_exec").script({ outcome = "passed", min_percent = 100 }, {
  "done. disk usage was 0.93 now 0.22 of the volume, dated logs gzip, todays log not touched, nothing deleted",
})
