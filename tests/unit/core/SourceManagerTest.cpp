#include <gtest/gtest.h>

#include "core/SourceManager.h"

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
