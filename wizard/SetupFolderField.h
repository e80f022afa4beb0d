// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace prep {

class ChecklistModel;

// hw.free-disk: the folder the operator chooses for Setup's files, kept in the session, so that
// its volume is checked too.
class SetupFolderField : public QWidget
{
    Q_OBJECT

public:
    explicit SetupFolderField(ChecklistModel *model, QWidget *parent = nullptr);

signals:
    // The operator chose another folder: the free space wants checking again.
    void folderChosen();

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose(const QString &folder);
    void browse();
    void retranslate();

    ChecklistModel *m_model;
    QLabel *m_label;
    QLineEdit *m_folder;
    QPushButton *m_browse;
};

} // namespace prep
