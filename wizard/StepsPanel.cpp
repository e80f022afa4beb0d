// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepsPanel.h"

#include "DeferredRefresh.h"
#include "PageIds.h"
#include "WrappingLabel.h"
#include "checklist/ChecklistModel.h"
#include "report/ReportText.h"
#include "report/SafeText.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace prep {

namespace {
// Each language is offered in its own words, whatever language the program speaks now.
QString languageName(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    return language;
}
} // namespace

StepsPanel::StepsPanel(ChecklistModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_languageLabel(new QLabel(this)), m_language(new QComboBox(this)),
      m_machine(new WrappingLabel(this)), m_stepsTitle(new QLabel(this)), m_stepsLayout(new QGridLayout),
      m_message(new WrappingLabel(this)), m_stepsRefresh(new DeferredRefresh(this, [this] { rebuildSteps(); }))
{
    setObjectName(QStringLiteral("stepsPanel"));
    setMinimumWidth(220);
    setMaximumWidth(260);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_languageLabel->setBuddy(m_language);
    layout->addWidget(m_languageLabel);
    layout->addWidget(m_language);
    layout->addSpacing(12);
    m_machine->setObjectName(QStringLiteral("machineLabel"));
    m_machine->setTextFormat(Qt::PlainText);
    layout->addWidget(m_machine);
    layout->addSpacing(12);
    QFont bold = m_stepsTitle->font();
    bold.setBold(true);
    m_stepsTitle->setFont(bold);
    layout->addWidget(m_stepsTitle);
    m_stepsLayout->setColumnStretch(1, 1);
    m_stepsLayout->setVerticalSpacing(4);
    layout->addLayout(m_stepsLayout);
    layout->addStretch(1);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("panelMessage"));
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_language, &QComboBox::activated, this, [this](int row) {
        emit languageRequested(m_language->itemData(row).toString());
    });
    connect(model, &ChecklistModel::statusesChanged, m_stepsRefresh, &DeferredRefresh::request);
    retranslate();
}

void StepsPanel::setLanguages(const QStringList &languages, const QString &current)
{
    m_language->clear();
    for (const QString &language : languages)
        m_language->addItem(languageName(language), language);
    m_language->setCurrentIndex(qMax(0, int(languages.indexOf(current))));
}

void StepsPanel::setCurrentPage(int pageId)
{
    m_current = pageId;
    rebuildSteps();
}

void StepsPanel::setMachine(const QString &hostName, const QDateTime &snapshotTakenAt)
{
    m_hostName = SafeText::oneLine(hostName, 200); // from a snapshot or a session file
    m_snapshotTakenAt = snapshotTakenAt;
    retranslate();
}

void StepsPanel::setDestination(bool migration, const SessionMachine &destination, bool opened)
{
    m_migration = migration;
    m_destination = destination;
    m_destination.hostName = SafeText::oneLine(destination.hostName, 200); // from a snapshot or a session file
    m_destinationOpened = opened;
    retranslate();
}

void StepsPanel::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void StepsPanel::setSteps(const QList<int> &pageIds)
{
    m_steps = pageIds;
    rebuildSteps();
}

QString StepsPanel::stepTitle(int pageId) const
{
    if (pageId == WelcomePageId)
        return tr("Welcome");
    if (pageId == PathPageId)
        return tr("Upgrade path");
    if (pageId == SummaryPageId)
        return tr("Summary");
    const auto category = static_cast<Category>(pageId - FirstCategoryPageId);
    const StatusCounts tally = m_model->counts(category);
    return tr("%1 (%2/%3)", "step title with tasks done and total")
        .arg(categoryTitle(category))
        .arg(tally.settled)
        .arg(tally.total);
}

void StepsPanel::rebuildSteps()
{
    while (m_stepLabels.size() > m_steps.size()) {
        delete m_markers.takeLast();
        delete m_stepLabels.takeLast();
    }
    while (m_stepLabels.size() < m_steps.size()) {
        auto *marker = new QLabel(this);
        marker->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("\u25B6 ")));
        marker->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        auto *label = new WrappingLabel(this);
        label->setObjectName(QStringLiteral("step"));
        label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(label, &QLabel::linkActivated, this, [this](const QString &link) {
            bool ok = false;
            const int pageId = link.mid(int(qstrlen("step:"))).toInt(&ok);
            if (link.startsWith(QLatin1String("step:")) && ok)
                emit stepRequested(pageId);
        });
        m_stepsLayout->addWidget(marker, int(m_markers.size()), 0);
        m_stepsLayout->addWidget(label, int(m_stepLabels.size()), 1);
        m_markers.append(marker);
        m_stepLabels.append(label);
    }
    for (int i = 0; i < m_steps.size(); ++i) {
        QLabel *label = m_stepLabels.at(i);
        const bool current = m_steps.at(i) == m_current;
        m_markers.at(i)->setText(current ? QStringLiteral("\u25B6") : QString());
        const QString title = stepTitle(m_steps.at(i));
        // The current step is plain text; the others are links to their page.
        label->setTextFormat(current ? Qt::PlainText : Qt::RichText);
        label->setText(current ? title
                               : QStringLiteral("<a href=\"step:%1\">%2</a>").arg(m_steps.at(i)).arg(title.toHtmlEscaped()));
        label->setAccessibleName(title);
        QFont font = label->font();
        font.setBold(current);
        label->setFont(font);
        label->setAccessibleDescription(current ? tr("current step") : QString());
    }
}

void StepsPanel::retranslate()
{
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_stepsTitle->setText(tr("Steps"));
    // The day in words, as the printed record has it: "21 November 2025, 09:30".
    const auto when = [](const QDateTime &taken) { return ReportText::dateTimeText(taken.toLocalTime()); };
    if (m_migration) {
        const QString source = m_snapshotTakenAt.isValid()
                                   ? tr("Source: %1 (snapshot of %2)").arg(m_hostName, when(m_snapshotTakenAt))
                                   : tr("Source: this computer, %1").arg(m_hostName);
        QString destination = tr("Destination: not opened");
        if (m_destinationOpened)
            destination = tr("Destination: %1 (snapshot of %2)").arg(m_destination.hostName, when(m_destination.snapshotTakenAt));
        else if (m_destination.isSnapshot())
            destination = tr("Destination: %1 (snapshot of %2, not open)")
                              .arg(m_destination.hostName, when(m_destination.snapshotTakenAt));
        m_machine->setText(source + u'\n' + destination);
    } else if (m_snapshotTakenAt.isValid()) {
        m_machine->setText(tr("Checking: %1\nfrom a snapshot taken %2").arg(m_hostName, when(m_snapshotTakenAt)));
    } else {
        m_machine->setText(tr("Checking this computer: %1").arg(m_hostName));
    }
    rebuildSteps();
}

void StepsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace prep
