// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

namespace prep {

// Under os.stop-localsystem-services and post.restore-services: prepare the services with
// prepprobe (the plan's preview, where `withPlan`), and open the journal prepprobe wrote.
class ServicePlanButtons : public QWidget
{
    Q_OBJECT

public:
    explicit ServicePlanButtons(bool withPlan, QWidget *parent = nullptr);

signals:
    void planRequested();
    void journalRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QPushButton *m_plan = nullptr;
    QPushButton *m_journal;
};

} // namespace prep
