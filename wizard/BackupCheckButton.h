// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

namespace prep {

// data.verify-backup: opens the comparison of restored files (BackupCheckDialog).
class BackupCheckButton : public QPushButton
{
    Q_OBJECT

public:
    explicit BackupCheckButton(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace prep
