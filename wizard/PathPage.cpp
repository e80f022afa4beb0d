// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathPage.h"

#include "PageIds.h"
#include "PageScroll.h"
#include "TextHtml.h"
#include "TitledPanel.h"
#include "WrappingLabel.h"
#include "catalog/Catalog.h"
#include "checklist/ChecklistModel.h"
#include "checklist/StatusIcon.h"
#include "probes/helpers/PathMatch.h"
#include "report/ReportText.h"
#include "report/SafeText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace prep {

namespace {
ItemStatus verdictLook(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Supported:
        return ItemStatus::Passed;
    case Verdict::Staged:
    case Verdict::Migration:
        return ItemStatus::Warning;
    case Verdict::Unsupported:
        return ItemStatus::Blocker;
    }
    return ItemStatus::Unknown;
}
} // namespace

PathPage::PathPage(ChecklistModel *model, QWidget *parent) : DeferredPage(parent), m_model(model)
{
    setObjectName(QStringLiteral("pathPage"));
}

void PathPage::build()
{
    m_sourceLabel = new QLabel(this);
    m_source = new QComboBox(this);
    m_targetLabel = new QLabel(this);
    m_target = new QComboBox(this);
    m_verdictIcon = new QLabel(this);
    m_verdict = new QLabel(this);
    m_match = new WrappingLabel;
    m_match->setObjectName(QStringLiteral("pathMatch"));
    m_match->setTextFormat(Qt::RichText);
    m_match->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_match->hide();
    m_details = new WrappingLabel;
    m_acknowledge = new QCheckBox(this);
    // Long product names must not make the page wider than a small screen.
    for (QComboBox *combo : {m_source, m_target}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeUnsupported"));
    m_sourceLabel->setBuddy(m_source);
    m_targetLabel->setBuddy(m_target);
    auto *form = new QFormLayout;
    form->addRow(m_sourceLabel, m_source);
    form->addRow(m_targetLabel, m_target);

    QFont big = m_verdict->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_verdict->setFont(big);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setTextFormat(Qt::PlainText);
    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdictIcon);
    verdictRow->addWidget(m_verdict, 1);

    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setObjectName(QStringLiteral("pathDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_details->setOpenExternalLinks(true); // web addresses open in the browser

    // A migration's second machine: the Destination Server, from its snapshot.
    m_destinationBox = new TitledPanel(this);
    m_destinationBox->setObjectName(QStringLiteral("destinationBox"));
    m_destinationText = new WrappingLabel(m_destinationBox->body());
    m_destinationText->setObjectName(QStringLiteral("destinationText"));
    m_destinationText->setTextFormat(Qt::PlainText);
    m_destinationText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openDestination = new QPushButton(m_destinationBox->body());
    m_openDestination->setObjectName(QStringLiteral("openDestinationButton"));
    m_forgetDestination = new QPushButton(m_destinationBox->body());
    m_forgetDestination->setObjectName(QStringLiteral("forgetDestinationButton"));
    auto *destinationButtons = new QHBoxLayout;
    destinationButtons->addWidget(m_openDestination);
    destinationButtons->addWidget(m_forgetDestination);
    destinationButtons->addStretch(1);
    auto *destinationLayout = new QVBoxLayout(m_destinationBox->body());
    destinationLayout->addWidget(m_destinationText);
    destinationLayout->addLayout(destinationButtons);
    m_destinationBox->hide();

    auto *layout = new QVBoxLayout(scrollingContent(this));
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_destinationBox);
    layout->addWidget(m_match);
    layout->addLayout(verdictRow);
    layout->addWidget(m_details);
    layout->addWidget(m_acknowledge);
    layout->addStretch(1);

    connect(m_source, &QComboBox::activated, this, [this] {
        fillTargets();
        choosePath();
    });
    connect(m_target, &QComboBox::activated, this, &PathPage::choosePath);
    connect(m_acknowledge, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_openDestination, &QPushButton::clicked, this, &PathPage::openDestinationRequested);
    connect(m_forgetDestination, &QPushButton::clicked, this, &PathPage::forgetDestinationRequested);
}

const UpgradePath *PathPage::selectedPath() const
{
    return Catalog::instance().path(m_target->currentData().toString());
}

void PathPage::fillSources()
{
    const QString current = m_source->currentData().toString();
    m_source->clear();
    for (const UpgradePath &path : Catalog::instance().paths()) {
        const QString key = QString::fromUtf8(path.source);
        if (m_source->findData(key) < 0)
            m_source->addItem(path.sourceText(), key);
    }
    m_source->setCurrentIndex(qMax(0, m_source->findData(current)));
}

void PathPage::fillTargets()
{
    const QString current = m_target->currentData().toString();
    const QString source = m_source->currentData().toString();
    m_target->clear();
    for (const UpgradePath &path : Catalog::instance().paths()) {
        if (QString::fromUtf8(path.source) == source)
            m_target->addItem(path.targetText(), QString::fromLatin1(path.id));
    }
    m_target->setCurrentIndex(qMax(0, m_target->findData(current)));
}

void PathPage::initializePage()
{
    ensureBuilt();
    // Show the path the model holds (resumed session or --path), else the one that starts from the
    // snapshot's server, else the first one. Shown is chosen: the checks start with this page.
    const UpgradePath *path = m_model->path();
    if (!path && m_facts)
        path = Catalog::instance().path(PathMatch::suggestedPath(*m_facts));
    if (path) {
        fillSources();
        m_source->setCurrentIndex(qMax(0, m_source->findData(QString::fromUtf8(path->source))));
        fillTargets();
        m_target->setCurrentIndex(qMax(0, m_target->findData(QString::fromLatin1(path->id))));
    }
    choosePath();
}

void PathPage::choosePath()
{
    if (const UpgradePath *path = selectedPath()) {
        const QString id = QString::fromLatin1(path->id);
        if (id != m_model->pathId()) {
            m_acknowledge->setChecked(false);
            m_model->setPath(id);
        }
        emit pathChosen(id);
    }
    showPath();
    emit completeChanged();
}

void PathPage::setSnapshotFacts(std::shared_ptr<const facts::Facts> facts)
{
    m_facts = std::move(facts);
    if (isBuilt())
        showPath();
}

void PathPage::setDestination(const SessionMachine &destination, bool opened, const QString &problem)
{
    m_destination = destination;
    m_destinationOpened = opened;
    m_destinationProblem = problem;
    if (isBuilt())
        showDestination();
}

void PathPage::showDestination()
{
    const UpgradePath *path = selectedPath();
    m_destinationBox->setVisible(path && path->verdict == Verdict::Migration);
    // From a snapshot or a session file: one line each, of a length a page can show.
    const QString host = SafeText::oneLine(m_destination.hostName, 200);
    const QString file = SafeText::oneLine(QDir::toNativeSeparators(m_destination.snapshotFile));
    const QString when = ReportText::dateTimeText(m_destination.snapshotTakenAt.toLocalTime());
    QString text;
    if (!m_destination.isSnapshot())
        text = tr("Not opened yet: the hardware and clock checks need it. On the Destination Server, run "
                  "prepprobe.exe --time-server HOST --output FILE, bring the file here and open it.");
    else if (m_destinationOpened)
        text = tr("%1, from the snapshot %2 taken on %3. The hardware and clock checks read it.").arg(host, file, when);
    else if (!m_destinationProblem.isEmpty())
        text = tr("%1, from the snapshot %2 taken on %3, and that file cannot be opened: %4\nOpen it from where it "
                  "is now, or a new snapshot. The hardware and clock checks wait until then.")
                   .arg(host, file, when, SafeText::oneLine(m_destinationProblem));
    else
        text = tr("%1: opening the snapshot %2…").arg(host, file);
    m_destinationText->setText(text);
    m_forgetDestination->setVisible(m_destination.isSnapshot());
}

void PathPage::showPath()
{
    const UpgradePath *path = selectedPath();
    const QString match = path && m_facts ? PathMatch::snapshotSentence(*path, *m_facts) : QString();
    if (match.isEmpty())
        m_match->clear();
    else if (PathMatch::of(*path, *m_facts) == PathMatch::Result::Matches)
        m_match->setText(paragraph(match));
    else
        m_match->setText(cautionBox(tr("Check the path:"), match));
    m_match->setVisible(!match.isEmpty());
    if (!path) {
        showDestination();
        m_verdict->clear();
        m_details->clear();
        m_acknowledge->hide();
        return;
    }
    m_verdictIcon->setPixmap(statusIcon(verdictLook(path->verdict)).pixmap(32, 32));
    m_verdictIcon->setAccessibleName(verdictTitle(path->verdict));
    m_verdict->setText(verdictTitle(path->verdict));
    QString html = paragraph(verdictExplanation(path->verdict));
    html += heading(tr("Steps, in this order")) + orderedList(path->stepTexts());
    // A staged path carries the tasks and notes of each later stage (Catalog::stages): say which.
    const auto stages = Catalog::instance().stages(QLatin1String(path->id));
    // Each stage in its order: "then", one sentence per stage, true for one stage or several.
    for (std::size_t i = 1; i < stages.size(); ++i)
        html += paragraph(tr("Then the path goes on from %1 to %2: the tasks and notes of that stage are part of this path.")
                              .arg(stages[i]->sourceText(), stages[i]->targetText()));
    if (!path->notes.empty())
        html += heading(tr("Good to know")) + bulletList(path->noteTexts());
    html += small(tr("Source: %1").arg(path->referenceText()));
    m_details->setText(html);
    m_acknowledge->setVisible(path->verdict == Verdict::Unsupported);
    showDestination();
}

bool PathPage::isComplete() const
{
    if (!isBuilt())
        return false;
    const UpgradePath *path = selectedPath();
    return path && (path->verdict != Verdict::Unsupported || m_acknowledge->isChecked());
}

int PathPage::nextId() const
{
    const std::vector<Category> categories = m_model->categories();
    return categories.empty() ? int(SummaryPageId) : categoryPageId(categories.front());
}

void PathPage::retranslate()
{
    setTitle(tr("Upgrade path"));
    setSubTitle(tr("Tell the wizard what the server runs now and what you are moving to."));
    m_sourceLabel->setText(tr("The server &runs now:"));
    m_targetLabel->setText(tr("You are &moving to:"));
    m_source->setAccessibleName(tr("The server runs now"));
    m_target->setAccessibleName(tr("You are moving to"));
    m_destinationBox->setTitle(ReportText::destination());
    m_openDestination->setText(tr("&Open the Destination's snapshot…"));
    m_forgetDestination->setText(tr("&Forget it"));
    m_forgetDestination->setAccessibleName(tr("Forget the Destination's snapshot"));
    m_acknowledge->setText(tr("I understand that this upgrade is not supported as it stands, and I want "
                              "to prepare for it &anyway."));
    fillSources();
    fillTargets();
    showPath();
}

} // namespace prep
