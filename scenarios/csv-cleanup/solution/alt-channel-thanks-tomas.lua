-- Alternative (found by playing a valid junior): alt-groupby-channel's work, but the delivery in
-- #events opens with "Thanks Tomas for the date tip! Ines, clean.csv is ready ... 150 people
-- overall, 39 for Intro to SQL." A channel post that names Tomas was taken for a message to him,
-- not to Ines: delivered 0 (85 %). It names Ines and is written to her: must score 100 %.
return require("parts.groupby_channel").script({ outcome = "passed", min_percent = 100 },
  "Thanks Tomas for the date tip! Ines, clean.csv is ready (one row per person per workshop, first sign-up kept, test sign-ups out). Head counts: 150 people overall, 39 for Intro to SQL.")
