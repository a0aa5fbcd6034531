; What the Python analyzer (PythonLanguage.cpp, through languages/treesitter/ScriptFacts.cpp) reads
; from a file. Each pattern's outer capture names the construct; the captures under it name its
; parts. The C core does not evaluate predicates: languages/treesitter/TreeSitter.cpp does.

; Functions and classes: scopes, the call graph, handlers.
(function_definition name: (identifier) @function.name parameters: (parameters) @function.params) @function
(lambda parameters: (lambda_parameters)? @function.params) @function
(class_definition name: (identifier) @class.name) @class

; Imports: `import a.b`, `import a.b as c`, `from a import b`, `from a import b as c`, `from . import b`.
(import_statement name: (dotted_name) @import.module) @import
(import_statement name: (aliased_import name: (dotted_name) @import.module alias: (identifier) @import.alias)) @import
(import_from_statement module_name: (_) @import.module name: (dotted_name) @import.name) @import
(import_from_statement module_name: (_) @import.module name: (aliased_import name: (dotted_name) @import.name alias: (identifier) @import.alias)) @import
(import_from_statement module_name: (_) @import.module (wildcard_import)) @import

; Calls, with their arguments (keyword arguments are named arguments).
(call function: (_) @call.callee arguments: (argument_list) @call.args) @call

; Values bound to names, in source order: assignments, `with x() as y`, `for y in x` (in
; comprehensions too), walrus.
(assignment left: (_) @assign.left right: (_) @assign.right) @assign
(augmented_assignment left: (_) @assign.left right: (_) @assign.right) @assign
(with_item value: (as_pattern (_) @assign.right alias: (as_pattern_target (_) @assign.left))) @assign
(for_statement left: (_) @assign.left right: (_) @assign.right) @assign
(for_in_clause left: (_) @assign.left right: (_) @assign.right) @assign
(named_expression name: (identifier) @assign.left value: (_) @assign.right) @assign

; Decorators: `@functions_framework.http`, `@app.route(...)`, `@logger.inject_lambda_context`.
(decorated_definition (decorator (_) @decorator.expr) definition: (function_definition name: (identifier) @decorator.function)) @decorator

; Returned values: a helper that returns the request's data (`return request.get_json()`) gives
; event data to its callers.
(return_statement (_) @return.value) @return

; Caught errors: `except Exception as e:` binds `e` to the error, whose text may reach a response.
; The name is read in ScriptFacts.cpp: tree-sitter-python 0.25 puts it in an as_pattern, and the
; query compiler refuses a pattern on the grammar's alias field (structure error).
(except_clause) @catch

; Loops. `while True:` / `while 1:` has no condition that can end it.
(while_statement condition: (_) @loop.condition body: (_) @loop.body) @loop
(for_statement right: (_) @loop.iter body: (_) @loop.body) @loop

; Field reads (`event['Records'][0]['s3']`, `event.body`): the outermost of a chain is followed.
(subscript) @read
(attribute) @read

; String literals (for credential patterns); f-strings too, by their literal text.
(string) @string
