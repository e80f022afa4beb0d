// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCheckButton.h"

#include <QEvent>

namespace prep {

BackupCheckButton::BackupCheckButton(QWidget *parent) : QPushButton(parent)
{
    setObjectName(QStringLiteral("backupCheckButton"));
    retranslate();
}

void BackupCheckButton::retranslate()
{
    setText(tr("Compare &restored files with the originals…"));
}

void BackupCheckButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QPushButton::changeEvent(event);
}

} // namespace prep
