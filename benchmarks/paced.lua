-- wrk script: requests at evenly spaced times, a fixed rate (open loop, as wrk2 paces), and a fixed amount.
--   wrk -t2 -c20 -d<seconds + margin>s -s benchmarks/paced.lua <url> -- <rate per thread> <requests per thread> [method body]
-- Each thread keeps a schedule of send times 1/rate apart; a connection that is free waits for the next slot,
-- one that comes back late sends at once and is counted in "late" (more than 1 ms behind its slot: with
-- none, no latency went unmeasured because the sender waited). After the amount, connections stay idle and
-- the thread stops once every request it sent is answered (wrk itself runs for its -d). Prints one JSON line.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } keel_timespec;
int clock_gettime(int clock, keel_timespec *time);
]]
local CLOCK_MONOTONIC = 1
local clock = ffi.new("keel_timespec")

local function now_ms()
    ffi.C.clock_gettime(CLOCK_MONOTONIC, clock)
    return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    interval = 1000 / tonumber(args[1])
    limit = tonumber(args[2])
    if args[3] then
        wrk.method = args[3]
        wrk.body = args[4]
        wrk.headers["Content-Type"] = "application/json"
    end
    claimed = 0
    late, answered, statuses = 0, 0, {}
    next_slot = nil
end

-- wrk asks before every request, a connection's first included
function delay()
    if claimed >= limit then
        return 3600000
    end
    claimed = claimed + 1
    local now = now_ms()
    next_slot = (next_slot or now) + interval
    local wait = next_slot - now
    if wait < -1 then
        late = late + 1
    end
    return wait > 0 and wait or 0
end

function response(status)
    answered = answered + 1
    local key = tostring(status)
    statuses[key] = (statuses[key] or 0) + 1
    if answered >= limit then
        wrk.thread:stop()
    end
end

function done(summary, latency)
    local late_total, answered_total, counts = 0, 0, {}
    for _, thread in ipairs(threads) do
        late_total = late_total + thread:get("late")
        answered_total = answered_total + thread:get("answered")
        for status, count in pairs(thread:get("statuses")) do
            counts[status] = (counts[status] or 0) + count
        end
    end
    local parts = {}
    for status, count in pairs(counts) do
        table.insert(parts, string.format('"%s": %d', status, count))
    end
    local errors = summary.errors
    io.write(string.format(
        '{"p50_us": %d, "p99_us": %d, "max_us": %d, "answered": %d, "late": %d, "socket_errors": %d, ' ..
        '"statuses": {%s}}\n',
        latency:percentile(50), latency:percentile(99), latency.max, answered_total, late_total,
        errors.connect + errors.read + errors.write + errors.timeout, table.concat(parts, ", ")))
end
