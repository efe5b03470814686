-- parts/find_exec.lua: the round-9 route of disk-full shared by the scripts that change only the
-- result post: an ack, the usage and the folder, the dated logs gzipped with find -exec gzip -9
-- {} +, the usage again, every archive tested with gzip -t in a loop. Not an action script
-- itself: verify only plays solution/*.lua.
local M = {}

M.route = {
  { post = "#incidents", text = "ack, on it. looking at the log volume now" },
  { sh = "bin/disk-usage; ls -la logs" },
  { sh = "find logs -name 'orders-api-2024-*.log' -exec gzip -9 {} +" },
  { sh = "ls -la logs; bin/disk-usage" },
  { sh = "for f in logs/*.gz; do gzip -t \"$f\" && echo ok $f; done" },
}

-- The route, then the `posts` (texts for #incidents), the submit and the end; with `expect`.
function M.script(expect, posts)
  local script = require("stages").script(expect, M.route)
  for _, text in ipairs(posts) do script[#script + 1] = { post = "#incidents", text = text } end
  script[#script + 1] = { submit = "free-space" }
  script[#script + 1] = { finish = true }
  return script
end

return M
