-- faaslint in Neovim, without plugins: diagnostics, quick fixes and rule pages from
-- `faaslint lsp` in manifests and handler code. Works with Neovim 0.7 (vim.lsp.start_client) and
-- 0.8+ (vim.lsp.start).
--
-- Put this file on your runtimepath as lua/faaslint.lua (or dofile() it) and call:
--   require("faaslint").setup()                                  -- `faaslint` on PATH
--   require("faaslint").setup({ cmd = { "/opt/faaslint/bin/faaslint", "lsp" } })
--   require("faaslint").setup({ settings = { config = "ci/faaslint.yaml", variables = { stage = "prod" } } })
-- Then `:lua vim.lsp.buf.code_action()` offers the fixes and suppressions, `:lua vim.lsp.buf.hover()`
-- on a finding shows its rule's page.
local M = {}

M.filetypes = { "yaml", "json", "python", "javascript", "javascriptreact", "typescript", "typescriptreact", "c", "cpp" }

-- The workspace: the nearest folder above the file holding .faaslint.yaml or .git; else the
-- current directory. faaslint reads .faaslint.yaml there and reports paths relative to it.
local function root_dir(file)
  local dir = vim.fn.fnamemodify(file, ":p:h")
  while dir and dir ~= "" do
    for _, marker in ipairs({ ".faaslint.yaml", ".git" }) do
      if vim.loop.fs_stat(dir .. "/" .. marker) then
        return dir
      end
    end
    local parent = vim.fn.fnamemodify(dir, ":h")
    if parent == dir then
      break
    end
    dir = parent
  end
  return vim.loop.cwd()
end

local clients = {} -- Neovim 0.7: one client per workspace, attached to each buffer

function M.setup(opts)
  opts = opts or {}
  local config = {
    name = "faaslint",
    cmd = opts.cmd or { "faaslint", "lsp" },
    init_options = opts.settings,
    settings = opts.settings and { faaslint = opts.settings } or nil,
  }
  vim.api.nvim_create_autocmd("FileType", {
    pattern = opts.filetypes or M.filetypes,
    group = vim.api.nvim_create_augroup("faaslint", { clear = true }),
    callback = function(args)
      local file = vim.api.nvim_buf_get_name(args.buf)
      if file == "" then
        return
      end
      local root = root_dir(file)
      if vim.lsp.start then -- 0.8+: reuses a running client with the same name and root
        vim.lsp.start(vim.tbl_extend("force", config, { root_dir = root }), { bufnr = args.buf })
        return
      end
      if not clients[root] or vim.lsp.client_is_stopped(clients[root]) then
        clients[root] = vim.lsp.start_client(vim.tbl_extend("force", config, { root_dir = root }))
      end
      if clients[root] then
        vim.lsp.buf_attach_client(args.buf, clients[root])
      end
    end,
  })
end

return M
