#include "core/FileSystem.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace faaslint::core {

namespace fs = std::filesystem;

std::string folderOf(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

std::string joinPath(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir == ".") return name;
  if (dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

std::string joinNormal(const std::string& dir, const std::string& rel) {
  std::string p = std::filesystem::path(dir.empty() ? rel : dir + "/" + rel).lexically_normal().generic_string();
  while (p.ends_with("/")) p.pop_back();
  return p == "." ? "" : p;
}

FileKind RealFileSystem::kind(const std::string& path) const {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return errno == ELOOP ? FileKind::Other : FileKind::Missing;
  if (S_ISREG(st.st_mode)) return FileKind::Regular;
  if (S_ISDIR(st.st_mode)) return FileKind::Directory;
  return FileKind::Other;
}

ReadResult RealFileSystem::read(const std::string& path, std::uint64_t limit) const {
  // Opened without blocking, then checked: opening a FIFO for reading waits for a writer, and a
  // device may never end. Only a regular file is read, up to its size at the time of fstat.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) return {std::nullopt, std::strerror(errno)};
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return {std::nullopt, S_ISFIFO(st.st_mode)  ? "a FIFO (named pipe), not a regular file"
                          : S_ISDIR(st.st_mode) ? "a directory, not a regular file"
                                                : "not a regular file (a device or a socket)"};
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  if (static_cast<std::uint64_t>(st.st_size) > limit) {
    ::close(fd);
    return {std::nullopt, fmt::format("file is {} bytes, larger than the {} byte limit", st.st_size, limit)};
  }
  std::string out;
  out.resize(static_cast<std::size_t>(st.st_size));
  std::size_t got = 0;
  while (got < out.size()) {
    ssize_t n = ::read(fd, out.data() + got, out.size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      std::string err = std::strerror(errno);
      ::close(fd);
      return {std::nullopt, err};
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  out.resize(got);
  ::close(fd);
  return {std::move(out), {}};
}

std::vector<DirEntry> RealFileSystem::list(const std::string& dir, std::string* error) const {
  std::vector<DirEntry> out;
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    if (error) *error = ec.message();
    return out;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) {
      if (error) *error = ec.message();
      break;
    }
    DirEntry e;
    e.name = it->path().filename().string();
    e.symlink = it->is_symlink(ec);
    e.kind = kind(it->path().string());
    out.push_back(std::move(e));
  }
  std::sort(out.begin(), out.end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  return out;
}

std::string RealFileSystem::realPath(const std::string& path) const {
  char* resolved = ::realpath(path.c_str(), nullptr);
  if (!resolved) return "";
  std::string out(resolved);
  std::free(resolved);
  return out;
}

std::string InMemoryFileSystem::realPath(const std::string& path) const {
  const std::string p = normalize(path);
  return "/" + (p == "." ? std::string() : p);
}

std::string InMemoryFileSystem::normalize(const std::string& p) {
  std::string s = p;
  while (s.size() > 2 && s.starts_with("./")) s = s.substr(2);
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

FileKind InMemoryFileSystem::kind(const std::string& path) const {
  std::string p = normalize(path);
  if (files_.count(p)) return FileKind::Regular;
  if (p == "." || p.empty()) return FileKind::Directory;
  auto it = files_.lower_bound(p + "/");
  if (it != files_.end() && it->first.starts_with(p + "/")) return FileKind::Directory;
  return FileKind::Missing;
}

ReadResult InMemoryFileSystem::read(const std::string& path, std::uint64_t limit) const {
  auto it = files_.find(normalize(path));
  if (it == files_.end()) return {std::nullopt, "No such file or directory"};
  if (it->second.size() > limit)
    return {std::nullopt, fmt::format("file is {} bytes, larger than the {} byte limit", it->second.size(), limit)};
  return {it->second, {}};
}

std::vector<DirEntry> InMemoryFileSystem::list(const std::string& dir, std::string*) const {
  std::string p = normalize(dir);
  std::string prefix = (p == "." || p.empty()) ? "" : p + "/";
  std::vector<DirEntry> out;
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.starts_with(prefix); ++it) {
    std::string rest = it->first.substr(prefix.size());
    auto slash = rest.find('/');
    std::string name = rest.substr(0, slash);
    if (!out.empty() && out.back().name == name) continue;
    out.push_back({name, slash == std::string::npos ? FileKind::Regular : FileKind::Directory, false});
  }
  return out;
}

void OverlayFileSystem::add(const std::string& path, std::string text) { files_[joinNormal("", path)] = std::move(text); }

FileKind OverlayFileSystem::kind(const std::string& path) const {
  const std::string p = joinNormal("", path);
  if (files_.count(p)) return FileKind::Regular;
  const FileKind k = base_.kind(path);
  if (k != FileKind::Missing) return k;
  // A folder that holds only buffers not yet saved.
  auto it = files_.lower_bound(p + "/");
  return it != files_.end() && it->first.starts_with(p + "/") ? FileKind::Directory : FileKind::Missing;
}

ReadResult OverlayFileSystem::read(const std::string& path, std::uint64_t limit) const {
  auto it = files_.find(joinNormal("", path));
  if (it == files_.end()) return base_.read(path, limit);
  if (it->second.size() > limit)
    return {std::nullopt, fmt::format("file is {} bytes, larger than the {} byte limit", it->second.size(), limit)};
  return {it->second, {}};
}

std::vector<DirEntry> OverlayFileSystem::list(const std::string& dir, std::string* error) const {
  std::vector<DirEntry> out = base_.list(dir, error);
  const std::string p = joinNormal("", dir);
  const std::string prefix = p.empty() ? "" : p + "/";
  bool added = false;
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.starts_with(prefix); ++it) {
    const std::string rest = it->first.substr(prefix.size());
    if (rest.empty() || rest.starts_with("/")) continue;
    const auto slash = rest.find('/');
    const std::string name = rest.substr(0, slash);
    if (std::any_of(out.begin(), out.end(), [&](const DirEntry& e) { return e.name == name; })) continue;
    out.push_back({name, slash == std::string::npos ? FileKind::Regular : FileKind::Directory, false});
    added = true;
  }
  if (added) {
    std::sort(out.begin(), out.end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
    if (error) error->clear();
  }
  return out;
}

std::string OverlayFileSystem::realPath(const std::string& path) const {
  std::string real = base_.realPath(path);
  if (!real.empty()) return real;
  std::string p = joinNormal("", path);
  if (!files_.count(p)) return "";
  if (p.starts_with("/")) return p;
  const std::string here = base_.realPath(".");
  return here.empty() ? "" : joinNormal(here, p);
}

}  // namespace faaslint::core
