-- GET one page as a signed-in user: wrk -t1 -c32 -d60s -s bench/get.lua http://127.0.0.1:8080/<path>
-- SESSION: the session cookies' values after signing in, separated by commas (see bench/run.sh); requests take
-- turns with them.
local sessions = {}
for s in string.gmatch(os.getenv("SESSION"), "[^,]+") do
  sessions[#sessions + 1] = s
end
local turn = 0

local threads = {}
setup = function(thread)
  table.insert(threads, thread)
end

request = function()
  turn = turn + 1
  local session = sessions[(turn % #sessions) + 1]
  return wrk.format("GET", nil, { ["Cookie"] = "SESSION=" .. session, ["Accept-Language"] = "zh-CN" })
end

-- a redirect to /login or an error must not pass for a fast page
bad = 0
smallest, largest = nil, 0
response = function(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
  end
  smallest = math.min(smallest or #body, #body)
  largest = math.max(largest, #body)
end

done = function(summary, latency, requests)
  -- the counters live in each thread's Lua state: read them from there
  local bad, smallest, largest = 0, nil, 0
  for _, t in ipairs(threads) do
    bad = bad + t:get("bad")
    local s = t:get("smallest")
    if s then smallest = math.min(smallest or s, s) end
    largest = math.max(largest, t:get("largest"))
  end
  io.write(string.format("non-200 responses (redirects included): %d; bodies of %d to %d bytes\n", bad,
    smallest or 0, largest))
  io.write(string.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
