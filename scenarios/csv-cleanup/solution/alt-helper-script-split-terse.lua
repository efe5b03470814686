return require("parts.helper_script").script(nil, {
  { say = "ines", text = "hi ines, clean.csv and answer.txt are redy in folder" },
  { say = "ines", text = "peoples = 150" },
  { say = "ines", text = "intro to sql -> 39 persons. test signups (@larkspur.test) droped, first submision kept, dates day-first" },
})
