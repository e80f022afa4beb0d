// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace prep {

// Keeps the mouse wheel from changing a combo box or spin box the operator has not clicked into:
// scrolling a page over one passes the wheel on to the page instead. Installed on the application,
// it covers the wizard's dialogs too; it is removed when its parent goes.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    explicit WheelGuard(QObject *parent = nullptr);
    ~WheelGuard() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace prep
