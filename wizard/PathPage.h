// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeferredPage.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;

namespace prep {

namespace facts {
struct Facts;
}

class ChecklistModel;
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

signals:
    void pathChosen(const QString &pathId);

protected:
    void build() override;
    void retranslate() override;

private:
    void fillSources();
    void fillTargets();
    void choosePath();
    void showPath();
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
};

} // namespace prep
