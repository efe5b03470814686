---@meta
-- LuaLS annotations for scenario authors: add this folder to Lua.workspace.library in your
-- editor to get completion and type checks for the `run` object and the scenario table.

---@class WorksimMessage
---@field from string       "learner" or a cast id
---@field to string|nil     cast id (DM) or "learner"
---@field channel string|nil
---@field text string
---@field time number       run clock, seconds

---@class WorksimCommand
---@field line string
---@field exit integer
---@field output string
---@field time number

---@class WorksimSubmit
---@field time number       run clock at the submit
---@field messages integer  chat messages sent before it
---@field commands integer  learner commands run before it

---@class WorksimCheckResult
---@field label string
---@field ran boolean
---@field passed boolean
---@field points number     points it earned in its last run
---@field max number
---@field feedback? string  its FAIL: lines

---@class WorksimTaskFacts
---@field id string
---@field status "unassigned"|"assigned"|"submitted"|"in_review"|"done"
---@field submits integer
---@field first_submit? WorksimSubmit
---@field last_submit? WorksimSubmit
---@field passed boolean    every check passed in its last run
---@field checks table<string, WorksimCheckResult>

---@class WorksimShOptions
---@field as? "root"|"learner"
---@field timeout? number

---@class WorksimRun
---@field learner string
---@field elapsed number
---@field base_commit string|nil   HEAD when on_start returned (nil before, or without git)
local Run = {}
---@param who string @cast id
---@param text string
function Run:say(who, text) end
---@param channel string
---@param who string
---@param text string
function Run:post(channel, who, text) end
---@param task string
function Run:assign(task) end
---@param cmd string
---@param opts? WorksimShOptions
---@return boolean|nil ok
---@return string output
---@return integer exit
function Run:sh(cmd, opts) end
---@param path string
---@return string|nil text
---@return string|nil err
function Run:read(path) end
---@param path string
---@param text string
---@return true|nil ok
---@return string|nil err
function Run:write(path, text) end
---@param seconds number
function Run:wait(seconds) end
---@param who string
---@param prompt string
---@return string|nil reply
---@return string|nil err
function Run:ask(who, prompt) end
---@param id string
---@param points number
---@param why? string
function Run:award(id, points, why) end
---@param id string
---@param points number
---@param why? string
function Run:penalize(id, points, why) end
---@param task string
---@return string|nil hint
---@return string|nil err
function Run:hint(task) end
---@param task string
---@return boolean
function Run:done(task) end
---@param task string
---@return "unassigned"|"assigned"|"submitted"|"in_review"|"done"
function Run:status(task) end
---@param task string
function Run:complete(task) end
---@param reason? string
function Run:finish(reason) end
---@return WorksimMessage[]
function Run:messages() end
---@return WorksimCommand[]
function Run:commands() end
---@param task string
---@return WorksimTaskFacts
function Run:task(task) end

---@class WorksimCheck
---@field id string
---@field label? string
---@field points number
---@field run string
---@field skill? string
---@field timeout? number

---@class WorksimTask
---@field id string
---@field title string
---@field from? string
---@field ticket? string
---@field checks? WorksimCheck[]
---@field hints? string[]
---@field hint_cost? number
---@field review? string
---@field assign? "start"|"manual"

---@class WorksimCastMember
---@field name string
---@field role? string
---@field persona? string
---@field knows? string
---@field reviewer? boolean

---@class WorksimRubricItem
---@field id string
---@field label? string
---@field points number
---@field judge string
---@field skill? string
---@field criteria? string
---@field scripted? fun(run: WorksimRun): number, string?

---@class WorksimRuleMessage
---@field text string
---@field who string            the colleague answering
---@field to string|nil         set for a DM (the colleague's id)
---@field channel string|nil    set for a channel post
---@field captures? string[]    the pattern's captures

---@class WorksimRule
---@field match? string|string[]    case-insensitive; a text starting with a letter or digit must start a word
---@field pattern? string           Lua pattern, case-insensitive
---@field when? fun(run: WorksimRun, msg: WorksimRuleMessage): any
---@field once? boolean             answers at most once per run
---@field reply string|fun(run: WorksimRun, msg: WorksimRuleMessage): string|nil|false   nil/false: try the next rule

---@class WorksimScenario
---@field api 1
---@field id string
---@field title string
---@field summary? string
---@field family? string
---@field role? string
---@field level? "intro"|"junior"|"mid"
---@field skills? string[]
---@field minutes? number
---@field time_limit? number
---@field pass? number
---@field workspace? string
---@field needs? string[]
---@field cast? table<string, WorksimCastMember>
---@field channels? string[]
---@field tasks WorksimTask[]
---@field rubric? WorksimRubricItem[]
---@field scripted? table<string, WorksimRule[]>
---@field on_start? fun(run: WorksimRun)
---@field on_message? fun(run: WorksimRun, msg: {to: string|nil, channel: string|nil, text: string}): boolean|nil
---@field on_command? fun(run: WorksimRun, cmd: {line: string, exit: integer, output: string})
---@field on_submit? fun(run: WorksimRun, task: string)
---@field on_review? fun(run: WorksimRun, task: string, verdict: {approved: boolean, summary: string|nil, comments: table[]})
---@field on_finish? fun(run: WorksimRun, result: {outcome: string, score: number, max: number, percent: number})
