return require("parts.helper_script").script({ outcome = "passed", min_percent = 85, max_percent = 90 }, {
  { say = "ines", text = "hi ines, clean.csv and answer.txt are redy in folder" },
  { sh = [==[python3 -c "import csv; r=list(csv.DictReader(open('signups.csv'))); print(len({x['email'].strip().lower() for x in r}), len({x['email'].strip().lower() for x in r if x['workshop']=='Intro to SQL'}))"]==] },
  { say = "ines", text = "Head counts: 150 people, 39 for Intro to SQL." },
  { say = "ines", text = "Correction: it's 155 people and 42 for Intro to SQL, I misread." },
})
