// The C/C++ analyzer: Clang LibTooling 14 turns one file into language-neutral SourceFacts.
// This is the only translation unit that includes Clang headers; it is built into
// libfaaslint_clang.so, which faaslint opens only when a scan has C/C++ files.
//
// Handler code is often linted without its SDK installed. Missing includes are suppressed, a
// few stand-in headers (written here from the public API shape, see StandIns.h) give the
// aws-lambda-cpp runtime and libcurl a real AST, and calls whose declarations are missing are
// recovered from the raw tokens.
#include <algorithm>
#include <clang/AST/ASTConsumer.h>
#include <clang/AST/ASTContext.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Basic/DiagnosticParse.h>
#include <clang/Basic/DiagnosticSema.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <clang/Lex/Lexer.h>
#include <clang/Lex/PPCallbacks.h>
#include <clang/Lex/Preprocessor.h>
#include <clang/Tooling/Tooling.h>
#include <cstdlib>
#include <filesystem>
#include <llvm/Support/ErrorHandling.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/VirtualFileSystem.h>
#include <map>
#include <set>

#include "languages/cxx/CxxAnalyzer.h"
#include "languages/cxx/clang/StandIns.h"

namespace faaslint::languages {
namespace {

using namespace clang;

/// "std::future<int>::get" -> "std::future::get": facts name APIs, not instantiations.
std::string withoutTemplateArgs(const std::string& name) {
  std::string out;
  int depth = 0;
  for (char c : name) {
    if (c == '<') ++depth;
    if (depth == 0) out += c;
    if (c == '>' && depth > 0) --depth;
  }
  return out;
}

/// Shared state of one file's analysis.
struct FileState {
  model::SourceFacts& facts;
  core::FileId file;
  const clang::SourceManager* sm = nullptr;

  core::Range range(SourceLocation b, SourceLocation e) const {
    if (b.isInvalid() || !sm) return {};
    b = sm->getFileLoc(b);
    e = e.isValid() ? sm->getFileLoc(e) : b;
    if (!sm->isWrittenInMainFile(b)) return {};
    unsigned begin = sm->getFileOffset(b);
    unsigned end = sm->getFileOffset(e) + Lexer::MeasureTokenLength(e, *sm, LangOptions());
    return {file, begin, std::max(begin, end)};
  }
};

class Includes : public PPCallbacks {
 public:
  explicit Includes(FileState& s) : s_(s) {}
  void InclusionDirective(SourceLocation hash, const Token&, StringRef name, bool, CharSourceRange nameRange, const FileEntry* file,
                          StringRef, StringRef, const Module*, SrcMgr::CharacteristicKind) override {
    if (!s_.sm->isWrittenInMainFile(hash)) return;
    model::IncludeFact inc;
    inc.name = name.str();
    // A stand-in header counts as not found: the real SDK header is missing.
    inc.resolved = file != nullptr && !StringRef(file->getName()).startswith(kStandInDir);
    inc.range = s_.range(nameRange.getBegin(), nameRange.getEnd().getLocWithOffset(-1));
    if (!inc.resolved) ++s_.facts.missingIncludes;
    s_.facts.includes.push_back(std::move(inc));
  }

 private:
  FileState& s_;
};

/// Walks the AST of the main file: calls, loops, handlers, and the values that come from the
/// handler's event parameter.
class Visitor : public RecursiveASTVisitor<Visitor> {
 public:
  Visitor(FileState& s, ASTContext& ctx) : s_(s), ctx_(ctx) {}

  bool TraverseFunctionDecl(FunctionDecl* fd) {
    return traverseFunction(fd, [&] { return RecursiveASTVisitor::TraverseFunctionDecl(fd); });
  }
  bool TraverseCXXMethodDecl(CXXMethodDecl* fd) {
    return traverseFunction(fd, [&] { return RecursiveASTVisitor::TraverseCXXMethodDecl(fd); });
  }

  bool VisitLambdaExpr(LambdaExpr* l) {
    // A lambda handler's event parameter (run_handler, MakeFunction) carries the event too.
    if (const CXXMethodDecl* op = l->getCallOperator(); op && op->getNumParams() >= 1 && isEventType(op->getParamDecl(0)->getType()))
      tainted_.insert(op->getParamDecl(0));
    return true;
  }

  bool VisitVarDecl(VarDecl* v) {
    if (v->hasInit() && mentionsEvent(v->getInit())) tainted_.insert(v);
    if (v->hasInit())
      if (std::uint32_t bits = paramsOf(v->getInit())) paramBits_[v] |= bits;
    if (v->hasInit() && isCap(v->getInit())) capped_.insert(v);
    if (inMain(v->getLocation()) && !v->getType()->isDependentType())
      if (const auto* arr = ctx_.getAsConstantArrayType(v->getType()); arr && !arr->getElementType()->isIncompleteType())
        allocation(static_cast<std::uint64_t>(ctx_.getTypeSizeInChars(v->getType()).getQuantity()),
                   (v->hasGlobalStorage() ? "static array '" : "array '") + v->getNameAsString() + "'", v->getLocation());
    return true;
  }

  bool VisitCXXNewExpr(CXXNewExpr* n) {
    if (!inMain(n->getBeginLoc()) || !n->isArray() || n->getAllocatedType()->isDependentType() || n->getAllocatedType()->isIncompleteType())
      return true;
    if (auto size = n->getArraySize(); size && *size && !(*size)->isValueDependent())
      if (auto count = (*size)->getIntegerConstantExpr(ctx_))
        allocation(count->getZExtValue() * static_cast<std::uint64_t>(ctx_.getTypeSizeInChars(n->getAllocatedType()).getQuantity()),
                   "new[]", n->getBeginLoc());
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr* e) {
    // std::string s((std::istreambuf_iterator<char>(in)), {}): the whole stream, however big.
    if (inMain(e->getBeginLoc()) && e->getNumArgs() == 1 &&
        e->getType().getCanonicalType().getAsString().find("istreambuf_iterator") != std::string::npos && !readsWhole_.count(function_)) {
      readsWhole_.insert(function_);
      allocation(0, "a whole stream (std::istreambuf_iterator)", e->getBeginLoc());
    }
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator* op) {
    if (op->isAssignmentOp())
      if (auto* ref = dyn_cast<DeclRefExpr>(op->getLHS()->IgnoreParenImpCasts())) {
        if (mentionsEvent(op->getRHS())) tainted_.insert(ref->getDecl());
        if (std::uint32_t bits = paramsOf(op->getRHS())) paramBits_[ref->getDecl()] |= bits;
        if (isCap(op->getRHS())) capped_.insert(ref->getDecl());
      }
    return true;
  }

  /// Calls whose value nothing keeps: a statement of its own, or cast to void.
  bool VisitCompoundStmt(CompoundStmt* block) {
    for (Stmt* s : block->body()) {
      const Expr* e = dyn_cast<Expr>(s);
      for (const Expr* prev = nullptr; e && e != prev;) {
        prev = e;
        e = e->IgnoreImplicit()->IgnoreParens();
        if (auto* cast = dyn_cast<ExplicitCastExpr>(e); cast && cast->getType()->isVoidType()) e = cast->getSubExpr();
      }
      if (auto* call = dyn_cast_or_null<CallExpr>(e)) discarded_.insert(call);
    }
    return true;
  }

  /// `if (n > 1000) ...`: the number has been checked before what follows.
  bool VisitIfStmt(IfStmt* s) {
    capChecks(s->getCond());
    return true;
  }

  bool VisitCallExpr(CallExpr* call) {
    if (!inMain(call->getBeginLoc())) return true;
    model::CallFact c;
    const FunctionDecl* callee = call->getDirectCallee();
    if (callee) {
      c.callee = withoutTemplateArgs(callee->getQualifiedNameAsString());
    } else if (auto* ule = dyn_cast<UnresolvedLookupExpr>(call->getCallee()->IgnoreParenImpCasts())) {
      c.callee = ule->getName().getAsString();
      c.resolved = false;
    } else {
      return true;  // a call through a pointer or an unknown member: the token pass may name it
    }
    c.function = function_;
    c.resultDiscarded = discarded_.count(call) != 0;
    // The callee as written: `std::this_thread::sleep_for`, or the member name of `x.get()`.
    const Expr* calleeExpr = call->getCallee()->IgnoreParenImpCasts();
    if (auto* ref = dyn_cast<DeclRefExpr>(calleeExpr))
      c.range = s_.range(ref->getBeginLoc(), ref->getLocation());
    else if (auto* member = dyn_cast<MemberExpr>(calleeExpr))
      c.range = s_.range(member->getMemberLoc(), member->getMemberLoc());
    else
      c.range = s_.range(calleeExpr->getExprLoc(), calleeExpr->getExprLoc());
    for (const Expr* a : call->arguments()) {
      c.args.push_back(literal(a));
      c.argFromEvent.push_back(mentionsEvent(a));
      c.argParams.push_back(paramsOf(a));
    }
    if (callee && c.callee == "aws::lambda_runtime::run_handler" && call->getNumArgs() >= 1)
      registerHandler(call->getArg(0), c.range, "aws-lambda-cpp");
    if (callee && c.callee == "google::cloud::functions::MakeFunction" && call->getNumArgs() >= 1)
      registerHandler(call->getArg(0), c.range, "functions-framework-cpp");
    if (auto* m = dyn_cast<CXXMemberCallExpr>(call);
        m && (c.callee.ends_with("::reserve") || c.callee.ends_with("::resize")) && call->getNumArgs() >= 1)
      reservation(m, c.callee);
    if (callee && !function_.empty()) s_.facts.callGraph.emplace_back(function_, c.callee);
    seenCalls_.insert(c.range.begin);
    s_.facts.calls.push_back(std::move(c));
    return true;
  }

  bool VisitDeclRefExpr(DeclRefExpr* ref) {
    // A function named without being called (kept in a table of handlers, passed as a callback)
    // may run from here, so it is on the path of whatever names it. Callees are named too; the
    // duplicates go in finish().
    if (auto* fd = dyn_cast<FunctionDecl>(ref->getDecl()); fd && !function_.empty() && inMain(ref->getLocation()))
      s_.facts.callGraph.emplace_back(function_, withoutTemplateArgs(fd->getQualifiedNameAsString()));
    return true;
  }

  bool VisitStringLiteral(StringLiteral* str) {
    if (!inMain(str->getBeginLoc()) || str->getCharByteWidth() != 1 || str->getLength() < 8) return true;
    s_.facts.strings.push_back({str->getString().str(), s_.range(str->getBeginLoc(), str->getEndLoc()), function_});
    return true;
  }

  bool VisitWhileStmt(WhileStmt* w) { return loop(w, w->getCond(), w->getBody()); }
  bool VisitDoStmt(DoStmt* d) { return loop(d, d->getCond(), d->getBody()); }
  bool VisitForStmt(ForStmt* f) { return loop(f, f->getCond(), f->getBody()); }

  /// After the walk: `main` is the handler of a custom runtime when nothing else registered one
  /// (or the handler is picked at run time: `run_handler(handlers[name])`).
  void finish() {
    auto& graph = s_.facts.callGraph;
    std::sort(graph.begin(), graph.end());
    graph.erase(std::unique(graph.begin(), graph.end()), graph.end());
    if (!s_.facts.handlers.empty() || !mainFn_) return;
    model::HandlerFact h;
    h.name = "main";
    h.framework = "main";
    h.range = s_.range(mainFn_->getLocation(), mainFn_->getLocation());
    s_.facts.handlers.push_back(std::move(h));
  }

  const std::set<unsigned>& seenCalls() const { return seenCalls_; }
  const std::vector<std::tuple<unsigned, unsigned, std::string>>& bodies() const { return bodies_; }

 private:
  template <class Walk> bool traverseFunction(FunctionDecl* fd, Walk walk) {
    if (!fd->doesThisDeclarationHaveABody() || !inMain(fd->getLocation())) return walk();
    std::string saved = function_;
    function_ = withoutTemplateArgs(fd->getQualifiedNameAsString());
    if (fd->isMain()) mainFn_ = fd;
    for (unsigned i = 0; i < fd->getNumParams() && i < 32; ++i) paramBits_[fd->getParamDecl(i)] = 1u << i;
    // The first parameter of a handler carries the event; handlers are registered (run_handler)
    // after they are defined, so every function's first parameter is tracked, and findings
    // ask for the handler path.
    if (fd->getNumParams() >= 1 && isEventType(fd->getParamDecl(0)->getType())) {
      tainted_.insert(fd->getParamDecl(0));
      // functions-framework-cpp: a function of HttpRequest or CloudEvent is a handler whether
      // MakeFunction names it in this file or the buildpack's generated main does.
      std::string type = fd->getParamDecl(0)->getType().getCanonicalType().getNonReferenceType().getUnqualifiedType().getAsString();
      if (type.find("google::cloud::functions::") != std::string::npos) {
        model::HandlerFact h;
        h.name = function_;
        h.framework = "functions-framework-cpp";
        h.eventParam = fd->getParamDecl(0)->getNameAsString();
        h.range = s_.range(fd->getLocation(), fd->getLocation());
        s_.facts.handlers.push_back(std::move(h));
      }
    }
    core::Range body = s_.range(fd->getBody()->getBeginLoc(), fd->getBody()->getEndLoc());
    if (body.file != core::kNoFile) bodies_.emplace_back(body.begin, body.end, function_);
    bool r = walk();
    function_ = saved;
    return r;
  }

  /// Types that carry a platform event: aws-lambda-cpp invocation_request, functions-framework
  /// HttpRequest / CloudEvent.
  static bool isEventType(QualType t) {
    std::string name = t.getCanonicalType().getNonReferenceType().getUnqualifiedType().getAsString();
    return name.find("invocation_request") != std::string::npos || name.find("HttpRequest") != std::string::npos ||
           name.find("CloudEvent") != std::string::npos;
  }

  /// The function or lambda an argument names, under the conversions the real headers add:
  /// run_handler and MakeFunction take a std::function, so `run_handler(my_handler)` is a
  /// temporary std::function constructed from the function.
  static const Expr* handlerExpr(const Expr* e) {
    for (const Expr* prev = nullptr; e && e != prev;) {
      prev = e;
      e = e->IgnoreImplicit()->IgnoreParens();  // casts, temporaries and their bindings
      if (auto* ctor = dyn_cast<CXXConstructExpr>(e); ctor && ctor->getNumArgs() >= 1)
        e = ctor->getArg(0);
      else if (auto* cast = dyn_cast<ExplicitCastExpr>(e))
        e = cast->getSubExpr();
      else if (auto* uo = dyn_cast<UnaryOperator>(e); uo && uo->getOpcode() == UO_AddrOf)
        e = uo->getSubExpr();
    }
    return e;
  }

  void registerHandler(const Expr* arg, core::Range at, const char* framework) {
    const Expr* e = handlerExpr(arg);
    const FunctionDecl* fd = nullptr;
    if (auto* ref = dyn_cast<DeclRefExpr>(e)) {
      fd = dyn_cast<FunctionDecl>(ref->getDecl());
      // auto handler_fn = [&client](invocation_request const& req) { ... }; run_handler(handler_fn);
      if (auto* var = dyn_cast<VarDecl>(ref->getDecl()); var && var->hasInit())
        if (auto* lambda = dyn_cast<LambdaExpr>(handlerExpr(var->getInit()))) e = lambda;
    }
    model::HandlerFact h;
    h.framework = framework;
    h.registeredAt = at;
    if (fd) {
      h.name = withoutTemplateArgs(fd->getQualifiedNameAsString());
      h.range = s_.range(fd->getLocation(), fd->getLocation());
      if (fd->getNumParams() >= 1) h.eventParam = fd->getParamDecl(0)->getNameAsString();
    } else if (auto* lambda = dyn_cast<LambdaExpr>(e)) {
      h.name = function_;  // a lambda handler: its body belongs to the registering function
      h.range = s_.range(lambda->getBeginLoc(), lambda->getBeginLoc());
      if (lambda->getCallOperator()->getNumParams() >= 1) h.eventParam = lambda->getCallOperator()->getParamDecl(0)->getNameAsString();
    } else {
      return;
    }
    // A function already found by its signature (functions-framework) is not listed twice.
    for (const auto& known : s_.facts.handlers)
      if (known.name == h.name && known.framework == h.framework) return;
    s_.facts.handlers.push_back(std::move(h));
  }

  void allocation(std::uint64_t bytes, std::string what, SourceLocation at) {
    if (bytes != 0 && bytes < (1u << 20)) return;  // only what could matter against a memory size
    s_.facts.allocations.push_back({bytes, std::move(what), s_.range(at, at), function_});
  }

  /// `v.reserve(N)` / `v.resize(N)` with a constant N: N elements of the container's value type.
  void reservation(const CXXMemberCallExpr* m, const std::string& callee) {
    const Expr* n = m->getArg(0);
    if (n->isValueDependent()) return;
    auto count = n->getIntegerConstantExpr(ctx_);
    if (!count) return;
    std::uint64_t element = 1;
    if (const auto* spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(m->getRecordDecl());
        spec && spec->getTemplateArgs().size() > 0) {
      QualType t = spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type ? spec->getTemplateArgs()[0].getAsType() : QualType();
      if (!t.isNull() && !t->isIncompleteType() && !t->isDependentType())
        element = static_cast<std::uint64_t>(ctx_.getTypeSizeInChars(t).getQuantity());
    }
    allocation(count->getZExtValue() * element, callee, m->getExprLoc());
  }

  bool loop(Stmt* s, Expr* cond, Stmt* body) {
    if (!inMain(s->getBeginLoc())) return true;
    model::LoopFact l;
    l.range = s_.range(s->getBeginLoc(), s->getBeginLoc());
    l.extent = s_.range(s->getBeginLoc(), s->getEndLoc());
    l.function = function_;
    bool alwaysTrue = cond == nullptr;
    bool value = false;
    if (cond && !cond->isValueDependent() && cond->EvaluateAsBooleanCondition(value, ctx_)) alwaysTrue = value;
    l.boundedExit = !alwaysTrue || exits(body, 0);
    if (!constantBound(cond)) countsFrom(cond, l);
    s_.facts.loops.push_back(std::move(l));
    return true;
  }

  /// Numbers in a loop condition that come from the event or a parameter, uncapped.
  void countsFrom(const Stmt* s, model::LoopFact& l) const {
    if (!s) return;
    if (auto* ref = dyn_cast<DeclRefExpr>(s); ref && isNumber(ref->getDecl()) && !capped_.count(ref->getDecl())) {
      if (tainted_.count(ref->getDecl())) l.countFromEvent = true;
      if (auto it = paramBits_.find(ref->getDecl()); it != paramBits_.end()) l.countParams |= it->second;
    }
    for (const Stmt* child : s->children()) countsFrom(child, l);
  }

  /// `i < n && i < 1000`: a comparison with a constant whose other side is not the caller's
  /// number bounds the loop whatever the event says.
  bool constantBound(const Stmt* s) const {
    if (!s) return false;
    if (auto* op = dyn_cast<BinaryOperator>(s); op && op->isRelationalOp()) {
      auto constant = [&](const Expr* e) { return !e->isValueDependent() && e->isEvaluatable(ctx_); };
      auto callersNumber = [&](const Expr* e) {
        model::LoopFact probe;
        countsFrom(e, probe);
        return probe.countFromEvent || probe.countParams;
      };
      if ((constant(op->getRHS()) && !callersNumber(op->getLHS())) || (constant(op->getLHS()) && !callersNumber(op->getRHS()))) return true;
    }
    if (auto* op = dyn_cast<BinaryOperator>(s); op && op->getOpcode() == BO_LOr) return false;  // either side may run on
    for (const Stmt* child : s->children())
      if (constantBound(child)) return true;
    return false;
  }

  static bool isNumber(const Decl* d) {
    const auto* v = dyn_cast<ValueDecl>(d);
    return v && v->getType().getNonReferenceType()->isArithmeticType();
  }

  /// A number compared with a constant has been checked; so has one that came out of std::min or
  /// std::clamp (isCap).
  void capChecks(const Stmt* s) {
    if (!s) return;
    if (auto* op = dyn_cast<BinaryOperator>(s); op && op->isRelationalOp()) {
      const Expr* lhs = op->getLHS()->IgnoreParenImpCasts();
      const Expr* rhs = op->getRHS()->IgnoreParenImpCasts();
      auto constant = [&](const Expr* e) { return !e->isValueDependent() && e->isEvaluatable(ctx_); };
      if (auto* ref = dyn_cast<DeclRefExpr>(lhs); ref && isNumber(ref->getDecl()) && constant(rhs)) capped_.insert(ref->getDecl());
      if (auto* ref = dyn_cast<DeclRefExpr>(rhs); ref && isNumber(ref->getDecl()) && constant(lhs)) capped_.insert(ref->getDecl());
    }
    for (const Stmt* child : s->children()) capChecks(child);
  }
  static bool isCap(const Expr* e) {
    if (auto* call = dyn_cast_or_null<CallExpr>(e ? e->IgnoreParenImpCasts() : nullptr))
      if (const FunctionDecl* f = call->getDirectCallee()) {
        const std::string name = f->getQualifiedNameAsString();
        return name == "std::min" || name == "std::clamp";
      }
    return false;
  }

  /// A break of this loop, a return, a goto or a throw anywhere in its body.
  static bool exits(const Stmt* s, int nestedLoops) {
    if (!s) return false;
    if (isa<ReturnStmt>(s) || isa<GotoStmt>(s) || isa<CXXThrowExpr>(s)) return true;
    if (isa<BreakStmt>(s)) return nestedLoops == 0;
    bool loopOrSwitch = isa<WhileStmt>(s) || isa<DoStmt>(s) || isa<ForStmt>(s) || isa<CXXForRangeStmt>(s) || isa<SwitchStmt>(s);
    for (const Stmt* child : s->children())
      if (exits(child, nestedLoops + (loopOrSwitch ? 1 : 0))) return true;
    return false;
  }

  /// Which parameters of the current function an expression is computed from (bit i: parameter i).
  std::uint32_t paramsOf(const Stmt* s) const {
    if (!s) return 0;
    std::uint32_t bits = 0;
    if (auto* ref = dyn_cast<DeclRefExpr>(s); ref && !capped_.count(ref->getDecl()))
      if (auto it = paramBits_.find(ref->getDecl()); it != paramBits_.end()) bits = it->second;
    for (const Stmt* child : s->children()) bits |= paramsOf(child);
    return bits;
  }

  bool mentionsEvent(const Stmt* s) const {
    if (!s) return false;
    // A number checked against a constant is no longer the caller's to choose.
    if (auto* ref = dyn_cast<DeclRefExpr>(s); ref && tainted_.count(ref->getDecl()) && !capped_.count(ref->getDecl())) return true;
    for (const Stmt* child : s->children())
      if (mentionsEvent(child)) return true;
    return false;
  }

  std::string literal(const Expr* a) const {
    a = a->IgnoreParenImpCasts();
    if (auto* i = dyn_cast<IntegerLiteral>(a)) return llvm::toString(i->getValue(), 10, true);
    if (auto* b = dyn_cast<CXXBoolLiteralExpr>(a)) return b->getValue() ? "true" : "false";
    if (auto* str = dyn_cast<StringLiteral>(a)) return str->getBytes().str();
    if (auto* ref = dyn_cast<DeclRefExpr>(a))
      if (isa<EnumConstantDecl>(ref->getDecl())) return ref->getDecl()->getNameAsString();
    return "";
  }

  bool inMain(SourceLocation l) const { return l.isValid() && s_.sm->isWrittenInMainFile(s_.sm->getFileLoc(l)); }

  FileState& s_;
  ASTContext& ctx_;
  std::string function_;
  const FunctionDecl* mainFn_ = nullptr;
  std::set<const Decl*> tainted_;
  std::map<const Decl*, std::uint32_t> paramBits_;  ///< parameters, and locals computed from them
  std::set<const Decl*> capped_;  ///< numbers checked against a constant (or clamped) before use
  std::set<const CallExpr*> discarded_;  ///< calls whose value nothing keeps
  std::set<unsigned> seenCalls_;
  std::set<std::string> readsWhole_;  ///< functions already noted for reading a whole stream
  std::vector<std::tuple<unsigned, unsigned, std::string>> bodies_;  ///< function body offsets
};

/// Calls the AST lost (their declarations are in headers that are not installed), recovered
/// from the raw tokens: `ident(::ident)* (`, and `x.method(` / `x->method(`.
void recoverCalls(FileState& s, StringRef text, const Visitor& v) {
  LangOptions lo;
  lo.CPlusPlus = lo.CPlusPlus17 = true;
  const SourceLocation start = s.sm->getLocForStartOfFile(s.sm->getMainFileID());
  Lexer lexer(start, lo, text.begin(), text.begin(), text.end());
  std::vector<Token> toks;
  Token t;
  while (!lexer.LexFromRawLexer(t)) toks.push_back(t);
  toks.push_back(t);
  auto offset = [&](const Token& tok) { return s.sm->getFileOffset(tok.getLocation()); };
  auto spelling = [&](const Token& tok) { return text.substr(offset(tok), tok.getLength()).str(); };
  static const std::set<std::string> keywords = {"if", "while", "for", "switch", "return", "sizeof", "catch", "decltype", "alignof"};
  for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
    if (toks[i].isNot(tok::raw_identifier) || (i > 0 && toks[i - 1].is(tok::coloncolon))) continue;
    std::size_t j = i;
    std::string name = spelling(toks[i]);
    while (j + 2 < toks.size() && toks[j + 1].is(tok::coloncolon) && toks[j + 2].is(tok::raw_identifier)) {
      j += 2;
      name += "::" + spelling(toks[j]);
    }
    std::string function;
    for (const auto& [b, e, fn] : v.bodies())
      if (offset(toks[i]) >= b && offset(toks[i]) < e) function = fn;
    if (j > i) s.facts.names.push_back({name, {s.file, offset(toks[i]), offset(toks[j]) + toks[j].getLength()}, function});
    if (toks[j + 1].isNot(tok::l_paren) || keywords.count(name)) continue;
    bool member = i > 0 && (toks[i - 1].is(tok::period) || toks[i - 1].is(tok::arrow));
    // A declaration `Type name(args)` is not a call: skip when an identifier precedes a plain name.
    if (!member && i > 0 && toks[i - 1].is(tok::raw_identifier) && name.find("::") == std::string::npos) continue;
    unsigned begin = offset(toks[j]);
    if (v.seenCalls().count(begin) || v.seenCalls().count(offset(toks[i]))) continue;
    model::CallFact c;
    c.callee = member ? spelling(toks[j]) : name;
    c.resolved = false;
    c.range = {s.file, begin, begin + toks[j].getLength()};
    c.function = function;
    // Arguments: literal tokens between the parentheses, split at top-level commas.
    int depth = 0;
    std::string arg;
    bool lit = true, any = false;
    for (std::size_t k = j + 2; k < toks.size() && toks[k].isNot(tok::eof); ++k) {
      if (toks[k].isOneOf(tok::l_paren, tok::l_square, tok::l_brace)) ++depth;
      if (toks[k].isOneOf(tok::r_paren, tok::r_square, tok::r_brace) && depth-- == 0) {
        if (any) c.args.push_back(lit ? arg : "");
        break;
      }
      if (depth == 0 && toks[k].is(tok::comma)) {
        c.args.push_back(lit ? arg : "");
        arg.clear();
        lit = true;
        any = false;
        continue;
      }
      any = true;
      if (!arg.empty() || !(toks[k].isOneOf(tok::numeric_constant, tok::raw_identifier, tok::string_literal))) lit = false;
      arg += spelling(toks[k]);
    }
    c.argFromEvent.assign(c.args.size(), false);
    c.argParams.assign(c.args.size(), 0);
    s.facts.calls.push_back(std::move(c));
  }
}

class Consumer : public ASTConsumer {
 public:
  Consumer(FileState& s, StringRef text) : s_(s), text_(text.str()) {}
  void HandleTranslationUnit(ASTContext& ctx) override {
    Visitor v(s_, ctx);
    // Only what the file itself declares: walking the standard library's headers too would cost
    // more than the parse, and facts are about this file.
    for (Decl* d : ctx.getTranslationUnitDecl()->decls()) {
      const SourceLocation at = d->isImplicit() ? SourceLocation() : s_.sm->getExpansionLoc(d->getBeginLoc());
      if (at.isValid() && s_.sm->isWrittenInMainFile(at)) v.TraverseDecl(d);
    }
    v.finish();
    recoverCalls(s_, text_, v);
    s_.facts.errors = ctx.getDiagnostics().getClient()->getNumErrors();
  }

 private:
  FileState& s_;
  std::string text_;
};

/// Counts errors for the confidence signal and prints nothing: findings are faaslint's output,
/// not the compiler's complaints about headers that are not installed. Errors about names that
/// nothing declared are counted apart: a missing SDK header causes dozens of them, and they do
/// not hide the calls, which are recovered by name.
class QuietDiagnostics : public DiagnosticConsumer {
 public:
  explicit QuietDiagnostics(model::SourceFacts& facts) : facts_(facts) {}
  void HandleDiagnostic(DiagnosticsEngine::Level level, const Diagnostic& info) override {
    DiagnosticConsumer::HandleDiagnostic(level, info);  // keeps the counts
    if (level < DiagnosticsEngine::Error) return;
    switch (info.getID()) {
      case diag::err_undeclared_var_use:
      case diag::err_undeclared_var_use_suggest:
      case diag::err_undeclared_use:
      case diag::err_no_member:
      case diag::err_no_member_suggest:
      case diag::err_no_member_template:
      case diag::err_no_template:
      case diag::err_unknown_typename:
      case diag::err_unknown_typename_suggest:
      case diag::err_unknown_type_or_class_name_suggest:
      case diag::err_expected_namespace_name:
      case diag::err_expected_class_name: ++facts_.unknownNameErrors; break;
      default: break;
    }
  }

 private:
  model::SourceFacts& facts_;
};

class Action : public ASTFrontendAction {
 public:
  Action(FileState& s, StringRef text) : s_(s), text_(text) {}
  bool BeginSourceFileAction(CompilerInstance& ci) override {
    // Missing SDK headers must not stop the analysis (returning true from FileNotFound does not
    // skip an include in clang 14; this does).
    ci.getPreprocessor().SetSuppressIncludeNotFoundError(true);
    ci.getDiagnostics().setClient(new QuietDiagnostics(s_.facts), /*ShouldOwnClient=*/true);
    s_.sm = &ci.getSourceManager();
    ci.getPreprocessor().addPPCallbacks(std::make_unique<Includes>(s_));
    return true;
  }
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance&, StringRef) override { return std::make_unique<Consumer>(s_, text_); }

 private:
  FileState& s_;
  StringRef text_;
};

/// The real file system, bounded to some folders: a path elsewhere (after its links are
/// resolved) does not exist. Clang then treats an `#include "/etc/shadow"` like any missing
/// header. The system's own folders stay readable: the standard headers and the toolchain that
/// Clang's driver looks for are there, and hold nothing of the user's.
class BoundedFileSystem final : public llvm::vfs::ProxyFileSystem {
 public:
  BoundedFileSystem(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> real, std::vector<std::string> roots)
      : ProxyFileSystem(std::move(real)), roots_(std::move(roots)) {
    for (const char* system : {"/usr", "/lib", "/lib64", FAASLINT_CLANG_RESOURCE_DIR}) roots_.emplace_back(system);
    // Clang's driver reads which distribution this is to find the standard headers.
    for (const char* release : {"/etc/os-release", "/etc/lsb-release", "/etc/debian_version", "/etc/redhat-release", "/etc/SuSE-release",
                                "/etc/gentoo-release", "/etc/env.d/gcc"})
      roots_.emplace_back(release);
  }
  llvm::ErrorOr<llvm::vfs::Status> status(const Twine& path) override {
    if (!allowed(path)) return std::make_error_code(std::errc::no_such_file_or_directory);
    return ProxyFileSystem::status(path);
  }
  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>> openFileForRead(const Twine& path) override {
    if (!allowed(path)) return std::make_error_code(std::errc::no_such_file_or_directory);
    return ProxyFileSystem::openFileForRead(path);
  }
  llvm::vfs::directory_iterator dir_begin(const Twine& dir, std::error_code& ec) override {
    if (!allowed(dir)) {
      ec = std::make_error_code(std::errc::no_such_file_or_directory);
      return {};
    }
    return ProxyFileSystem::dir_begin(dir, ec);
  }

 private:
  bool allowed(const Twine& path) {
    SmallString<256> p;
    path.toVector(p);
    if (llvm::sys::path::is_relative(p)) {
      auto cwd = getCurrentWorkingDirectory();
      if (!cwd) return false;
      SmallString<256> joined(*cwd);
      llvm::sys::path::append(joined, p);
      p = joined;
    }
    // A link is judged by where it leads, and `..` after a link (/lib -> usr/lib) goes up from its
    // target: the real path first; a path that does not exist is judged as written.
    SmallString<256> real;
    if (!getUnderlyingFS().getRealPath(p, real))
      p = real;
    else
      llvm::sys::path::remove_dots(p, /*remove_dot_dot=*/true);
    const StringRef s = p.str();
    return std::any_of(roots_.begin(), roots_.end(),
                       [&](const std::string& r) { return s == r || (s.startswith(r) && (r.back() == '/' || s[r.size()] == '/')); });
  }
  std::vector<std::string> roots_;
};

class ClangAnalyzer final : public CxxAnalyzer {
 public:
  void exitOnOutOfMemory(int code) override {
    static int exitCode = 1;
    exitCode = code;
    llvm::install_bad_alloc_error_handler([](void*, const char*, bool) { std::_Exit(exitCode); });
  }

  model::SourceFacts analyze(const CxxRequest& req) override {
    model::SourceFacts facts;
    facts.file = req.file;
    const bool c = StringRef(req.path).endswith(".c");
    facts.language = c ? "c" : "cpp";
    FileState state{facts, req.file};
    std::vector<std::string> args = {c ? "-std=c11" : "-std=c++17", "-fsyntax-only", "-ferror-limit=0", "-fno-spell-checking",
                                     "-Wno-everything", "-fno-color-diagnostics",
                                     "-fno-caret-diagnostics",  // also silences "N errors generated"
                                     // Bounds for hostile code: deep templates, runaway constexpr, deep nesting.
                                     "-ftemplate-depth=128", "-fconstexpr-steps=1000000", "-fbracket-depth=256",
                                     std::string("-resource-dir=") + FAASLINT_CLANG_RESOURCE_DIR, std::string("-idirafter") + kStandInDir};
    if (c) args.insert(args.begin(), "-xc");
    std::vector<std::string> readable;  // the folders the scan may read (kReadableFlag): not Clang's flags
    for (const auto& a : req.extraArgs) {
      if (StringRef(a).startswith(kReadableFlag))
        readable.push_back(a.substr(kReadableFlag.size()));
      else
        args.push_back(a);
    }
    std::error_code ec;
    std::string path = req.path;
    if (!path.empty() && path[0] != '/') path = (std::filesystem::current_path(ec) / path).string();
    // The file as read for this scan and the stand-in headers, over the real file system (bounded
    // to the readable folders when the scan gave them).
    llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> real = llvm::vfs::getRealFileSystem();
    if (!readable.empty()) real = llvm::makeIntrusiveRefCnt<BoundedFileSystem>(real, std::move(readable));
    auto overlay = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(real);
    auto memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
    overlay->pushOverlay(memory);
    memory->addFile(path, 0, llvm::MemoryBuffer::getMemBufferCopy(req.text));
    for (const auto& [header, text] : standInHeaders())
      memory->addFile(std::string(kStandInDir) + "/" + std::string(header), 0, llvm::MemoryBuffer::getMemBuffer(text));
    bool ok = tooling::runToolOnCodeWithArgs(std::make_unique<Action>(state, req.text), req.text, overlay, args, path, "faaslint",
                                             std::make_shared<PCHContainerOperations>());
    if (!ok && facts.errors == 0) facts.errors = 1;
    return facts;
  }
};

}  // namespace
}  // namespace faaslint::languages

extern "C" faaslint::languages::CxxAnalyzer* faaslint_create_cxx_analyzer() { return new faaslint::languages::ClangAnalyzer(); }
