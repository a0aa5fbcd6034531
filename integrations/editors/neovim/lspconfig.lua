-- faaslint as an nvim-lspconfig server (for setups that manage servers with nvim-lspconfig).
-- Put this in your configuration before calling setup; faaslint must be on PATH.
local configs = require("lspconfig.configs")
local util = require("lspconfig.util")
if not configs.faaslint then
  configs.faaslint = {
    default_config = {
      cmd = { "faaslint", "lsp" },
      filetypes = { "yaml", "json", "python", "javascript", "javascriptreact", "typescript", "typescriptreact", "c", "cpp" },
      root_dir = util.root_pattern(".faaslint.yaml", ".git"),
      single_file_support = true,
      settings = {}, -- { faaslint = { config = "ci/faaslint.yaml", variables = { stage = "prod" } } }
    },
  }
end
require("lspconfig").faaslint.setup({})
