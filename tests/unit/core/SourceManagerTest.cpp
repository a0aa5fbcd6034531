#include <gtest/gtest.h>

#include "core/SourceManager.h"
#include "core/Text.h"

using namespace faaslint::core;

TEST(SourceManager, LinesAndColumnsAreOneBased) {
  SourceManager sm;
  FileId id = sm.add("a.yaml", "ab\ncd\n\nef");
  const auto& f = sm.file(id);
  EXPECT_EQ(f.position(0).line, 1u);
  EXPECT_EQ(f.position(0).column, 1u);
  EXPECT_EQ(f.position(4).line, 2u);
  EXPECT_EQ(f.position(4).column, 2u);
  EXPECT_EQ(f.position(6).line, 3u);
  EXPECT_EQ(f.position(7).line, 4u);
  EXPECT_EQ(f.lineText(2), "cd");
  EXPECT_EQ(f.position(1000).line, 4u);  // clamps
}

TEST(SourceManager, ColumnsCountUtf16CodeUnits) {
  SourceManager sm;
  // é is 2 bytes / 1 unit; 😀 is 4 bytes / 2 units (a surrogate pair).
  FileId id = sm.add("a", "é😀x");
  EXPECT_EQ(sm.file(id).position(2).column, 2u);
  EXPECT_EQ(sm.file(id).position(6).column, 4u);
}

TEST(SourceManager, InvalidUtf8CountsOneUnitPerByte) {
  EXPECT_EQ(utf16Length("\xff\xfe"), 2u);
  EXPECT_EQ(utf16Length("\xe2\x82"), 2u);  // truncated sequence
}

TEST(SourceManager, CrLfLinesExcludeTheTerminator) {
  SourceManager sm;
  FileId id = sm.add("a", "x: 1\r\ny: 2\r\n");
  EXPECT_EQ(sm.file(id).lineText(1), "x: 1");
}

TEST(SourceManager, AUtf8ByteOrderMarkTakesNoColumn) {
  // The mark shifted every location three columns left (the parsers skip it, offsets counted it).
  SourceManager sm;
  auto id = sm.add("t", "\xEF\xBB\xBFkey: value\n");
  EXPECT_EQ(sm.file(id).text(), "key: value\n");
  EXPECT_EQ(sm.file(id).position(5).column, 6u);
}

TEST(Text, ValidUtf8ReplacesEachBadByteAndKeepsTheRest) {
  EXPECT_EQ(validUtf8("caf\xC3\xA9 \xF0\x9F\x98\x80"), "caf\xC3\xA9 \xF0\x9F\x98\x80");
  EXPECT_EQ(validUtf8("a\xFF"
                      "b"),
            "a\xEF\xBF\xBD"
            "b");
  // Overlong forms, surrogates and a truncated sequence are not UTF-8 either.
  EXPECT_EQ(validUtf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(validUtf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(validUtf8("x\xE2\x82"), "x\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(Text, PrintableEscapesControlsAndStrayBytesOnly) {
  EXPECT_EQ(printable("f\x1b[31mRED\a"), "f\\x1b[31mRED\\x07");
  EXPECT_EQ(printable("tab\tstays, \xC3\xA9 stays, \xC2\x9B is C1, \xFF is not UTF-8"),
            "tab\tstays, \xC3\xA9 stays, \\xc2\\x9b is C1, \\xff is not UTF-8");
}

TEST(Text, Utf16And32AreRecognisedWithOrWithoutAMark) {
  EXPECT_EQ(nonUtf8Encoding(std::string_view("\xFF\xFEs\0e\0", 6)), "UTF-16LE");
  EXPECT_EQ(nonUtf8Encoding(std::string_view("\xFE\xFF\0s\0e", 6)), "UTF-16BE");
  EXPECT_EQ(nonUtf8Encoding(std::string_view("\xFF\xFE\0\0s\0\0\0", 8)), "UTF-32LE");
  EXPECT_EQ(nonUtf8Encoding(std::string_view("s\0e\0r\0", 6)), "UTF-16LE");
  EXPECT_EQ(nonUtf8Encoding("\xEF\xBB\xBFservice: s\n"), "");
  EXPECT_EQ(nonUtf8Encoding("service: s\n"), "");
}
