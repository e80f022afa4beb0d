// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogListing.h"

#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace prep {

namespace {
QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString bulleted(const QStringList &lines, const QString &indent)
{
    QString text;
    for (const QString &line : lines)
        text += indent + QStringLiteral("- ") + line + u'\n';
    return text;
}

QString numbered(const QStringList &lines, const QString &indent)
{
    QString text;
    for (int i = 0; i < lines.size(); ++i)
        text += indent + QStringLiteral("%1. %2\n").arg(i + 1).arg(lines.at(i));
    return text;
}

} // namespace

QByteArray CatalogListing::paths(const QString &format)
{
    const auto &paths = Catalog::instance().paths();
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const UpgradePath &path : paths) {
            array.append(QJsonObject{{QStringLiteral("id"), QString::fromLatin1(path.id)},
                                     {QStringLiteral("source"), path.sourceText()},
                                     {QStringLiteral("target"), path.targetText()},
                                     {QStringLiteral("verdict"), verdictId(path.verdict)},
                                     {QStringLiteral("laterStage"), path.laterStage ? QJsonValue(QString::fromLatin1(path.laterStage))
                                                                                    : QJsonValue()},
                                     {QStringLiteral("steps"), toArray(path.stepTexts())},
                                     {QStringLiteral("notes"), toArray(path.noteTexts())},
                                     {QStringLiteral("reference"), path.referenceText()}});
        }
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    QString text;
    for (const UpgradePath &path : paths) {
        text += QStringLiteral("%1  [%2]\n  %3 → %4\n")
                    .arg(QString::fromLatin1(path.id), verdictId(path.verdict), path.sourceText(),
                         path.targetText());
        text += tr("  Steps:\n") + numbered(path.stepTexts(), QStringLiteral("    "));
        if (!path.notes.empty())
            text += tr("  Notes:\n") + bulleted(path.noteTexts(), QStringLiteral("    "));
        text += u'\n';
    }
    return text.toUtf8();
}

QByteArray CatalogListing::tasks(const QString &pathId, const QString &format)
{
    const std::vector<const Task *> tasks = Catalog::instance().tasksFor(pathId);
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Task *task : tasks) {
            QJsonArray cautions;
            for (const Caution &caution : task->cautions)
                cautions.append(QJsonObject{{QStringLiteral("label"), cautionLabel(caution.kind)},
                                            {QStringLiteral("text"), catalogText(caution.text)}});
            array.append(QJsonObject{{QStringLiteral("id"), QString::fromLatin1(task->id)},
                                     {QStringLiteral("category"), categoryId(task->category)},
                                     {QStringLiteral("kind"), taskKindId(task->kindOn(pathId))},
                                     {QStringLiteral("title"), task->titleText()},
                                     {QStringLiteral("steps"), toArray(task->stepTexts(pathId))},
                                     {QStringLiteral("cautions"), cautions},
                                     {QStringLiteral("source"), task->referenceText()},
                                     {QStringLiteral("externalOnly"), task->externalOnly}});
        }
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    QString text;
    bool first = true;
    Category current = Category::BeforeYouStart;
    for (const Task *task : tasks) {
        if (first || task->category != current) {
            text += (first ? QString() : QStringLiteral("\n")) + categoryTitle(task->category) + u'\n';
            current = task->category;
            first = false;
        }
        text += QStringLiteral("  %1  (%2)\n    %3\n")
                    .arg(QString::fromLatin1(task->id), taskKindTitle(task->kindOn(pathId)), task->titleText());
        for (const Caution &caution : task->cautions)
            text += QStringLiteral("    %1 %2\n").arg(cautionLabel(caution.kind), catalogText(caution.text));
    }
    return text.toUtf8();
}

} // namespace prep
