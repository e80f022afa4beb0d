// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/runner/SnapshotFacts.h"

#include "FactsJson.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <utility>

namespace prep {

namespace {
bool startsWithLabel(const std::string &problem, const std::string &label)
{
    return problem.size() > label.size() && problem.compare(0, label.size(), label) == 0
        && problem[label.size()] == ':';
}
} // namespace

SnapshotFacts::SnapshotFacts(facts::Facts facts) : m_facts(std::move(facts)) {}

std::shared_ptr<SnapshotFacts> SnapshotFacts::load(const QString &fileName, LocalizedText *error)
{
    const TextArg file = TextArg::text(fileName);
    // A named pipe or a device would keep the reading waiting, or never end.
    const QFileInfo info(fileName);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        *error = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 is not a server snapshot: it is not an ordinary file"), {file});
        return nullptr;
    }
    QFile input(fileName);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Cannot open %1: %2"), {file, TextArg::text(input.errorString())});
        return nullptr;
    }
    // Never more than a snapshot can be: fromJson() says so when there is more.
    const QByteArray bytes = input.read(static_cast<qint64>(facts::maxSnapshotBytes) + 1);
    if (input.error() != QFileDevice::NoError) {
        *error = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Cannot read %1: %2"), {file, TextArg::text(input.errorString())});
        return nullptr;
    }
    try {
        return std::make_shared<SnapshotFacts>(facts::fromJson(bytes.toStdString()));
    } catch (const facts::SnapshotError &problem) {
        *error = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 is not a server snapshot: %2"),
                               {file, TextArg::text(QString::fromStdString(problem.what()))});
        return nullptr;
    }
}

std::shared_ptr<SnapshotFacts> SnapshotFacts::load(const QString &fileName, QString *error)
{
    LocalizedText why;
    std::shared_ptr<SnapshotFacts> snapshot = load(fileName, &why);
    sayWhy(snapshot != nullptr, why, error);
    return snapshot;
}

QDateTime SnapshotFacts::collectedAt() const
{
    if (m_facts.collectedAt <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(m_facts.collectedAt, Qt::UTC).toLocalTime();
}

facts::Facts SnapshotFacts::read(const std::vector<FactsArea> &areas) const
{
    facts::Facts result = m_facts;
    result.problems.clear();
    for (const std::string &problem : m_facts.problems) {
        const bool concerns = std::any_of(areas.begin(), areas.end(), [&](FactsArea area) {
            const auto labels = problemLabels(area);
            return std::any_of(labels.begin(), labels.end(),
                               [&](const std::string &label) { return startsWithLabel(problem, label); });
        });
        if (concerns)
            result.problems.push_back(problem);
    }
    return result;
}

} // namespace prep
