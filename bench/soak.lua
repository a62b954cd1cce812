-- bench/soak.lua: mixed 401/403/200/404 traffic with keep-alive churn, checking every status.
-- Each request carries X-Request-ID "exp<STATUS>-<n>"; AuthLab echoes it, so response() knows
-- which status that response must have, whatever the order across connections.
local cases = {
  {path = "/admin",  auth = nil,                              status = 401},
  {path = "/admin",  auth = "Basic Ym9iOmJ1aWxkZXI=",         status = 403}, -- bob
  {path = "/admin",  auth = "Basic YWxpY2U6d29uZGVybGFuZA==", status = 200}, -- alice
  {path = "/vault",  auth = "Basic Ym9iOmJ1aWxkZXI=",         status = 404}, -- hidden
  {path = "/nope",   auth = nil,                              status = 404},
  {path = "/staff",  auth = "Basic YWxpY2U6d3Jvbmc=",         status = 401}, -- wrong password
  {path = "/public", auth = nil,                              status = 200},
  {path = "/staff",  auth = "Basic Y2Fyb2w6c29uZ2JpcmQ=",     status = 403}, -- carol
}
local n = 0
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) ok = 0; wrong = 0; closes = 0; missing = 0 end
function request()
  n = n + 1
  local c = cases[(n % #cases) + 1]
  local h = {["X-Request-ID"] = "exp" .. c.status .. "-" .. n}
  if c.auth then h["Authorization"] = c.auth end
  if n % 25 == 0 then -- keep-alive churn: some requests close their connection
    h["Connection"] = "close"
    closes = closes + 1
  end
  return wrk.format("GET", c.path, h)
end
function response(status, headers, body)
  local id = headers["X-Request-ID"] or headers["x-request-id"]
  if not id then missing = missing + 1; return end
  local want = tonumber(string.match(id, "^exp(%d+)-"))
  if want == status then ok = ok + 1 else wrong = wrong + 1 end
end
function done(summary, latency, requests)
  local t = {ok = 0, wrong = 0, closes = 0, missing = 0}
  for _, th in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + (th:get(k) or 0) end
  end
  local e = summary.errors
  io.write(string.format("SOAK requests=%d rps=%.0f ok=%d wrong=%d missing_id=%d closes=%d err_connect=%d err_read=%d err_write=%d err_timeout=%d p99_us=%.0f\n",
    summary.requests, summary.requests / (summary.duration / 1e6), t.ok, t.wrong, t.missing, t.closes,
    e.connect, e.read, e.write, e.timeout, latency:percentile(99)))
end
