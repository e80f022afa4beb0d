// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeferredPage.h"
#include "checklist/Session.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace prep {

namespace facts {
struct Facts;
}

class ChecklistModel;
class TitledPanel;
struct UpgradePath;

// The upgrade path: which product the server runs now, what it moves to, and what the documents
// say about that path. An unsupported path goes on only after the operator acknowledges it.
class PathPage : public DeferredPage
{
    Q_OBJECT

public:
    PathPage(ChecklistModel *model, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    // The server a snapshot describes: the page says whether the chosen path starts from it.
    void setSnapshotFacts(std::shared_ptr<const facts::Facts> facts);
    // On a migration path, the Destination Server as the session remembers it: `opened` when its
    // snapshot is read, else `problem` says why it cannot be (empty: none remembered, or still
    // being read).
    void setDestination(const SessionMachine &destination, bool opened, const QString &problem);

signals:
    void pathChosen(const QString &pathId);
    void openDestinationRequested();
    void forgetDestinationRequested();

protected:
    void build() override;
    void retranslate() override;

private:
    void fillSources();
    void fillTargets();
    void choosePath();
    void showPath();
    void showDestination();
    const UpgradePath *selectedPath() const;

    ChecklistModel *m_model;
    QLabel *m_sourceLabel = nullptr;
    QComboBox *m_source = nullptr;
    QLabel *m_targetLabel = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_verdictIcon = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_match = nullptr;
    QLabel *m_details = nullptr;
    QCheckBox *m_acknowledge = nullptr;
    std::shared_ptr<const facts::Facts> m_facts;
    TitledPanel *m_destinationBox = nullptr;
    QLabel *m_destinationText = nullptr;
    QPushButton *m_openDestination = nullptr;
    QPushButton *m_forgetDestination = nullptr;
    SessionMachine m_destination;
    bool m_destinationOpened = false;
    QString m_destinationProblem;
};

} // namespace prep
