-- GET one page as a signed-in user: wrk -t1 -c32 -d60s -s bench/get.lua http://127.0.0.1:8080/<path>
-- SESSION: the session cookie's value after signing in (see bench/run.sh).
local session = os.getenv("SESSION")

request = function()
  return wrk.format("GET", nil, { ["Cookie"] = "SESSION=" .. session, ["Accept-Language"] = "zh-CN" })
end

-- a redirect to /login or an error must not pass for a fast page
local bad = 0
local smallest, largest = math.huge, 0
response = function(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
  end
  smallest = math.min(smallest, #body)
  largest = math.max(largest, #body)
end

done = function(summary, latency, requests)
  io.write(string.format("bodies of %d to %d bytes\n", smallest, largest))
  io.write(string.format("non-200 responses: %d; p50 %.1f ms, p90 %.1f ms, p99 %.1f ms\n", bad,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
