/* scripted_rules.c: the offline colleagues' rule semantics (scripted_rules.h). Decisions:
 * `match` texts are case-insensitive and whitespace-forgiving, and a text that starts with a
 * letter or digit must start a word of the message ("test" matches "tests" and "testing",
 * never "latest"); `pattern` is matched against the lower-cased message with the pattern's own
 * letters lower-cased too (escapes such as %W keep their meaning); a `when` or reply function
 * that raises ends the run through the hook error path, naming the rule. */
#include "scenario/scripted_rules.h"

#include <lauxlib.h>
#include <lua.h>

#define PATTERN_MAX_CAPTURES 32   /* LUA_MAXCAPTURES of lstrlib.c */

static const char MATCHER_SOURCE[] =
    "local used = {}   -- once-rules that already answered in this run, by 'who#index' (data: resume keeps it)\n"
    "local WORD = '[%w_\\128-\\255]'\n"
    "local function norm(s) return (string.lower(s):gsub('%s+', ' ')) end\n"
    "local function lower_pattern(p)\n"
    "  return (p:gsub('(%%?)(.)', function(esc, c) if esc == '' then return c:lower() end end))\n"
    "end\n"
    "-- needle (normalised) in text (normalised), starting a word when it starts with one\n"
    "local function word_find(text, needle)\n"
    "  if needle == '' then return false end\n"
    "  local bounded = needle:find('^' .. WORD) ~= nil\n"
    "  local init = 1\n"
    "  while true do\n"
    "    local s = string.find(text, needle, init, true)\n"
    "    if not s then return false end\n"
    "    if not bounded or s == 1 or not text:sub(s - 1, s - 1):find(WORD) then return true end\n"
    "    init = s + 1\n"
    "  end\n"
    "end\n"
    "local function guarded(i, part, f, ...)\n"
    "  local res = table.pack(pcall(f, ...))\n"
    "  if not res[1] then error(string.format('rule %d (%s): %s', i, part, tostring(res[2])), 0) end\n"
    "  return res[2]\n"
    "end\n"
    "local function matches(r, text)\n"
    "  local list = type(r.match) == 'table' and r.match or { r.match }\n"
    "  local t = norm(text)\n"
    "  for _, m in ipairs(list) do\n"
    "    if word_find(t, norm(tostring(m))) then return true end\n"
    "  end\n"
    "  return false\n"
    "end\n"
    "return function(run, rules, text, channel, who)\n"
    "  if type(rules) ~= 'table' then return nil end\n"
    "  text = tostring(text or '')\n"
    "  for i, r in ipairs(rules) do\n"
    "    local msg = { text = text, channel = channel, who = who }\n"
    "    if channel == nil then msg.to = who end\n"
    "    local ok = not (r.once and used[tostring(who) .. '#' .. i])\n"
    "    if ok and r.match ~= nil then ok = matches(r, text) end\n"
    "    if ok and r.pattern ~= nil then\n"
    "      local found = guarded(i, 'pattern', function()\n"
    "        return table.pack(string.find(string.lower(text), lower_pattern(r.pattern)))\n"
    "      end)\n"
    "      ok = found[1] ~= nil\n"
    "      if ok and found.n > 2 then msg.captures = { table.unpack(found, 3, found.n) } end\n"
    "    end\n"
    "    if ok and r.when ~= nil then ok = guarded(i, 'when', r.when, run, msg) end\n"
    "    if ok then\n"
    "      local reply = r.reply\n"
    "      if type(reply) == 'function' then reply = guarded(i, 'reply', reply, run, msg) end\n"
    "      if reply ~= nil and reply ~= false then\n"
    "        if type(reply) ~= 'string' and type(reply) ~= 'number' then\n"
    "          error(string.format('rule %d (reply): expected a string, got %s', i, type(reply)), 0)\n"
    "        end\n"
    "        if r.once then used[tostring(who) .. '#' .. i] = true end\n"
    "        return tostring(reply)\n"
    "      end\n"
    "    end\n"
    "  end\n"
    "  return nil\n"
    "end\n";

bool scripted_rules_push_matcher(lua_State *L)
{
    if (luaL_loadbufferx(L, MATCHER_SOURCE, sizeof MATCHER_SOURCE - 1, "=scripted-rules", "t") != LUA_OK) {
        lua_pop(L, 1);
        return false;
    }
    if (lua_pcall(L, 0, 1, 0) != LUA_OK) {
        lua_pop(L, 1);
        return false;
    }
    return true;
}

/* Skips a set "[...]" starting at p (just after '['); NULL when it never closes. */
static const char *skip_set(const char *p)
{
    if (*p == '^') p++;
    do {
        if (!*p) return NULL;
        if (*p++ == '%' && !*p++) return NULL;
    } while (*p != ']');
    return p + 1;
}

bool scripted_rules_pattern_ok(const char *p, const char **why)
{
    int open = 0, closed = 0, total = 0;
    while (*p) {
        char c = *p++;
        if (c == '(') {
            if (++total > PATTERN_MAX_CAPTURES) return *why = "too many captures", false;
            open++;
        } else if (c == ')') {
            if (open == 0) return *why = "a ')' closes no capture", false;
            open--;
            closed++;
        } else if (c == '[') {
            if (!(p = skip_set(p))) return *why = "missing ']'", false;
        } else if (c == '%') {
            char e = *p++;
            if (!e) return *why = "ends with '%'", false;
            if (e == 'b') {
                if (!p[0] || !p[1]) return *why = "missing arguments to '%b'", false;
                p += 2;
            } else if (e == 'f') {
                if (*p++ != '[') return *why = "missing '[' after '%f'", false;
                if (!(p = skip_set(p))) return *why = "missing ']'", false;
            } else if (e >= '1' && e <= '9' && e - '0' > closed) {
                return *why = "a back reference names a capture that is not closed before it", false;
            }
        }
    }
    if (open) return *why = "a '(' is never closed", false;
    return true;
}
