// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The keyboard mnemonics ("&Next") of the controls a window shows, for tests that check that no
// two controls share one.

#include <QAbstractButton>
#include <QLabel>
#include <QMap>
#include <QStringList>
#include <QWidget>

// The letter after "&" in a control's text ("&&" is a plain ampersand), lower case; none: 0.
inline QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Each mnemonic of the visible controls in `top`, with the texts that use it.
inline QMap<QChar, QStringList> mnemonics(QWidget *top)
{
    QMap<QChar, QStringList> found;
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(top))
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        if (const QChar key = mnemonic(text); !key.isNull())
            found[key].append(text);
    }
    return found;
}
