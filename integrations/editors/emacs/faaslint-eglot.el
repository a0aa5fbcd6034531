;;; faaslint-eglot.el --- faaslint's language server in Emacs with Eglot  -*- lexical-binding: t; -*-
;; Eglot is built into Emacs 29 (M-x package-install RET eglot before that). Load this file
;; (or copy the form into your init file), then M-x eglot in a manifest or handler buffer, or add
;; `eglot-ensure' to the modes' hooks. Eglot runs one server per buffer's mode, so where another
;; server already serves the mode, this replaces it for that mode.
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((yaml-mode yaml-ts-mode json-mode json-ts-mode) . ("faaslint" "lsp"))))
;; For handler code as well (replacing pylsp / typescript-language-server there):
;; (add-to-list 'eglot-server-programs '((python-mode python-ts-mode js-mode typescript-ts-mode) . ("faaslint" "lsp")))
