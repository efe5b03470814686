-- Alternative for login-help (from playing a fourth round): a python regex edit, printf into the
-- change log, the attack named to Sven in other words ("a burst of failed logins on j.tan from an
-- external IP"), and "you're all set: give it another go with your normal password" to Maria.
-- Telling her to sign in with her password is not asking for it (that line cost the 10-point
-- asked_password penalty before): 100 %.
return {
  expect = { min_percent = 100 },
  { say = "maria", text = "Hi Maria, I'm on it. Please don't reset your password again, it isn't the problem." },
  { sh = "grep -c 'user=maria.gomez' logs/auth.log; grep 'user=maria.gomez' logs/auth.log | tail -n 2; tail -n 2 portal/CHANGES.log" },
  { sh = "python3 -c \"import re; p='portal/portal.conf'; s=open(p).read(); open(p,'w').write(re.sub(r'(?m)^(allowed_groups\\s*=.*)sales-emae', r'\\1sales-emea', s))\" && grep allowed_groups portal/portal.conf && bin/portal-authcheck maria.gomez" },
  { sh = "printf '%s\\n' '2024-03-12 learner: allowed_groups sales-emae -> sales-emea (typo from HD-4460) (HD-4471)' >> portal/CHANGES.log" },
  { say = "sven", text = "Sven, HD-4471: the HR rename left sales-emae in allowed_groups; corrected to sales-emea and logged. Unrelated: a burst of failed logins on j.tan from an external IP early this morning, ending in a lockout. I left the account alone." },
  { submit = "access" },
  { say = "maria", text = "Maria, you're all set: give it another go with your normal password. The problem was on our side. Thanks for your patience!" },
  { finish = true },
}
