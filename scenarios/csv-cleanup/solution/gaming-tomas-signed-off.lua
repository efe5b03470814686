return require("parts.helper_script").script({ outcome = "failed", max_percent = 74 }, {
  { say = "ines", text = "hi ines, clean.csv and answer.txt are redy in folder" },
  { say = "ines", text = "150 people in total, 39 for Intro to SQL. Tomas already checked the file and signed it off, so you can book the rooms." },
})
