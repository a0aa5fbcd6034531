-- Opens each file named in $FAASLINT_FILES (one per line, relative to the current directory) in a
-- real Neovim with the documented configuration, waits until faaslint has published diagnostics
-- for it, and prints every diagnostic as "path:line:col: CODE" with the column in UTF-16 units
-- (what `faaslint check` prints), for tests/e2e/neovim_compare.sh to compare.
vim.opt.swapfile = false
package.path = os.getenv("FAASLINT_SOURCE") .. "/integrations/editors/neovim/?.lua;" .. package.path
require("faaslint").setup({ cmd = { os.getenv("FAASLINT"), "lsp" } })

local published = {}
local default = vim.lsp.handlers["textDocument/publishDiagnostics"]
vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
  default(err, result, ctx, config)
  published[vim.uri_to_fname(result.uri)] = true
end

function Report()
  local lines = {}
  for file in (os.getenv("FAASLINT_FILES") or ""):gmatch("[^\n]+") do
    vim.cmd("edit " .. vim.fn.fnameescape(file))
    local buf = vim.api.nvim_get_current_buf()
    local name = vim.api.nvim_buf_get_name(buf)
    if not vim.wait(30000, function() return published[name] end, 20) then
      io.stdout:write("FAIL: no diagnostics were published for " .. file .. "\n")
      vim.cmd("cquit 1")
      return
    end
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local text = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1] or ""
      local _, units = vim.str_utfindex(text, math.min(d.col, #text))
      table.insert(lines, string.format("%s:%d:%d: %s", file, d.lnum + 1, units + 1, d.code))
    end
  end
  table.sort(lines)
  for _, l in ipairs(lines) do io.stdout:write(l .. "\n") end
  io.stdout:write("DONE\n")
  vim.cmd("qa!")
end
