// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReasonDialog.h"

#include <QMultiMap>
#include <QPersistentModelIndex>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace prep {

class ChecklistModel;
class DeferredRefresh;

// One task opened: its steps, its cautions set apart as the documents set them apart, what the
// check found, and the operator's actions (check again, mark done with a note, accept the risk).
class TaskDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    // Whether the wizard can check a task by itself now (a probe for it, probes on).
    using CheckAvailability = std::function<bool(const QString &taskId)>;

    TaskDetailsPanel(ChecklistModel *model, QWidget *parent = nullptr);

    // "Check again" is offered only for the tasks this says the wizard can check; without it, for none.
    void setCheckAvailability(CheckAvailability canCheck);

    void setTask(const QModelIndex &index);
    QString taskId() const;
    // Shows `widget` under the task's text while that task is open (the Internet information
    // form, ...), after the task's earlier ones. The panel takes it over; a stretch of 1 shares
    // the height with the text. `shown`, when given, also has to say yes each time the task opens
    // (a widget only some paths have: the path may change while the wizard runs).
    using WidgetShown = std::function<bool()>;
    void setTaskWidget(const QString &taskId, QWidget *widget, int stretch = 0, WidgetShown shown = {});
    // Space in the task list: what the done button does, where it is offered.
    void toggleDoneByKeyboard();

signals:
    void checkRequested(const QString &taskId);
    // The operator changed a figure this program chose: the check decides again with it, on the
    // same facts (a snapshot's too).
    void figureChanged(const QString &taskId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void retranslate();
    void markDone();
    void askReason(ReasonDialog::Purpose purpose);
    // The fields of the open task's figures that this program chose (ChosenFigures).
    void rebuildFigures();
    void retranslateFigures();
    void figureEdited(QSpinBox *field);

    ChecklistModel *m_model;
    QPersistentModelIndex m_index;
    QVBoxLayout *m_content = nullptr; // the scrolled part: title, status, text, task widgets
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_body;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    QLabel *m_markedByLabel; // who made the task's mark, shown once it has one
    QLineEdit *m_markedBy;
    QPushButton *m_check;
    QPushButton *m_done;
    QPushButton *m_risk;
    QPushButton *m_notApplicable;
    QPushButton *m_withdraw;
    DeferredRefresh *m_modelChanged; // the open task changed in the model
    QMultiMap<QString, QWidget *> m_taskWidgets; // a task may have several
    QWidget *m_figures = nullptr; // one row per chosen figure of the open task
    QList<QSpinBox *> m_figureFields;
    QList<QLabel *> m_figureLabels;
    QMap<const QWidget *, WidgetShown> m_widgetShown;
    CheckAvailability m_canCheck;
};

} // namespace prep
