-- Alternative: asks in #events (where Ines posted) without a DM, reads the late request, writes
-- the cleaning as a reusable script file with regular expressions and itertools.groupby, keeps
-- the export's row order style (sorted by e-mail), removes the helper script again, and delivers
-- the numbers in the channel.
return require("parts.groupby_channel").script(nil,
  "@ines clean.csv is ready (one row per person per workshop, first sign-up kept, test sign-ups out). Head counts: 150 people overall, 39 for Intro to SQL.")
