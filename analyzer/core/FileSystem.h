#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace faaslint::core {

enum class FileKind { Missing, Regular, Directory, Other };

/// Result of reading a file: the bytes, or an error message such as "permission denied".
struct ReadResult {
  std::optional<std::string> text;
  std::string error;
};

/// A directory entry; `symlink` entries to directories are not descended into.
struct DirEntry {
  std::string name;
  FileKind kind = FileKind::Other;
  bool symlink = false;
};

/// The file system as the scanner sees it. Paths use '/' separators.
class FileSystem {
 public:
  virtual ~FileSystem() = default;
  /// Kind of the path, following symbolic links (a link loop is Other).
  virtual FileKind kind(const std::string& path) const = 0;
  /// Reads at most `limit` bytes; a larger file is an error ("file is larger than ...").
  virtual ReadResult read(const std::string& path, std::uint64_t limit) const = 0;
  /// Entries of a directory, sorted by name; empty when it cannot be listed, and then `error`
  /// (when given) says why.
  virtual std::vector<DirEntry> list(const std::string& dir, std::string* error) const = 0;
  std::vector<DirEntry> list(const std::string& dir) const { return list(dir, nullptr); }
  /// The path with every symbolic link resolved, absolute; "" when it cannot be resolved. What a
  /// link inside the scanned tree leads to is judged by it.
  virtual std::string realPath(const std::string& path) const = 0;
};

/// The real file system (std::filesystem and POSIX).
class RealFileSystem final : public FileSystem {
 public:
  FileKind kind(const std::string& path) const override;
  ReadResult read(const std::string& path, std::uint64_t limit) const override;
  using FileSystem::list;
  std::vector<DirEntry> list(const std::string& dir, std::string* error) const override;
  std::string realPath(const std::string& path) const override;
};

/// An in-memory file system for tests: files by path, directories implied by the paths.
class InMemoryFileSystem final : public FileSystem {
 public:
  void add(const std::string& path, std::string text) { files_[normalize(path)] = std::move(text); }
  FileKind kind(const std::string& path) const override;
  ReadResult read(const std::string& path, std::uint64_t limit) const override;
  using FileSystem::list;
  std::vector<DirEntry> list(const std::string& dir, std::string* error) const override;
  /// No links here: the path itself, made absolute under "/".
  std::string realPath(const std::string& path) const override;

 private:
  static std::string normalize(const std::string& p);
  std::map<std::string, std::string> files_;
};

/// Another file system with some files' text replaced or added: an editor's unsaved buffers
/// over the disk, so a language server scans what the user sees. Paths are compared as the scan
/// names them (relative to the working directory, or absolute), after `joinNormal`.
class OverlayFileSystem final : public FileSystem {
 public:
  explicit OverlayFileSystem(const FileSystem& base) : base_(base) {}
  void add(const std::string& path, std::string text);
  FileKind kind(const std::string& path) const override;
  ReadResult read(const std::string& path, std::uint64_t limit) const override;
  using FileSystem::list;
  /// The base's entries and the buffers in that folder that are not on disk yet.
  std::vector<DirEntry> list(const std::string& dir, std::string* error) const override;
  /// The base's answer; for a buffer that is not on disk, its path made absolute.
  std::string realPath(const std::string& path) const override;

 private:
  const FileSystem& base_;
  std::map<std::string, std::string> files_;
};

/// The folder of a path ("" for a file at the top): "a/b/c.py" -> "a/b".
std::string folderOf(const std::string& path);
/// Joins two path parts with one '/'.
std::string joinPath(const std::string& dir, const std::string& name);
/// `dir/rel` with `.` and `..` resolved and no trailing '/'; "" for the scan root ("", ".").
std::string joinNormal(const std::string& dir, const std::string& rel);

}  // namespace faaslint::core
