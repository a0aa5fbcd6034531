#include <gtest/gtest.h>

#include "../TestSupport.h"
#include "document/Document.h"

using namespace faaslint;
using document::Node;

namespace {
struct Parsed {
  core::SourceManager sm;
  core::FileId id;
  document::Document doc;
  Parsed(std::string text, bool json)
      : id(sm.add("t", std::move(text))),
        doc(json ? document::parseJson(id, sm.file(id).text()) : document::parseYaml(id, sm.file(id).text())) {}
  core::Position begin(const Node* n) const { return sm.begin(n->range); }
  core::Position end(const Node* n) const { return sm.end(n->range); }
};
}  // namespace

TEST(YamlDocument, KeepsShortFormTagsAndRanges) {
  Parsed p("A: !Ref Foo\nB: !GetAtt X.Arn\nC: !If [Cond, 1, 2]\n", false);
  ASSERT_TRUE(p.doc.errors().empty());
  const Node* a = p.doc.root()->get("A");
  EXPECT_EQ(a->tag, "!Ref");
  EXPECT_EQ(a->text, "Foo");
  EXPECT_EQ(p.begin(a).column, 4u);  // the range includes the tag
  EXPECT_EQ(p.end(a).column, 12u);
  EXPECT_EQ(p.doc.root()->get("B")->tag, "!GetAtt");
  const Node* c = p.doc.root()->get("C");
  EXPECT_EQ(c->tag, "!If");
  ASSERT_TRUE(c->isSeq());
  EXPECT_EQ(c->items.size(), 3u);
}

TEST(YamlDocument, QuotedAndPlainScalarsDiffer) {
  Parsed p("a: \"900\"\nb: 900\nc: 'it''s'\n", false);
  EXPECT_EQ(p.doc.root()->get("a")->style, document::ScalarStyle::Quoted);
  EXPECT_EQ(p.doc.root()->get("b")->style, document::ScalarStyle::Plain);
  const Node* c = p.doc.root()->get("c");
  EXPECT_EQ(c->text, "it's");
  EXPECT_EQ(p.end(c).column, 11u);
}

TEST(YamlDocument, NestedPositionsAndFlowCollections) {
  Parsed p("Resources:\n  Fn:\n    Props: {Memory: 128, List: [a, b]}\n", false);
  const Node* props = p.doc.root()->at({"Resources", "Fn", "Props"});
  ASSERT_NE(props, nullptr);
  EXPECT_EQ(p.begin(props).line, 3u);
  EXPECT_EQ(p.begin(props).column, 12u);
  EXPECT_EQ(p.end(props).column, 39u);  // includes the closing brace
  const Node* mem = props->get("Memory");
  EXPECT_EQ(p.begin(mem).column, 21u);
}

TEST(YamlDocument, AliasesShareTheAnchoredNode) {
  Parsed p("a: &x {k: v}\nb: *x\n", false);
  EXPECT_EQ(p.doc.root()->get("a"), p.doc.root()->get("b"));
}

TEST(YamlDocument, AliasBombIsBounded) {
  Parsed p(test::aliasBomb(), false);
  ASSERT_EQ(p.doc.errors().size(), 1u);
  EXPECT_NE(p.doc.errors()[0].message.find("alias"), std::string::npos);
}

TEST(YamlDocument, DeepNestingIsAnErrorNotACrash) {
  Parsed p("a: " + std::string(10000, '[') + std::string(10000, ']'), false);
  ASSERT_FALSE(p.doc.errors().empty());
  EXPECT_NE(p.doc.errors()[0].message.find("deeper"), std::string::npos);
}

TEST(YamlDocument, SyntaxErrorHasAPosition) {
  Parsed p("a: 1\nb: [1, 2\n", false);
  ASSERT_FALSE(p.doc.errors().empty());
  EXPECT_GE(p.sm.begin(p.doc.errors()[0].range).line, 2u);
}

TEST(JsonDocument, EveryKeyAndValueHasItsPosition) {
  Parsed p("{\n  \"a\": \"x\\\"y\",\n\t\"b\": [1, -2.5e3, true, null]\n}", true);
  ASSERT_TRUE(p.doc.errors().empty());
  const Node* root = p.doc.root();
  const Node* a = root->get("a");
  EXPECT_EQ(a->text, "x\"y");
  EXPECT_EQ(p.begin(a).line, 2u);
  EXPECT_EQ(p.begin(a).column, 8u);
  EXPECT_EQ(p.end(a).column, 14u);
  EXPECT_EQ(p.begin(root->keyNode("b")).column, 2u);  // after a tab
  const Node* b = root->get("b");
  EXPECT_EQ(b->items[1]->text, "-2.5e3");
  EXPECT_EQ(p.begin(b->items[1]).column, 11u);
  EXPECT_EQ(b->items[2]->text, "true");
  EXPECT_TRUE(b->items[3]->isNull());
}

TEST(JsonDocument, SurrogatePairsAndUtf16Columns) {
  Parsed p("{\"\\ud83d\\ude00\": \"é\", \"k\": 1}", true);
  ASSERT_TRUE(p.doc.errors().empty());
  EXPECT_EQ(p.doc.root()->entries[0].first->text, "😀");
  const Node* k = p.doc.root()->keyNode("k");
  EXPECT_EQ(p.begin(k).column, 23u);
}

TEST(JsonDocument, StringEndingInEscapedBackslash) {
  Parsed p("{\"a\": \"x\\\\\", \"b\": 2}", true);
  ASSERT_TRUE(p.doc.errors().empty());
  EXPECT_EQ(p.doc.root()->get("a")->text, "x\\");
  EXPECT_EQ(p.begin(p.doc.root()->get("a")).column, 7u);
}

TEST(JsonDocument, ErrorsAreLocatedAndLeaveNoPartialTree) {
  Parsed p("{\n\"a\": }", true);
  ASSERT_EQ(p.doc.errors().size(), 1u);
  EXPECT_EQ(p.sm.begin(p.doc.errors()[0].range).line, 2u);
  EXPECT_EQ(p.doc.root(), nullptr);
}

TEST(JsonDocument, DeepNestingIsBounded) {
  Parsed p(std::string(10000, '[') + std::string(10000, ']'), true);
  ASSERT_FALSE(p.doc.errors().empty());
}

TEST(Document, DuplicateKeysKeepTheLaterOneAndAreRecorded) {
  for (bool json : {false, true}) {
    Parsed p(json ? R"({"A": 1, "B": 2, "A": 3})" : "A: 1\nB: 2\nA: 3\n", json);
    ASSERT_TRUE(p.doc.errors().empty());
    ASSERT_EQ(p.doc.root()->entries.size(), 2u) << json;
    EXPECT_EQ(p.doc.root()->get("A")->text, "3");
    ASSERT_EQ(p.doc.duplicateKeys().size(), 1u);
    const auto& d = p.doc.duplicateKeys()[0];
    EXPECT_EQ(d.key, "A");
    EXPECT_LT(d.first.begin, d.second.begin);
    EXPECT_EQ(p.sm.begin(d.second).line, json ? 1u : 3u);
  }
}

TEST(Document, DuplicateKeysInALargeMappingAreFoundThroughTheIndex) {
  std::string text;
  for (int round = 0; round < 2; ++round)
    for (int i = 0; i < 5000; ++i) text += "k" + std::to_string(i) + ": " + std::to_string(round) + "\n";
  Parsed p(text, false);
  ASSERT_TRUE(p.doc.errors().empty());
  EXPECT_EQ(p.doc.root()->entries.size(), 5000u);
  EXPECT_EQ(p.doc.duplicateKeys().size(), 5000u);
  EXPECT_EQ(p.doc.root()->get("k4999")->text, "1");
  Parsed merge("base: &b {x: 1}\nm:\n  <<: *b\n  <<: *b\n", false);
  EXPECT_TRUE(merge.doc.duplicateKeys().empty());  // merge keys may repeat
}

TEST(YamlDocument, SyntaxErrorsAreWhereTheProblemIs) {
  {  // an unclosed flow sequence: at its [, with the parser's reason
    Parsed p("a: 1\nb: [x, y\n", false);
    ASSERT_EQ(p.doc.errors().size(), 1u);
    EXPECT_NE(p.doc.errors()[0].message.find("end of sequence flow not found"), std::string::npos);
    EXPECT_EQ(p.sm.begin(p.doc.errors()[0].range).line, 2u);
    EXPECT_EQ(p.sm.begin(p.doc.errors()[0].range).column, 4u);
  }
  {  // a quoted string that runs to the end of the file, which yaml-cpp accepts
    Parsed p("a: 1\nb: \"never closed\nc: 2\n", false);
    ASSERT_EQ(p.doc.errors().size(), 1u);
    EXPECT_NE(p.doc.errors()[0].message.find("never closed"), std::string::npos);
    EXPECT_EQ(p.sm.begin(p.doc.errors()[0].range).line, 2u);
  }
  {  // a closed one at the very end is fine
    Parsed p("a: 'it''s'", false);
    EXPECT_TRUE(p.doc.errors().empty());
    EXPECT_EQ(p.doc.root()->get("a")->text, "it's");
  }
  {  // the parser stopped at the end of the file: the last line, not one after it
    Parsed p("a: 1\nb: {x: 1\n\n\n", false);
    ASSERT_EQ(p.doc.errors().size(), 1u);
    EXPECT_EQ(p.sm.begin(p.doc.errors()[0].range).line, 2u);
  }
}

TEST(YamlDocument, TheNodeLimitCountsEachNodeOnce) {
  // 30 nested one-key maps over a list of 10: 71 nodes. Counted once per ancestor (as before)
  // the list's scalars alone made 310, and an honest document was called an alias bomb.
  std::string text;
  for (int i = 0; i < 30; ++i) text += std::string(2 * i, ' ') + "k:\n";
  text += std::string(60, ' ') + "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n";
  const document::ParseLimits limits{200, 100};
  core::SourceManager sm;
  auto id = sm.add("t", text);
  auto doc = document::parseYaml(id, sm.file(id).text(), limits);
  EXPECT_TRUE(doc.errors().empty()) << doc.errors()[0].message;
  // An alias still counts as the whole subtree it stands for.
  auto bomb = document::parseYaml(id, "a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n", limits);
  ASSERT_EQ(bomb.errors().size(), 1u);
  EXPECT_EQ(bomb.errors()[0].message, "aliases expand the document to more than 100 nodes; it was not read");
}
