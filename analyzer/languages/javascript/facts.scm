; What the JavaScript/TypeScript analyzer (JavaScriptLanguage.cpp, through
; languages/treesitter/ScriptFacts.cpp) reads from a file, for the javascript, typescript and tsx
; grammars alike (so only node types all three have). Each pattern's outer capture names the
; construct; the captures under it name its parts. The C core does not evaluate predicates:
; languages/treesitter/TreeSitter.cpp does.

; Functions and classes: scopes, the call graph, handlers.
(function_declaration name: (identifier) @function.name parameters: (formal_parameters) @function.params) @function
(generator_function_declaration name: (identifier) @function.name parameters: (formal_parameters) @function.params) @function
(function_expression parameters: (formal_parameters) @function.params) @function
(arrow_function parameters: (formal_parameters) @function.params) @function
(arrow_function parameter: (identifier) @function.params) @function
(method_definition name: (_) @function.name parameters: (formal_parameters) @function.params) @function
(class_declaration name: (_) @class.name) @class

; Imports: `require('x')` bound to a name or destructured, ESM `import`, dynamic `import('x')`.
(variable_declarator
  name: (_) @import.target
  value: (call_expression function: (identifier) @_require arguments: (arguments . (string) @import.module))
  (#eq? @_require "require")) @import
(variable_declarator
  name: (_) @import.target
  value: (member_expression
    object: (call_expression function: (identifier) @_require arguments: (arguments . (string) @import.module))
    property: (property_identifier) @import.name)
  (#eq? @_require "require")) @import
(call_expression function: (identifier) @_require arguments: (arguments . (string) @import.module) (#eq? @_require "require")) @import
(import_statement (import_clause) @import.target source: (string) @import.module) @import
(import_statement source: (string) @import.module) @import
(call_expression function: (import) arguments: (arguments . (string) @import.module)) @import

; Calls and constructions, with their arguments (an options object's properties are named arguments).
(call_expression function: (_) @call.callee arguments: (arguments) @call.args) @call
(new_expression constructor: (_) @call.callee arguments: (arguments) @call.args) @call

; Values bound to names, in source order.
(variable_declarator name: (_) @assign.left value: (_) @assign.right) @assign
(assignment_expression left: (_) @assign.left right: (_) @assign.right) @assign
(augmented_assignment_expression left: (_) @assign.left right: (_) @assign.right) @assign
(for_in_statement left: (_) @assign.left right: (_) @assign.right) @assign

; Exports: `exports.h = ...`, `module.exports.h = ...`, `module.exports = { h, g: f }`,
; `export const h = ...`, `export function h`, `export default ...`, `export { h }`.
(assignment_expression
  left: (member_expression object: (identifier) @_exports property: (property_identifier) @export.name)
  right: (_) @export.value
  (#eq? @_exports "exports")) @export
(assignment_expression
  left: (member_expression
    object: (member_expression object: (identifier) @_module property: (property_identifier) @_exports)
    property: (property_identifier) @export.name)
  right: (_) @export.value
  (#eq? @_module "module") (#eq? @_exports "exports")) @export
(assignment_expression
  left: (member_expression object: (identifier) @_module property: (property_identifier) @_exports)
  right: (_) @export.object
  (#eq? @_module "module") (#eq? @_exports "exports")) @export
(export_statement declaration: (lexical_declaration (variable_declarator name: (identifier) @export.name value: (_) @export.value))) @export
(export_statement declaration: (function_declaration name: (identifier) @export.name) @export.value) @export
(export_statement declaration: (generator_function_declaration name: (identifier) @export.name) @export.value) @export
(export_statement "default" value: (_) @export.default) @export
(export_statement "default" declaration: (_) @export.default) @export
(export_statement (export_clause (export_specifier name: (_) @export.local))) @export

; Caught errors: `catch (err)` binds `err` to the error (its text may reach a response).
(catch_clause parameter: (identifier) @catch.name) @catch

; Returned values: a helper that returns the request's data gives event data to its callers.
(return_statement (_) @return.value) @return

; Loops. `while (true)`, `for (;;)` and `do ... while (true)` have no condition that can end them.
(while_statement condition: (_) @loop.condition body: (_) @loop.body) @loop
(do_statement body: (_) @loop.body condition: (_) @loop.condition) @loop
(for_statement body: (_) @loop.body) @loop
(for_in_statement right: (_) @loop.iter body: (_) @loop.body) @loop

; Field reads (`event.Records[0].s3`, `event['body']`): the outermost of a chain is followed.
(subscript_expression) @read
(member_expression) @read

; String literals and templates (for credential patterns).
(string) @string
(template_string) @string
