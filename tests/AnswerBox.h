// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Answers the next message box the wizard opens (it runs its own event loop), as an operator
// would click one of its buttons.
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

#include <memory>

// Clicks the button with `role` of the message box named `objectName` once it is open; *seen
// tells whether it opened. Gives up after `tries` looks, 20 ms apart.
inline void answerBox(const QString &objectName, QMessageBox::ButtonRole role, bool *seen, int tries = 250)
{
    auto attempts = std::make_shared<int>(tries);
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->objectName() == objectName) {
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == role) {
                    *seen = true;
                    button->click();
                    break;
                }
            }
        }
        if (*seen || --*attempts <= 0)
            timer->deleteLater();
    });
    timer->start();
}
