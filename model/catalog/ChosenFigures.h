// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Task.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace prep {

// The figures no document gives, which this program chose (Threshold::chosen): the age of a BIOS
// from which the check warns, how many files the backup check samples, how long the Internet check
// waits. The operator may change one in the wizard (kept in the session's form values, under
// "TASK/KEY") or with --figure KEY=VALUE; a value is a whole number within the figure's bounds,
// anything else is refused with a reason, and a session file's value that is not one is not used.
class ChosenFigures
{
    Q_DECLARE_TR_FUNCTIONS(ChosenFigures)

public:
    struct Figure
    {
        const Task *task = nullptr;
        const Threshold *threshold = nullptr;
    };

    // Every chosen figure of the catalog, in catalog order.
    static std::vector<Figure> all();
    static std::vector<const Threshold *> ofTask(const Task &task);
    // The figure with that key ("maxBiosAgeYears"), or an empty Figure.
    static Figure byKey(const QString &key);
    // Where the session keeps the operator's value: "hw.drivers-bios/maxBiosAgeYears".
    static QString formKey(const Task &task, const Threshold &threshold);

    // A whole number within the bounds, or nothing with the reason in words.
    static std::optional<int> parse(const Threshold &threshold, const QString &text, QString *error = nullptr);
    // The figure in effect: the session's value when it is a valid one, else the program's.
    static int value(const Task &task, const Threshold &threshold, const QMap<QString, QString> &formValues);
    static int defaultValue(const Threshold &threshold);

    // What the figure is, in words: "Age of the BIOS from which the check warns".
    static QString label(const Threshold &threshold);
    // "5 years", "20 files", "3000 ms"
    static QString valueText(const Threshold &threshold, int value);
    // The unit after a spin box: " years"
    static QString suffix(const Threshold &threshold);
    // The lines the screen and every report show for the task's chosen figures: the value in use,
    // that it is this program's choice (no document gives one), a change the operator made, a
    // session value that was not used.
    static QStringList lines(const Task &task, const QMap<QString, QString> &formValues);
};

} // namespace prep
