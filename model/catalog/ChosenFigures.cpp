// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/ChosenFigures.h"

#include "catalog/Catalog.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace prep {

std::vector<ChosenFigures::Figure> ChosenFigures::all()
{
    std::vector<Figure> figures;
    for (const Task &task : Catalog::instance().tasks()) {
        for (const Threshold &threshold : task.thresholds) {
            if (threshold.chosen)
                figures.push_back({&task, &threshold});
        }
    }
    return figures;
}

std::vector<const Threshold *> ChosenFigures::ofTask(const Task &task)
{
    std::vector<const Threshold *> figures;
    for (const Threshold &threshold : task.thresholds) {
        if (threshold.chosen)
            figures.push_back(&threshold);
    }
    return figures;
}

ChosenFigures::Figure ChosenFigures::byKey(const QString &key)
{
    for (const Figure &figure : all()) {
        if (key == QLatin1String(figure.threshold->key))
            return figure;
    }
    return {};
}

QString ChosenFigures::formKey(const Task &task, const Threshold &threshold)
{
    return QStringLiteral("%1/%2").arg(QLatin1String(task.id), QLatin1String(threshold.key));
}

int ChosenFigures::defaultValue(const Threshold &threshold)
{
    return static_cast<int>(std::lround(threshold.value));
}

std::optional<int> ChosenFigures::parse(const Threshold &threshold, const QString &text, QString *error)
{
    const int low = static_cast<int>(threshold.minimum);
    const int high = static_cast<int>(threshold.maximum);
    bool number = false;
    // Digits only: no sign, no exponent, no "nan" or "inf", no fraction.
    const QString trimmed = text.trimmed();
    const bool digits = !trimmed.isEmpty() && trimmed.size() <= 9
                        && std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    const int value = digits ? trimmed.toInt(&number) : 0;
    if (digits && number && value >= low && value <= high)
        return value;
    if (error)
        *error = tr("%1 must be a whole number from %2 to %3, not “%4”")
                     .arg(label(threshold), valueText(threshold, low), valueText(threshold, high), text.left(40));
    return std::nullopt;
}

int ChosenFigures::value(const Task &task, const Threshold &threshold, const QMap<QString, QString> &formValues)
{
    const QString stored = formValues.value(formKey(task, threshold));
    if (stored.isEmpty())
        return defaultValue(threshold);
    return parse(threshold, stored).value_or(defaultValue(threshold));
}

QString ChosenFigures::label(const Threshold &threshold)
{
    const char *key = threshold.key;
    if (std::strcmp(key, "maxBiosAgeYears") == 0)
        return tr("Age of the BIOS from which the check warns");
    if (std::strcmp(key, "sampleFiles") == 0)
        return tr("Files the backup check picks at random");
    if (std::strcmp(key, "connectTimeoutMs") == 0)
        return tr("How long the Internet check waits for an answer");
    return QLatin1String(key);
}

QString ChosenFigures::valueText(const Threshold &threshold, int value)
{
    const char *unit = threshold.unit;
    if (std::strcmp(unit, "years") == 0)
        return tr("%n year(s)", nullptr, value);
    if (std::strcmp(unit, "count") == 0)
        return tr("%n file(s)", nullptr, value);
    if (std::strcmp(unit, "milliseconds") == 0)
        return tr("%1 ms", "milliseconds").arg(value);
    return QString::number(value);
}

QString ChosenFigures::suffix(const Threshold &threshold)
{
    const char *unit = threshold.unit;
    if (std::strcmp(unit, "years") == 0)
        return tr(" years", "after a number of years in a field");
    if (std::strcmp(unit, "count") == 0)
        return tr(" files", "after a number of files in a field");
    if (std::strcmp(unit, "milliseconds") == 0)
        return tr(" ms", "after a number of milliseconds in a field");
    return QString();
}

QStringList ChosenFigures::lines(const Task &task, const QMap<QString, QString> &formValues)
{
    QStringList result;
    for (const Threshold *threshold : ofTask(task)) {
        const int program = defaultValue(*threshold);
        const QString stored = formValues.value(formKey(task, *threshold));
        const std::optional<int> chosen = stored.isEmpty() ? std::nullopt : parse(*threshold, stored);
        if (chosen && *chosen != program)
            result.append(tr("%1: %2, as you set it. No document gives a figure; this program's choice is %3.")
                              .arg(label(*threshold), valueText(*threshold, *chosen), valueText(*threshold, program)));
        else
            result.append(tr("%1: %2. No document gives a figure: this is this program's choice, and you can change it.")
                              .arg(label(*threshold), valueText(*threshold, program)));
        if (!stored.isEmpty() && !chosen)
            result.append(tr("The value “%1” kept for it is not one the program accepts, so it is not used.").arg(stored.left(40)));
    }
    return result;
}

} // namespace prep
