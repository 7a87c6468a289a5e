-- Saves one score per request as the evaluator does in the scoring page (htmx POST, CSRF header, version check,
-- audit entry): wrk -t1 -c32 -d60s -s bench/save-score.lua http://127.0.0.1:8080
-- SESSION, CSRF: the session cookies and each one's CSRF token, separated by commas, in the same order (requests
-- take turns with them); SCORES: a file of "unit item score version" lines, the
-- evaluator's current scores (see bench/run.sh); CAMPAIGN: its code. Each line is saved once per pass with its current version, so
-- no request conflicts; after a pass every version is one higher.
local sessions, tokens = {}, {}
for s in string.gmatch(os.getenv("SESSION"), "[^,]+") do
  sessions[#sessions + 1] = s
end
for t in string.gmatch(os.getenv("CSRF"), "[^,]+") do
  tokens[#tokens + 1] = t
end
local rows = {}
for line in io.lines(os.getenv("SCORES")) do
  local unit, item, score, version = line:match("^(%S+)%s+(%S+)%s+(%S+)%s+(%S+)$")
  rows[#rows + 1] = { unit = unit, item = item, score = score, version = tonumber(version) }
end
local next = 0
local campaign = os.getenv("CAMPAIGN") or "gen1"

local threads = {}
setup = function(thread)
  table.insert(threads, thread)
end

request = function()
  local row = rows[(next % #rows) + 1]
  local pass = math.floor(next / #rows)
  next = next + 1
  local turn = (next % #sessions) + 1
  local body = "score=" .. row.score .. "&comment=&version=" .. (row.version + pass)
  return wrk.format("POST", "/campaigns/" .. campaign .. "/units/" .. row.unit .. "/scores/" .. row.item, {
    ["Cookie"] = "SESSION=" .. sessions[turn],
    ["X-CSRF-TOKEN"] = tokens[turn],
    ["HX-Request"] = "true",
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, body)
end

bad = 0
conflicts = 0
response = function(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
  elseif body:find("evaluation.error.conflict", 1, true) or body:find("已在别处被修改", 1, true) then
    conflicts = conflicts + 1
  end
end

done = function(summary, latency, requests)
  -- the counters live in each thread's Lua state: read them from there
  local bad, conflicts = 0, 0
  for _, t in ipairs(threads) do
    bad = bad + t:get("bad")
    conflicts = conflicts + t:get("conflicts")
  end
  io.write(string.format("non-200 responses (redirects included): %d; conflicts: %d; p50 %.1f ms, p90 %.1f ms, p99 %.1f ms\n", bad,
    conflicts, latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
