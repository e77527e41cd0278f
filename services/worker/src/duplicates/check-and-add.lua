-- Checks and files a batch of comments in the duplicate index (see redis-duplicate-index.ts for the layout).
-- KEYS: the bucket hashes the batch names (a key may repeat, in different comments' ranges)
-- ARGV[1]: handles a field lists before it is frozen (K); ARGV[2]: most candidates per comment;
-- ARGV[3]: the batch, a JSON array with one array per comment:
--   [first key index, key count (oldest bucket first; the last is the comment's own), comment id, member,
--    signature, cutoff ms, bucket ttl ms, exact hash, [fields...]]
-- Returns, per comment: {campaign, campaign signature, member, signature, member, signature, ...}
--   campaign: '' or 'copies|authors|firstAt|firstId' of the campaign the comment belongs to (copies and authors
--   before this comment); then earlier comments within the window (signature '' for an exact copy). A comment
--   counted into a campaign gets no candidates: the campaign answers for all of them. A campaign's signature is
--   sent once per call: the comments after the first one of a campaign get '=<n>' instead, n being the position
--   (from 1) of the comment whose reply carries it.

local perField = tonumber(ARGV[1])
local maxCandidates = tonumber(ARGV[2])
-- Registers of a campaign's author sketch (HyperLogLog): ~3% error, 1 KB a campaign.
local REGISTERS = 1024
local ALPHA = 0.7213 / (1 + 1.079 / REGISTERS)
-- Fields (exact hash, LSH bands) a comment must share with a campaign's opener to count as one of its copies:
-- two of sixteen bands is ~86% likely at the default similarity threshold, under 1% for unrelated text.
local MIN_SHARED = 2

local exists = {}
for _, key in ipairs(KEYS) do
  if exists[key] == nil then exists[key] = redis.call('EXISTS', key) == 1 end
end
local batch = cjson.decode(ARGV[3])

-- Handles: one HINCRBY per bucket for the whole batch, handed out in order (a comment counted into a campaign
-- leaves its handle unused).
local filing = {}
for _, c in ipairs(batch) do
  local own = KEYS[c[1] + c[2] - 1]
  filing[own] = (filing[own] or 0) + 1
end
local nextHandle = {}
for own, n in pairs(filing) do
  nextHandle[own] = redis.call('HINCRBY', own, 'n', n) - n + 1
  exists[own] = true
end

-- A campaign record 'c:<id>' is 'copies|firstAt|firstId|lastAt|zeros|sum', its author sketch 'a:<id>' one byte a
-- register, its signature 'r:<id>' the signature of the comment that opened it.
local function parseRecord(s)
  local copies, firstAt, firstId, lastAt, zeros, sum = string.match(s, '^(%d+)|(%d+)|([^|]*)|(%d+)|(%d+)|([^|]+)$')
  if not copies then return nil end
  return {
    copies = tonumber(copies),
    firstAt = tonumber(firstAt),
    firstId = firstId,
    lastAt = tonumber(lastAt),
    zeros = tonumber(zeros),
    sum = tonumber(sum),
  }
end

local function formatRecord(r)
  return r.copies .. '|' .. string.format('%d', r.firstAt) .. '|' .. r.firstId .. '|' ..
    string.format('%d', r.lastAt) .. '|' .. r.zeros .. '|' .. string.format('%.17g', r.sum)
end

local function estimate(r)
  local e = ALPHA * REGISTERS * REGISTERS / r.sum
  if e <= 2.5 * REGISTERS and r.zeros > 0 then e = REGISTERS * math.log(REGISTERS / r.zeros) end
  return math.floor(e + 0.5)
end

-- Adds an author to the sketch `regs` (a string of REGISTERS bytes); returns the new string, or nil if unchanged.
local function sketchAdd(r, regs, author)
  local hex = redis.sha1hex(author)
  local index = tonumber(string.sub(hex, 1, 3), 16) % REGISTERS
  local rank = 1
  for i = 4, 11 do
    local d = tonumber(string.sub(hex, i, i), 16)
    if d >= 8 then break elseif d >= 4 then rank = rank + 1 break elseif d >= 2 then rank = rank + 2 break
    elseif d == 1 then rank = rank + 3 break else rank = rank + 4 end
  end
  local old = string.byte(regs, index + 1)
  if rank <= old then return nil end
  if old == 0 then r.zeros = r.zeros - 1 end
  r.sum = r.sum - 2 ^ -old + 2 ^ -rank
  return string.sub(regs, 1, index) .. string.char(rank) .. string.sub(regs, index + 2)
end

-- member = receivedAt|id|author|exact: its parts, and the position of the last separator.
local function splitMember(m)
  local p1 = string.find(m, '|', 1, true)
  local p2 = string.find(m, '|', p1 + 1, true)
  local p3 = string.find(m, '|', p2 + 1, true)
  return tonumber(string.sub(m, 1, p1 - 1)), string.sub(m, p1 + 1, p2 - 1), string.sub(m, p2 + 1, p3 - 1), p3
end

-- The campaign as the rules see it, `before` copies ago (the comment just counted into it is not its own copy).
local function describe(r, before)
  return (r.copies - before) .. '|' .. estimate(r) .. '|' .. string.format('%d', r.firstAt) .. '|' .. r.firstId
end

-- The campaigns this call has read, by bucket key and id: { key, id, r (the parsed record), regs (the sketch),
-- signature, opener (its opener's fields, space-separated and padded), dirty }, or false for none. Counting
-- changes only this copy; each changed campaign is written once, at the end.
local campaigns = {}
local function campaignAt(key, cid)
  local name = key .. '/' .. cid
  local c = campaigns[name]
  if c == nil then
    local got = redis.call('HMGET', key, 'c:' .. cid, 'a:' .. cid, 'r:' .. cid, 'f:' .. cid)
    local r = got[1] and parseRecord(got[1])
    c = r and { key = key, id = cid, r = r, regs = got[2], signature = got[3] or '', opener = got[4] or '' } or false
    campaigns[name] = c
  end
  return c
end

-- Counts a comment into a campaign, and keeps its bucket for the window.
local function countInto(c, at, author, ttl, ttls)
  c.r.copies = c.r.copies + 1
  if at > c.r.lastAt then c.r.lastAt = at end
  if c.regs and #c.regs == REGISTERS then c.regs = sketchAdd(c.r, c.regs, author) or c.regs end
  c.dirty = true
  if not ttls[c.key] or ttls[c.key] < ttl then ttls[c.key] = ttl end
end

local ttls = {}
local out = {}
-- The reply position that carried each campaign's signature (see the header): a flood's batch would otherwise carry
-- its one signature once per copy.
local signatureAt = {}
local function campaignSignature(c)
  local name = c.key .. '/' .. c.id
  local at = signatureAt[name]
  if at then return '=' .. at end
  signatureAt[name] = #out + 1
  return c.signature
end
for _, c in ipairs(batch) do
  local firstKey, keyCount, id, member, signature = c[1], c[2], c[3], c[4], c[5]
  local cutoff, ttl, ownExact, fields = c[6], c[7], c[8], c[9]
  local at = tonumber(string.sub(member, 1, string.find(member, '|', 1, true) - 1))
  local ownIndex = firstKey + keyCount - 1
  local own = KEYS[ownIndex]

  -- The fields in every bucket: the handles they list, and the campaigns that froze them ('...;@<id>').
  local handleLists = {}
  local hot = {}
  local ownValues = {}
  for k = firstKey, ownIndex do
    if exists[KEYS[k]] then
      local values = redis.call('HMGET', KEYS[k], unpack(fields))
      if k == ownIndex then ownValues = values end
      local seenValue = {}
      local lists = {}
      for _, v in ipairs(values) do
        if v then
          local mark = string.find(v, '@', 1, true)
          if mark then
            local campaign = k .. '/' .. string.sub(v, mark + 1)
            hot[campaign] = (hot[campaign] or 0) + 1
          end
          if not seenValue[v] then
            seenValue[v] = true
            lists[#lists + 1] = v
          end
        end
      end
      handleLists[k] = lists
    end
  end

  -- The live campaign most of the comment's fields point at, if any.
  local campaign, campaignHits = nil, 0
  for name, hits in pairs(hot) do
    if hits > campaignHits then
      local slash = string.find(name, '/', 1, true)
      local c = campaignAt(KEYS[tonumber(string.sub(name, 1, slash - 1))], string.sub(name, slash + 1))
      if c and c.r.lastAt >= cutoff then campaign, campaignHits = c, hits end
    end
  end

  local _, _, author = splitMember(member)
  -- A comment that shares MIN_SHARED of its fields with the campaign's opener is one of its copies.
  local shared = 0
  if campaign then
    for _, f in ipairs(fields) do
      if string.find(campaign.opener, ' ' .. f .. ' ', 1, true) then shared = shared + 1 end
    end
  end
  if campaign then countInto(campaign, at, author, ttl, ttls) end
  if shared >= MIN_SHARED or campaignHits >= MIN_SHARED then
    -- A copy of a known campaign: counted, not filed, and no member fetched. Bounded however large it grows. Its
    -- own bucket's fields that copies share and that do not point at the campaign yet get to (a few writes early
    -- in a campaign, none once they all do), so that later copies find it whichever bands they share.
    out[#out + 1] = { describe(campaign.r, 1), campaignSignature(campaign) }
    if campaign.key == own then
      local marks = {}
      for i, f in ipairs(fields) do
        local v = ownValues[i]
        if v and not string.find(v, '@', 1, true) then
          marks[#marks + 1] = f
          marks[#marks + 1] = v .. ';@' .. campaign.id
        end
      end
      if #marks > 0 then redis.call('HSET', own, unpack(marks)) end
    end
  else
    -- Not a copy, or the campaign is younger than a bucket: checked and filed as any comment (and counted into the
    -- campaign it touches). The campaign comes back for the rules to compare with.
    local found = { campaign and describe(campaign.r, 1) or '', campaign and campaignSignature(campaign) or '' }
    local seenIds = {}
    local total = 0
    for k = firstKey, ownIndex do
      local lists = handleLists[k]
      if lists then
        local handles = {}
        local detail = {}
        for _, v in ipairs(lists) do
          if total >= maxCandidates then break end
          for h in string.gmatch(v, '[^;]+') do
            if string.byte(h, 1) ~= 64 and not handles[h] then
              handles[h] = true
              total = total + 1
              detail[#detail + 1] = h
              if total >= maxCandidates then break end
            end
          end
        end
        if #detail > 0 then
          local mFields = {}
          for i, h in ipairs(detail) do mFields[i] = 'm:' .. h end
          local d = redis.call('HMGET', KEYS[k], unpack(mFields))
          -- Signatures are read only for candidates with other words: an exact copy's is the comment's own.
          local sFields, sSlots = {}, {}
          for i, m in ipairs(d) do
            if m then
              local mAt, cid, _, p3 = splitMember(m)
              -- A retried comment is listed once per attempt: it is never its own candidate, nor anyone's twice.
              if mAt and mAt >= cutoff and cid ~= id and not seenIds[cid] then
                seenIds[cid] = true
                found[#found + 1] = m
                found[#found + 1] = ''
                if string.sub(m, p3 + 1) ~= ownExact then
                  sFields[#sFields + 1] = 's:' .. detail[i]
                  sSlots[#sSlots + 1] = #found
                end
              end
            end
          end
          if #sFields > 0 then
            local sigs = redis.call('HMGET', KEYS[k], unpack(sFields))
            for i, slot in ipairs(sSlots) do found[slot] = sigs[i] or '' end
          end
        end
      end
    end

    -- File the comment: a field lists the first K handles that share it; the comment that fills one opens a
    -- campaign (or joins the one it found in its own bucket), and the field then points at it.
    local handle = tostring(nextHandle[own])
    nextHandle[own] = nextHandle[own] + 1
    local updates = { 'm:' .. handle, member, 's:' .. handle, signature }
    local filled = {}
    -- Fields this comment shares with earlier ones, not yet full: a campaign it opens points at them as well, so
    -- that its next copies find it whichever of its bands they share.
    local sharedSlots = {}
    for i, f in ipairs(fields) do
      local v = ownValues[i]
      local write = true
      if not v then
        v = handle
      else
        local mark = string.find(v, '@', 1, true)
        if mark then
          -- A frozen field stays as it is while its campaign lives; one whose campaign ended starts afresh.
          local c = campaignAt(own, string.sub(v, mark + 1))
          if c and c.r.lastAt >= cutoff then write = false else v = handle end
        else
          local _, separators = string.gsub(v, ';', ';')
          v = v .. ';' .. handle
          if separators + 2 >= perField then
            filled[#filled + 1] = #updates + 2
          else
            sharedSlots[#sharedSlots + 1] = #updates + 2
          end
        end
      end
      if write then
        updates[#updates + 1] = f
        updates[#updates + 1] = v
      end
    end
    if #filled > 0 then
      local cid
      if campaign and campaign.key == own then
        cid = campaign.id
      else
        -- A new campaign: the comments found so far and this one, the earliest of them first.
        cid = handle
        local r = { copies = 1, firstAt = at, firstId = id, lastAt = at, zeros = REGISTERS, sum = REGISTERS }
        local regs = string.rep('\0', REGISTERS)
        regs = sketchAdd(r, regs, author) or regs
        for i = 3, #found, 2 do
          local mAt, mId, mAuthor = splitMember(found[i])
          r.copies = r.copies + 1
          if mAt < r.firstAt then r.firstAt, r.firstId = mAt, mId end
          if mAt > r.lastAt then r.lastAt = mAt end
          regs = sketchAdd(r, regs, mAuthor) or regs
        end
        local opener = ' ' .. table.concat(fields, ' ') .. ' '
        updates[#updates + 1] = 'r:' .. cid
        updates[#updates + 1] = signature
        updates[#updates + 1] = 'f:' .. cid
        updates[#updates + 1] = opener
        campaigns[own .. '/' .. cid] =
          { key = own, id = cid, r = r, regs = regs, signature = signature, opener = opener, dirty = true }
        for _, slot in ipairs(sharedSlots) do filled[#filled + 1] = slot end
      end
      for _, slot in ipairs(filled) do updates[slot] = updates[slot] .. ';@' .. cid end
    end
    redis.call('HSET', own, unpack(updates))
    out[#out + 1] = found
  end
  if not ttls[own] or ttls[own] < ttl then ttls[own] = ttl end
end
for _, c in pairs(campaigns) do
  if c and c.dirty then
    local updates = { 'c:' .. c.id, formatRecord(c.r) }
    if c.regs then
      updates[3] = 'a:' .. c.id
      updates[4] = c.regs
    end
    redis.call('HSET', c.key, unpack(updates))
  end
end
for key, ttl in pairs(ttls) do redis.call('PEXPIRE', key, ttl) end
return out
