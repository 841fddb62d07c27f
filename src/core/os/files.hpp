// SPDX-License-Identifier: EUPL-1.2
// What lagesbild asks of the file system that differs between platforms;
// files_posix.cpp and files_windows.cpp answer it. Paths are UTF-8.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lagesbild {

using FileMode = unsigned;  // POSIX permission bits (0640); ignored on Windows
enum class Overwrite { Never, Allowed };
enum class FileKind { Missing, Regular, Folder, Link, Other };

// What `path` is, without following a link. On Windows a junction, a
// symbolic link or any other reparse point is a Link: a folder scan names
// it and never follows it.
FileKind file_kind(const std::string& path);

// The permission bits of `path`, or nothing (no such file; on Windows a
// file is protected by the access rights it inherits from its folder).
std::optional<FileMode> permission_bits(const std::string& path);

// Whether this user may write to the existing file `path` itself (not only
// to its folder): a read-only file is left alone even where replacing it
// would be allowed.
bool may_write_file(const std::string& path);

// A new folder in the temporary folder that only this user can open
// ("<prefix>-XXXXXX"); empty on failure.
std::string make_private_folder(std::string_view prefix);

// The platform's half of write_file_atomically(), once the target is known
// to be missing or an ordinary file: a temporary file beside `path`, written,
// flushed and renamed into place (Overwrite::Never: never over a file that
// appeared meanwhile). The temporary file is removed on failure and on
// interruption.
std::optional<std::string> write_beside_and_rename(const std::string& path, std::string_view content, FileMode mode,
                                                   Overwrite overwrite);

}  // namespace lagesbild
