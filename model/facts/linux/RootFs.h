// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The files of one Linux system below a root directory: "/" for the live system, a fixture tree
// in tests. Every path given here is absolute as seen from that system ("/proc/meminfo").

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace prep::facts {

// Most bytes read of one file, and most entries listed of one directory: what is beyond is a
// damaged or hostile tree, not a system.
inline constexpr std::size_t maxReadBytes = 16 * 1024 * 1024;
inline constexpr std::size_t maxListEntries = 100000;
// FileText::error beyond errno's values.
inline constexpr int notAnOrdinaryFile = -1; // a device, a named pipe, a folder
inline constexpr int tooLarge = -2;          // more than maxReadBytes

struct FileText
{
    std::string text;
    int error = 0; // errno of the failed open or read (or one of the two above), 0 when read
    bool ok() const { return error == 0; }
};

class RootFs
{
public:
    explicit RootFs(std::string root);

    bool isLive() const { return root_.empty(); }
    // The path on this computer, e.g. "/tmp/fixture/proc/meminfo" for "/proc/meminfo".
    std::string hostPath(const std::string &path) const;

    FileText read(const std::string &path) const;
    bool exists(const std::string &path) const;
    bool isDirectory(const std::string &path) const;
    // Entry names, sorted; empty when the directory is missing or unreadable.
    std::vector<std::string> list(const std::string &path) const;
    // Where a symbolic link points, as written; nothing when `path` is not a link.
    std::optional<std::string> linkTarget(const std::string &path) const;

private:
    std::string root_; // without a trailing slash; empty for "/"
};

// "Cannot read /proc/meminfo (No such file or directory)"
std::string describeError(const std::string &path, int error);

} // namespace prep::facts
