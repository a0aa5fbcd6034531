-- The end-to-end test in a real Neovim (headless): the documented configuration
-- (integrations/editors/neovim/faaslint.lua) starts `faaslint lsp`; diagnostics are printed as
-- "path:line:col: CODE" for the script to compare with `faaslint check`; then a quick fix, a
-- hover and an edit. Any failure ends Neovim with exit code 1 (cquit).
-- Environment: FAASLINT (the binary), FAASLINT_SOURCE (the repository).
vim.opt.swapfile = false
package.path = os.getenv("FAASLINT_SOURCE") .. "/integrations/editors/neovim/?.lua;" .. package.path
require("faaslint").setup({ cmd = { os.getenv("FAASLINT"), "lsp" } })

local function out(line)
  io.stdout:write(line .. "\n")
end

local function fail(message)
  out("FAIL: " .. message)
  vim.cmd("cquit 1")
end

local function codes(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(list, d.code)
  end
  return list
end

local function has(buf, code)
  return vim.tbl_contains(codes(buf), code)
end

local function wait_for(what, predicate)
  if not vim.wait(20000, predicate, 50) then
    fail("timed out waiting for " .. what .. "; diagnostics now: " .. table.concat(codes(0), ","))
    return false
  end
  return true
end

local function print_diagnostics(buf)
  local name = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf), ":.")
  local list = vim.diagnostic.get(buf)
  table.sort(list, function(a, b)
    return a.lnum < b.lnum or (a.lnum == b.lnum and (a.col < b.col or (a.col == b.col and a.code < b.code)))
  end)
  for _, d in ipairs(list) do
    out(string.format("%s:%d:%d: %s", name, d.lnum + 1, d.col + 1, d.code))
  end
end

local function find(buf, code)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == code then
      return d
    end
  end
end

function E2E()
  local template = vim.api.nvim_get_current_buf()
  if not wait_for("the template's diagnostics", function() return has(template, "SEC005") end) then return end
  print_diagnostics(template)

  -- The handler: its finding needs the manifest (the handler is one because the manifest says so).
  vim.cmd("edit functions/thumbnails.py")
  local handler = vim.api.nvim_get_current_buf()
  if not wait_for("the handler's diagnostics", function() return has(handler, "SEC012") end) then return end
  print_diagnostics(handler)

  -- Hover on the finding: the rule's page.
  vim.api.nvim_set_current_buf(template)
  local d = find(template, "SEC005")
  local pos = { line = d.lnum, character = d.col }
  local hover = vim.lsp.buf_request_sync(template, "textDocument/hover", {
    textDocument = vim.lsp.util.make_text_document_params(template), position = pos }, 10000)
  local text = ""
  for _, r in pairs(hover or {}) do
    if r.result then text = r.result.contents.value end
  end
  if not text:find("# SEC005 public%-function%-url") then return fail("hover shows no rule page: " .. text) end
  out("hover: " .. text:match("^[^\n]*"))

  -- The quick fix that suppresses SEC005, applied as the editor applies it.
  local params = { textDocument = vim.lsp.util.make_text_document_params(template),
                   range = { start = pos, ["end"] = pos }, context = { diagnostics = {} } }
  local replies = vim.lsp.buf_request_sync(template, "textDocument/codeAction", params, 10000)
  local action
  for _, r in pairs(replies or {}) do
    for _, a in ipairs(r.result or {}) do
      if a.title:find("Suppress SEC005") then action = a end
    end
  end
  if not action then return fail("no suppression offered for SEC005") end
  out("action: " .. action.title)
  vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
  if not wait_for("SEC005 to go after the quick fix", function() return not has(template, "SEC005") end) then return end
  out("after the quick fix: " .. vim.api.nvim_buf_get_lines(template, 9, 11, false)[2]:gsub("^%s+", ""))

  -- An edit in the handler's buffer (not saved): the command no longer takes event data.
  vim.api.nvim_set_current_buf(handler)
  vim.api.nvim_buf_set_lines(handler, 5, 6, false, { '    os.system("convert /tmp/in.png /tmp/thumb.png")' })
  if not wait_for("SEC012 to go after the edit", function() return not has(handler, "SEC012") end) then return end
  out("after the edit: " .. table.concat(codes(handler), ","))
  out("OK")
  vim.cmd("qa!")
end
