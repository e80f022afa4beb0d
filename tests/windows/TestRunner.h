// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small test runner for the Windows tests (plain C++: Qt is not built for mingw-w64 here).
// TEST(name) { CHECK(...); CHECK_EQUAL(actual, expected); } registers a test; runTests() runs
// them all and prints one line per test and "N passed, N failed" last.

#include "Win32Text.h"

#include <functional>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace {

struct Failure : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

inline std::string show(const std::string &text)
{
    return "\"" + text + "\"";
}
inline std::string show(const std::wstring &text)
{
    return show(prep::facts::win::toUtf8(text));
}
inline std::string show(bool value)
{
    return value ? "true" : "false";
}
template<typename T> inline std::string show(const T &value)
{
    std::ostringstream stream;
    stream << value;
    return stream.str();
}
template<typename T> inline std::string show(const std::vector<T> &values)
{
    std::string text = "{";
    for (const T &value : values)
        text += (text.size() > 1 ? ", " : "") + show(value);
    return text + "}";
}

#define CHECK(condition)                                                                                               \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            throw Failure("line " + std::to_string(__LINE__) + ": " #condition);                                       \
    } while (false)

#define CHECK_EQUAL(actual, expected)                                                                                  \
    do {                                                                                                               \
        const auto &actualValue = (actual);                                                                            \
        const auto &expectedValue = (expected);                                                                        \
        if (!(actualValue == expectedValue))                                                                           \
            throw Failure("line " + std::to_string(__LINE__) + ": " #actual " is " + show(actualValue) +               \
                          ", expected " + show(expectedValue));                                                        \
    } while (false)

inline std::vector<std::pair<const char *, std::function<void()>>> &tests()
{
    static std::vector<std::pair<const char *, std::function<void()>>> list;
    return list;
}

struct Register
{
    Register(const char *name, std::function<void()> test) { tests().emplace_back(name, std::move(test)); }
};

#define TEST(name)                                                                                                     \
    void name();                                                                                                       \
    const Register register_##name(#name, name);                                                                       \
    void name()

inline int runTests()
{
    int passed = 0;
    int failed = 0;
    for (const auto &[name, test] : tests()) {
        try {
            test();
            ++passed;
            std::cout << "PASS   " << name << "\n";
        } catch (const std::exception &error) {
            ++failed;
            std::cout << "FAIL!  " << name << ": " << error.what() << "\n";
        }
    }
    std::cout << passed << " passed, " << failed << " failed" << std::endl;
    return failed == 0 ? 0 : 1;
}

} // namespace
