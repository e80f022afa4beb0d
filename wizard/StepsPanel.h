// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Session.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QGridLayout;

namespace prep {

class DeferredRefresh;

class ChecklistModel;

// The wizard's side panel: the language control, which machine the checklist is about, and the
// list of steps with the current one marked (by an arrow and bold type, not by colour alone). The
// other steps are links: a click, or Tab and Enter, goes there.
class StepsPanel : public QWidget
{
    Q_OBJECT

public:
    StepsPanel(ChecklistModel *model, QWidget *parent = nullptr);

    void setLanguages(const QStringList &languages, const QString &current);
    void setCurrentPage(int pageId);
    // The machine the checklist is about; a valid `snapshotTakenAt` means it comes from a file.
    void setMachine(const QString &hostName, const QDateTime &snapshotTakenAt = {});
    // On a migration path the line names both machines, the Source (above) and the Destination:
    // `destination` as the session remembers it, `opened` when its snapshot is read. Elsewhere the
    // line names the Source alone.
    void setDestination(bool migration, const SessionMachine &destination, bool opened);
    void showMessage(const QString &message); // e.g. a session that could not be saved
    // Page ids in the order the wizard will visit them.
    void setSteps(const QList<int> &pageIds);

signals:
    void languageRequested(const QString &language);
    // The operator clicked a step, or chose it with Tab and Enter.
    void stepRequested(int pageId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildSteps();
    QString stepTitle(int pageId) const;

    ChecklistModel *m_model;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_machine;
    QLabel *m_stepsTitle;
    QGridLayout *m_stepsLayout;
    QList<QLabel *> m_markers; // the arrow beside the current step
    QList<QLabel *> m_stepLabels;
    QLabel *m_message;
    QList<int> m_steps;
    DeferredRefresh *m_stepsRefresh;
    QString m_hostName;
    QDateTime m_snapshotTakenAt;
    bool m_migration = false;
    SessionMachine m_destination;
    bool m_destinationOpened = false;
    int m_current = -1;
};

} // namespace prep
