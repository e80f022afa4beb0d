// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QWidget>

class QLabel;

namespace prep {

class ChecklistModel;

// The Internet information form of net.internet-info, shown in the opened task: the fields of
// InternetInfoFields, prefilled by its probe from the network settings, completed by the
// operator, saved in the session as they are typed, and printed with the checklist.
class InternetInfoForm : public QWidget
{
    Q_OBJECT

public:
    explicit InternetInfoForm(ChecklistModel *model, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showValues();
    void retranslate();

    ChecklistModel *m_model;
    QLabel *m_note;
    QMap<QString, QLabel *> m_labels;  // by field key
    QMap<QString, QWidget *> m_editors;
};

} // namespace prep
