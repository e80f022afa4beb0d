// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;

namespace prep {

class ChecklistModel;
struct UpgradePath;

// The upgrade path: which product the server runs now, what it moves to, and what the documents
// say about that path. An unsupported path goes on only after the operator acknowledges it.
class PathPage : public QWizardPage
{
    Q_OBJECT

public:
    PathPage(ChecklistModel *model, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

signals:
    void pathChosen(const QString &pathId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillSources();
    void fillTargets();
    void choosePath();
    void showPath();
    void retranslate();
    const UpgradePath *selectedPath() const;

    ChecklistModel *m_model;
    QLabel *m_sourceLabel;
    QComboBox *m_source;
    QLabel *m_targetLabel;
    QComboBox *m_target;
    QLabel *m_verdictIcon;
    QLabel *m_verdict;
    QLabel *m_details;
    QCheckBox *m_acknowledge;
};

} // namespace prep
