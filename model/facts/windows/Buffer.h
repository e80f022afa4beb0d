// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Memory for the variable-sized structures that Windows fills in (service lists, adapter lists,
// token information): a size in bytes, aligned for any of them.

#include <windows.h>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace prep::facts::win {

class Buffer
{
public:
    explicit Buffer(std::size_t bytes = 0) { resize(bytes); }

    void resize(std::size_t bytes) { words_.resize((bytes + sizeof(Word) - 1) / sizeof(Word)); }
    // As the DWORD or ULONG that size arguments are.
    DWORD bytes() const { return static_cast<DWORD>(words_.size() * sizeof(Word)); }
    template<typename T> T *as() { return reinterpret_cast<T *>(words_.data()); }

private:
    using Word = std::uint64_t; // aligned like the pointers and 64-bit integers in the structures
    std::vector<Word> words_;
};

} // namespace prep::facts::win
