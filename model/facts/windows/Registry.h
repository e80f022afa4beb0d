// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading the registry: one open key, its values and subkeys.

#include <windows.h>

#include <optional>
#include <string>
#include <vector>

namespace prep::facts::win {

class RegistryKey
{
public:
    // Opens parent\path for reading. `view` is 0, KEY_WOW64_64KEY or KEY_WOW64_32KEY: which of the
    // two HKLM\Software trees of 64-bit Windows to read (see softwareViews()).
    RegistryKey(HKEY parent, const std::wstring &path, REGSAM view = 0);
    ~RegistryKey();
    RegistryKey(RegistryKey &&other) noexcept;
    RegistryKey(const RegistryKey &) = delete;
    RegistryKey &operator=(const RegistryKey &) = delete;
    RegistryKey &operator=(RegistryKey &&) = delete;

    bool isOpen() const { return key_ != nullptr; }
    // Why it is not open: ERROR_FILE_NOT_FOUND when there is no such key.
    long error() const { return error_; }

    RegistryKey child(const std::wstring &path) const { return RegistryKey(key_, path, view_); }
    std::vector<std::wstring> subkeys() const;

    // A REG_SZ or REG_EXPAND_SZ value as stored (environment variables not expanded).
    std::optional<std::wstring> text(const wchar_t *name) const;
    // The strings of a REG_MULTI_SZ value.
    std::optional<std::vector<std::wstring>> texts(const wchar_t *name) const;
    std::optional<unsigned long> number(const wchar_t *name) const; // REG_DWORD

private:
    std::optional<std::wstring> raw(const wchar_t *name, DWORD wantedType) const;

    HKEY key_ = nullptr;
    REGSAM view_ = 0;
    long error_ = ERROR_SUCCESS;
};

// The views of HKLM\Software that hold what is installed: the 64-bit and the 32-bit tree on
// 64-bit Windows (whichever this program is), the one tree on 32-bit Windows.
std::vector<REGSAM> softwareViews();

// The view that shows 64-bit Windows' own tree, also to a 32-bit program running under WOW64.
REGSAM nativeView();

} // namespace prep::facts::win
