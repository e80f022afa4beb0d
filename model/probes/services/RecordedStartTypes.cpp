// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/services/RecordedStartTypes.h"

#include "FactsJson.h"
#include "catalog/TaskIds.h"

#include <QCoreApplication>

namespace prep {

namespace {

const QString prefix = taskid::os::stopLocalsystemServices.formKey("");

using facts::StartType;

} // namespace

QString RecordedStartTypes::key(const std::string &service)
{
    return prefix + QString::fromStdString(service);
}

QString RecordedStartTypes::id(StartType type)
{
    return QLatin1String(facts::wordOf(type));
}

std::optional<StartType> RecordedStartTypes::fromId(const QString &id)
{
    return facts::startTypeOf(id.toStdString());
}

QMap<QString, StartType> RecordedStartTypes::read(const QMap<QString, QString> &formValues)
{
    QMap<QString, StartType> result;
    for (auto it = formValues.lowerBound(prefix); it != formValues.end() && it.key().startsWith(prefix); ++it) {
        if (const auto type = fromId(it.value()))
            result.insert(it.key().mid(prefix.size()), *type);
    }
    return result;
}

QString RecordedStartTypes::typeText(StartType type)
{
    switch (type) {
    case StartType::Automatic:
        return QCoreApplication::translate("Probes", "Automatic", "a service's startup type");
    case StartType::AutomaticDelayed:
        return QCoreApplication::translate("Probes", "Automatic (Delayed Start)", "a service's startup type");
    case StartType::Manual:
        return QCoreApplication::translate("Probes", "Manual", "a service's startup type");
    case StartType::Disabled:
        return QCoreApplication::translate("Probes", "Disabled", "a service's startup type");
    case StartType::Boot:
        return QCoreApplication::translate("Probes", "Boot", "a service's startup type");
    case StartType::System:
        return QCoreApplication::translate("Probes", "System", "a service's startup type");
    case StartType::Unknown:
        break;
    }
    return QCoreApplication::translate("Probes", "Unknown", "a service's startup type");
}

LocalizedText RecordedStartTypes::serviceLine(const QString &service, StartType type)
{
    // One sentence per start type, so that each reads naturally when translated.
    const QList<TextArg> args = {TextArg::text(service)};
    switch (type) {
    case StartType::Automatic:
        return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1: start type Automatic"), args);
    case StartType::AutomaticDelayed:
        return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1: start type Automatic (Delayed Start)"), args);
    case StartType::Manual:
        return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1: start type Manual"), args);
    case StartType::Disabled:
        return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1: start type Disabled"), args);
    case StartType::Boot:
        return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1: start type Boot"), args);
    case StartType::System:
        return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1: start type System"), args);
    case StartType::Unknown:
        break;
    }
    return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1: start type unknown"), args);
}

} // namespace prep
