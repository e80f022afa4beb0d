// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/helpers/ProgramSearch.h"

#include <QString>

#include <algorithm>

namespace prep {

namespace {
bool containsAny(const std::string &text, std::initializer_list<const char *> words)
{
    const QString haystack = QString::fromStdString(text);
    return std::any_of(words.begin(), words.end(),
                       [&](const char *word) { return haystack.contains(QLatin1String(word), Qt::CaseInsensitive); });
}
} // namespace

std::vector<facts::ProgramFacts> ProgramSearch::programs(const facts::Facts &facts, std::initializer_list<const char *> words)
{
    std::vector<facts::ProgramFacts> found;
    for (const facts::ProgramFacts &program : facts.programs) {
        if (containsAny(program.name, words))
            found.push_back(program);
    }
    return found;
}

std::vector<facts::ServiceFacts> ProgramSearch::services(const facts::Facts &facts, std::initializer_list<const char *> words)
{
    std::vector<facts::ServiceFacts> found;
    for (const facts::ServiceFacts &service : facts.services) {
        if (containsAny(service.name, words) || containsAny(service.displayName, words))
            found.push_back(service);
    }
    return found;
}

} // namespace prep
