// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskDetailsPanel.h"

#include "DeferredRefresh.h"
#include "FlowLayout.h"
#include "ReasonDialog.h"
#include "TextHtml.h"
#include "WrappingLabel.h"
#include "catalog/Catalog.h"
#include "catalog/ChosenFigures.h"
#include "checklist/ChecklistModel.h"
#include "checklist/StatusIcon.h"
#include "report/ReportText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QFormLayout>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace prep {

namespace {
QString kindExplanation(const QString &kind)
{
    if (kind == QLatin1String("automatic"))
        return TaskDetailsPanel::tr("The wizard checks this by itself.");
    if (kind == QLatin1String("assisted"))
        return TaskDetailsPanel::tr("The wizard collects what it can; you confirm when it is done.");
    return TaskDetailsPanel::tr("Only you can do this; mark it done when it is.");
}
} // namespace

TaskDetailsPanel::TaskDetailsPanel(ChecklistModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_title(new WrappingLabel(this)), m_status(new WrappingLabel(this)), m_body(new WrappingLabel),
      m_noteLabel(new QLabel(this)), m_note(new QLineEdit(this)), m_markedByLabel(new QLabel(this)),
      m_markedBy(new QLineEdit(this)), m_check(new QPushButton(this)),
      m_done(new QPushButton(this)), m_risk(new QPushButton(this)), m_notApplicable(new QPushButton(this)),
      m_withdraw(new QPushButton(this)),
      m_modelChanged(new DeferredRefresh(this, [this] { refresh(); }))
{
    setObjectName(QStringLiteral("taskDetails"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setObjectName(QStringLiteral("taskTitle"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("taskStatus"));
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_body->setOpenExternalLinks(true); // web addresses open in the browser
    m_body->setObjectName(QStringLiteral("taskBody"));
    // Title, status, text and the task's own widgets scroll together; the note and the actions
    // stay in view under them.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("taskScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget;
    m_content = new QVBoxLayout(content);
    m_content->setContentsMargins(0, 0, 0, 0);
    m_content->addWidget(m_title);
    m_content->addWidget(m_status);
    m_content->addWidget(m_body);
    m_figures = new QWidget(content);
    m_figures->setObjectName(QStringLiteral("chosenFigures"));
    new QFormLayout(m_figures);
    m_figures->layout()->setContentsMargins(0, 0, 0, 0);
    m_content->addWidget(m_figures);
    m_content->addStretch(1);
    scroll->setWidget(content);

    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_noteLabel->setBuddy(m_note);
    m_markedBy->setObjectName(QStringLiteral("markedByEdit"));
    m_markedByLabel->setBuddy(m_markedBy);
    m_check->setObjectName(QStringLiteral("checkAgainButton"));
    m_done->setObjectName(QStringLiteral("doneButton"));
    m_risk->setObjectName(QStringLiteral("acceptRiskButton"));
    m_notApplicable->setObjectName(QStringLiteral("notApplicableButton"));
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteLabel);
    noteRow->addWidget(m_note, 1);
    auto *markedByRow = new QHBoxLayout;
    markedByRow->addWidget(m_markedByLabel);
    markedByRow->addWidget(m_markedBy, 1);
    // As many on a line as fit: three Spanish labels side by side are wider than an 800×600 page.
    auto *buttons = new FlowLayout;
    for (QPushButton *button : {m_check, m_risk, m_notApplicable, m_withdraw, m_done})
        buttons->addWidget(button);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(noteRow);
    layout->addLayout(markedByRow);
    layout->addLayout(buttons);

    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        if (m_index.isValid() && from.parent() == m_index.parent() && from.row() <= m_index.row()
            && to.row() >= m_index.row())
            m_modelChanged->request();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { setTask({}); });
    connect(m_note, &QLineEdit::editingFinished, this, [this] {
        if (!taskId().isEmpty())
            m_model->setNote(taskId(), m_note->text());
    });
    // The name the mark was made with (the Welcome page's), changed for one who did it.
    connect(m_markedBy, &QLineEdit::editingFinished, this, [this] {
        if (!taskId().isEmpty() && m_markedBy->isModified())
            m_model->setMarkedBy(taskId(), m_markedBy->text());
        m_markedBy->setModified(false);
    });
    // Enter in the note marks the task done (and is not the wizard's Next).
    m_note->installEventFilter(this);
    connect(m_check, &QPushButton::clicked, this, [this] { emit checkRequested(taskId()); });
    connect(m_done, &QPushButton::clicked, this, &TaskDetailsPanel::markDone);
    connect(m_risk, &QPushButton::clicked, this, [this] { askReason(ReasonDialog::Purpose::AcceptRisk); });
    connect(m_notApplicable, &QPushButton::clicked, this, [this] { askReason(ReasonDialog::Purpose::NotApplicable); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        if (!taskId().isEmpty())
            m_model->withdrawMark(taskId());
    });
    retranslate();
}

QString TaskDetailsPanel::taskId() const
{
    return m_index.isValid() ? m_index.data(ChecklistModel::IdRole).toString() : QString();
}

void TaskDetailsPanel::setCheckAvailability(CheckAvailability canCheck)
{
    m_canCheck = std::move(canCheck);
    refresh();
}

void TaskDetailsPanel::setTaskWidget(const QString &taskId, QWidget *widget, int stretch, WidgetShown shown)
{
    // Under the text and the widgets before it, above the stretch: title, status and text come
    // first in the scrolled part.
    constexpr int belowText = 3;
    m_content->insertWidget(belowText + int(m_taskWidgets.size()), widget, stretch);
    m_taskWidgets.insert(taskId, widget);
    if (shown)
        m_widgetShown.insert(widget, std::move(shown));
    refresh();
}

void TaskDetailsPanel::setTask(const QModelIndex &index)
{
    if (m_index.isValid() && m_note->isModified() && !taskId().isEmpty())
        m_model->setNote(taskId(), m_note->text()); // keep what was typed
    if (m_index.isValid() && m_markedBy->isModified() && !taskId().isEmpty())
        m_model->setMarkedBy(taskId(), m_markedBy->text());
    m_markedBy->setModified(false);
    m_index = index.siblingAtColumn(ChecklistModel::TitleColumn);
    m_note->setText(m_index.isValid() ? m_index.data(ChecklistModel::NoteRole).toString() : QString());
    m_note->setModified(false);
    rebuildFigures();
    refresh();
}

void TaskDetailsPanel::rebuildFigures()
{
    auto *form = static_cast<QFormLayout *>(m_figures->layout());
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_figureFields.clear();
    m_figureLabels.clear();
    const Task *task = m_index.isValid() ? Catalog::instance().task(taskId()) : nullptr;
    if (task) {
        for (const Threshold *figure : ChosenFigures::ofTask(*task)) {
            auto *field = new QSpinBox(m_figures);
            field->setObjectName(QStringLiteral("figure-%1").arg(QLatin1String(figure->key)));
            field->setRange(static_cast<int>(figure->minimum), static_cast<int>(figure->maximum));
            field->setValue(ChosenFigures::value(*task, *figure, m_model->session().formValues));
            field->setProperty("figureKey", ChosenFigures::formKey(*task, *figure));
            field->setKeyboardTracking(false); // a value is taken when typed whole
            field->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
            auto *label = new WrappingLabel(m_figures);
            label->setTextFormat(Qt::PlainText);
            label->setBuddy(field);
            form->addRow(label, field);
            m_figureFields.append(field);
            m_figureLabels.append(label);
            connect(field, &QSpinBox::valueChanged, this, [this, field] { figureEdited(field); });
        }
    }
    m_figures->setVisible(!m_figureFields.isEmpty());
    retranslateFigures();
}

void TaskDetailsPanel::retranslateFigures()
{
    const Task *task = m_index.isValid() ? Catalog::instance().task(taskId()) : nullptr;
    if (!task)
        return;
    const std::vector<const Threshold *> figures = ChosenFigures::ofTask(*task);
    for (qsizetype i = 0; i < m_figureFields.size() && i < qsizetype(figures.size()); ++i) {
        const Threshold *figure = figures.at(std::size_t(i));
        const QString label = ChosenFigures::label(*figure);
        m_figureLabels.at(i)->setText(tr("%1 (this program's choice; no document gives a figure):").arg(label));
        m_figureFields.at(i)->setSuffix(ChosenFigures::suffix(*figure));
        m_figureFields.at(i)->setAccessibleName(label);
        m_figureFields.at(i)->setToolTip(tr("This program's value: %1. A changed value is kept with the checklist, and the check runs again.")
                                             .arg(ChosenFigures::valueText(*figure, ChosenFigures::defaultValue(*figure))));
    }
}

void TaskDetailsPanel::figureEdited(QSpinBox *field)
{
    const QString id = taskId();
    const QString key = field->property("figureKey").toString();
    const QString value = QString::number(field->value());
    if (id.isEmpty() || key.isEmpty() || m_model->formValue(key) == value)
        return;
    m_model->setFormValue(key, value);
    // The check decides with the new figure at once.
    if (m_canCheck && m_canCheck(id))
        emit figureChanged(id);
    refresh();
}

void TaskDetailsPanel::refresh()
{
    const bool valid = m_index.isValid();
    for (auto it = m_taskWidgets.cbegin(); it != m_taskWidgets.cend(); ++it) {
        const WidgetShown shown = m_widgetShown.value(it.value());
        it.value()->setVisible(valid && it.key() == taskId() && (!shown || shown()));
    }
    for (QWidget *widget : {static_cast<QWidget *>(m_noteLabel), static_cast<QWidget *>(m_note)})
        widget->setVisible(valid);
    const bool marked = valid && static_cast<Mark>(m_index.data(ChecklistModel::MarkRole).toInt()) != Mark::None;
    for (QWidget *widget : {static_cast<QWidget *>(m_markedByLabel), static_cast<QWidget *>(m_markedBy)})
        widget->setVisible(marked);
    if (!m_markedBy->isModified())
        m_markedBy->setText(marked ? m_index.data(ChecklistModel::MarkedByRole).toString() : QString());
    if (!valid) {
        m_title->setText(tr("Choose a task from the list to see what to do."));
        m_status->clear();
        m_body->clear();
        for (QPushButton *button : {m_check, m_done, m_risk, m_notApplicable, m_withdraw})
            button->hide();
        return;
    }
    const auto status = static_cast<ItemStatus>(m_index.data(ChecklistModel::StatusRole).toInt());
    const QString kind = m_index.data(ChecklistModel::KindRole).toString();
    m_title->setText(m_index.data(Qt::DisplayRole).toString());
    m_status->setText(tr("Status: %1 %2 — %3").arg(statusGlyph(status), statusTitle(status), kindExplanation(kind)));

    QString html = heading(tr("What to do")) + orderedList(m_index.data(ChecklistModel::StepsRole).toStringList());
    for (const QVariant &entry : m_index.data(ChecklistModel::CautionsRole).toList()) {
        const QVariantMap caution = entry.toMap();
        html += cautionBox(caution.value(QStringLiteral("label")).toString(),
                           caution.value(QStringLiteral("text")).toString());
    }
    const QStringList evidence = m_index.data(ChecklistModel::EvidenceRole).toStringList();
    const QStringList details = m_index.data(ChecklistModel::DetailsRole).toStringList();
    if (!evidence.isEmpty() || !details.isEmpty()) {
        html += heading(tr("What the wizard found"));
        for (const QString &line : evidence)
            html += paragraph(line);
        html += bulletList(details);
        const QDateTime checkedAt = m_index.data(ChecklistModel::CheckedAtRole).toDateTime();
        if (checkedAt.isValid())
            html += small(tr("Checked %1").arg(QLocale().toString(checkedAt, QLocale::ShortFormat)));
        // Its age, and what changed since the previous check: the report's words.
        const ChecklistModel *model = m_model;
        const QString age = ReportText::ageLine(m_index.data(ChecklistModel::AgeRole).toString(),
                                                m_index.data(ChecklistModel::StaleRole).toBool(), model->maxAgeDays());
        const QString change = ReportText::changeLine(
            static_cast<FindingChange>(m_index.data(ChecklistModel::ChangeRole).toInt()),
            static_cast<ItemStatus>(m_index.data(ChecklistModel::PreviousStatusRole).toInt()),
            m_index.data(ChecklistModel::PreviousCheckedAtRole).toDateTime());
        for (const QString &line : {age, change}) {
            if (!line.isEmpty())
                html += paragraph(line);
        }
    }
    const QStringList mark = ReportText::markLines(m_index);
    if (!mark.isEmpty()) {
        html += heading(tr("Your answer"));
        for (const QString &line : mark)
            html += paragraph(line);
    }
    // The plans saved without a verified backup, with the task whose plan they are, as the report has them.
    if (taskId() == m_model->planRecordTask() && !m_model->plansWithoutBackup().isEmpty()) {
        html += heading(tr("Service plans saved without a verified backup"));
        for (const PlanWithoutBackup &plan : m_model->plansWithoutBackup()) {
            for (const QString &line : ReportText::planWithoutBackupLines(plan))
                html += paragraph(line);
        }
    }
    if (const Task *task = Catalog::instance().task(taskId())) {
        for (const QString &line : ChosenFigures::lines(*task, m_model->session().formValues))
            html += paragraph(line);
    }
    html += small(tr("Source: %1").arg(m_index.data(ChecklistModel::ReferenceRole).toString()));
    m_body->setText(html);

    // The answers are the model's (TaskActions); the panel only offers them.
    m_check->setVisible(m_canCheck && m_canCheck(taskId()));
    m_check->setEnabled(status != ItemStatus::Running);
    const bool needsNote = m_index.data(ChecklistModel::DoneNeedsNoteRole).toBool();
    m_done->setVisible(m_index.data(ChecklistModel::CanMarkDoneRole).toBool());
    m_done->setText(needsNote ? tr("I checked it &myself…") : tr("Mark as &done"));
    m_risk->setVisible(m_index.data(ChecklistModel::CanAcceptRiskRole).toBool());
    m_risk->setText(tr("&Accept the risk…"));
    m_notApplicable->setVisible(m_index.data(ChecklistModel::CanMarkNotApplicableRole).toBool());
    m_notApplicable->setText(tr("Does not a&pply…"));
    m_withdraw->setVisible(m_index.data(ChecklistModel::CanWithdrawRole).toBool());
    switch (static_cast<Mark>(m_index.data(ChecklistModel::MarkRole).toInt())) {
    case Mark::Done:
        m_withdraw->setText(tr("Mark as no&t done"));
        break;
    case Mark::RiskAccepted:
        m_withdraw->setText(tr("&Withdraw acceptance"));
        break;
    case Mark::NotApplicable:
        m_withdraw->setText(tr("It a&pplies after all"));
        break;
    case Mark::None:
        break;
    }
}

void TaskDetailsPanel::markDone()
{
    const QString id = taskId();
    if (id.isEmpty())
        return;
    if (m_model->actions(id).doneNeedsNote) {
        ReasonDialog dialog(ReasonDialog::Purpose::CheckedByHand, m_index, this);
        dialog.setObjectName(QStringLiteral("checkedByHandDialog"));
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString typed = m_note->text().trimmed();
        m_note->setText(typed.isEmpty() ? dialog.reason() : typed + u' ' + dialog.reason());
    }
    m_model->confirm(id, m_note->text());
    m_note->setModified(false);
}

bool TaskDetailsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // As the done button does, never marking it not done.
            if (!taskId().isEmpty() && m_model->actions(taskId()).canMarkDone)
                markDone();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TaskDetailsPanel::toggleDoneByKeyboard()
{
    // What the done and withdraw buttons do, where the model offers them (asked now: the
    // buttons themselves are refreshed on the next turn of the event loop).
    const QString id = taskId();
    if (id.isEmpty())
        return;
    if (m_model->actions(id).canMarkDone)
        markDone();
    else if (m_model->state(id).mark() == Mark::Done)
        m_model->withdrawMark(id);
}

void TaskDetailsPanel::askReason(ReasonDialog::Purpose purpose)
{
    const QString id = taskId();
    if (id.isEmpty())
        return;
    ReasonDialog dialog(purpose, m_index, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (purpose == ReasonDialog::Purpose::AcceptRisk)
        m_model->waive(id, dialog.reason(), dialog.until());
    else
        m_model->markNotApplicable(id, dialog.reason());
}

void TaskDetailsPanel::retranslate()
{
    m_noteLabel->setText(tr("N&ote:"));
    m_note->setPlaceholderText(tr("Optional: what you did, where the backup is, who to call…"));
    m_note->setAccessibleName(tr("Note"));
    m_markedByLabel->setText(tr("B&y:", "who made the mark"));
    m_markedBy->setPlaceholderText(tr("Who did it"));
    m_markedBy->setAccessibleName(tr("Done or decided by"));
    m_check->setText(tr("Check a&gain"));
    retranslateFigures();
    refresh();
}

void TaskDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace prep
