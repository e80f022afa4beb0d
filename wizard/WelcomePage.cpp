// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "FittedTextView.h"
#include "PageIds.h"
#include "PageScroll.h"
#include "TitledPanel.h"
#include "WrappingLabel.h"
#include "checklist/ChecklistModel.h"
#include "report/ReportText.h"
#include "report/SafeText.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QHBoxLayout>
#include <QRadioButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace prep {

WelcomePage::WelcomePage(ChecklistModel *model, QWidget *parent)
    : QWizardPage(parent), m_model(model), m_intro(new FittedTextView(this)), m_problem(new WrappingLabel(this)),
      m_resumeBox(new TitledPanel(this)), m_resumeText(new WrappingLabel(m_resumeBox->body())),
      m_resume(new QRadioButton(m_resumeBox->body())), m_startOver(new QRadioButton(m_resumeBox->body())),
      m_operatorLabel(new QLabel(this)), m_operator(new QLineEdit(this)), m_serverLabel(new QLabel(this)),
      m_server(new QLineEdit(this)), m_hasPlannedDate(new QCheckBox(this)), m_plannedDate(new QDateEdit(this)),
      m_snapshotBox(new TitledPanel(this)),
      m_snapshotText(new FittedTextView(m_snapshotBox->body())), m_openSnapshot(new QPushButton(m_snapshotBox->body()))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setFrameShape(QFrame::StyledPanel);
    m_problem->setObjectName(QStringLiteral("sessionProblem"));
    m_problem->hide();
    m_resumeText->setTextFormat(Qt::PlainText);
    m_resumeText->setObjectName(QStringLiteral("resumeText"));
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_startOver->setObjectName(QStringLiteral("startOverButton"));
    m_resume->setChecked(true);
    auto *resumeLayout = new QVBoxLayout(m_resumeBox->body());
    resumeLayout->addWidget(m_resumeText);
    resumeLayout->addWidget(m_resume);
    resumeLayout->addWidget(m_startOver);
    m_resumeBox->hide();

    m_operator->setObjectName(QStringLiteral("operatorEdit"));
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_operatorLabel->setBuddy(m_operator);
    m_serverLabel->setBuddy(m_server);
    auto *form = new QFormLayout;
    form->addRow(m_operatorLabel, m_operator);
    form->addRow(m_serverLabel, m_server);
    // Not given until the operator ticks the box: no date is printed rather than a made-up one.
    m_hasPlannedDate->setObjectName(QStringLiteral("plannedDateCheck"));
    m_plannedDate->setObjectName(QStringLiteral("plannedDateEdit"));
    m_plannedDate->setCalendarPopup(true);
    m_plannedDate->setDateRange(Session::earliestPlannedDate(), Session::latestPlannedDate());
    m_plannedDate->setDate(QDate::currentDate());
    m_plannedDate->setEnabled(false);
    m_plannedDate->setFocusPolicy(Qt::StrongFocus); // the wheel needs a click first (WheelGuard)
    form->addRow(m_hasPlannedDate, m_plannedDate);

    m_openSnapshot->setObjectName(QStringLiteral("openSnapshotButton"));
    auto *snapshotLayout = new QHBoxLayout(m_snapshotBox->body());
    snapshotLayout->addWidget(m_snapshotText, 1);
    snapshotLayout->addWidget(m_openSnapshot, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(scrollingContent(this));
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_problem);
    layout->addWidget(m_resumeBox);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_snapshotBox);
    layout->addStretch(1);

    connect(m_operator, &QLineEdit::textEdited, model, &ChecklistModel::setOperatorName);
    connect(m_server, &QLineEdit::textEdited, model, &ChecklistModel::setServerName);
    connect(m_hasPlannedDate, &QCheckBox::toggled, this, [this](bool given) {
        m_plannedDate->setEnabled(given);
        m_model->setPlannedDate(given ? m_plannedDate->date() : QDate());
    });
    connect(m_plannedDate, &QDateEdit::dateChanged, this, [this](const QDate &day) {
        if (m_hasPlannedDate->isChecked())
            m_model->setPlannedDate(day);
    });
    connect(m_openSnapshot, &QPushButton::clicked, this, &WelcomePage::openSnapshotRequested);
    // A snapshot names its server: show the name the wizard now uses.
    connect(model, &ChecklistModel::sessionChanged, this, [this] {
        if (!m_server->hasFocus() && m_server->text() != m_model->session().serverName)
            m_server->setText(m_model->session().serverName);
        showPlannedDate();
    });
    retranslate();
}

void WelcomePage::offerResume(bool offer)
{
    m_resumeBox->setVisible(offer);
    m_resume->setChecked(true);
    retranslate();
}

void WelcomePage::setProblem(const QString &message)
{
    m_problemText = message;
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void WelcomePage::initializePage()
{
    m_operator->setText(m_model->session().operatorName);
    QString server = m_model->session().serverName;
    if (server.isEmpty()) {
        server = QSysInfo::machineHostName();
        m_model->setServerName(server);
    }
    m_server->setText(server);
    showPlannedDate();
}

void WelcomePage::showPlannedDate()
{
    const QDate planned = m_model->session().plannedDate;
    if (m_plannedDate->hasFocus() || (planned.isValid() == m_hasPlannedDate->isChecked()
                                      && (!planned.isValid() || planned == m_plannedDate->date())))
        return;
    if (planned.isValid())
        m_plannedDate->setDate(planned);
    m_hasPlannedDate->setChecked(planned.isValid());
}

bool WelcomePage::validatePage()
{
    if (m_resumeBox->isVisible() && m_startOver->isChecked()) {
        if (m_startOverCheck && !m_startOverCheck())
            return false;
        emit startOverRequested();
        m_resumeBox->hide();
    }
    return true;
}

bool WelcomePage::resumeChosen() const
{
    return !m_resumeBox->isHidden() && m_resume->isChecked();
}

void WelcomePage::retranslate()
{
    setTitle(tr("Welcome to Prep Wizard"));
    setSubTitle(tr("Prepare your server for an upgrade or a move to a new server, one task at a time."));
    m_intro->setHtml(
        tr("<p>Microsoft's upgrade guides list many small tasks to do before an upgrade. Skipping one "
           "(a backup that was never tested, a program that keeps a file open, a clock a few minutes "
           "off) can spoil the whole upgrade.</p>"
           "<p>This wizard goes through them with you. It checks what a program can check on this "
           "computer by itself; for the rest it shows you what to do, and you mark each task done. "
           "Your progress is saved as you go, and at the end you can print the checklist for your "
           "records.</p>"
           "<p><b>What happens next</b></p>"
           "<ol><li>Choose the upgrade path: what the server runs now and what it will run.</li>"
           "<li>Work through the tasks page by page: Data, Operating system, Hardware, Network and, "
           "where your path needs them, Applications and Email.</li>"
           "<li>Check the summary, then print the checklist or save it as a PDF.</li></ol>"
           "<p>You can stop at any time: the next time you start the wizard, it offers to continue "
           "where you left off.</p>"));
    m_resumeBox->setTitle(tr("Saved progress"));
    const Session &session = m_model->session();
    const StatusCounts tally = m_model->counts();
    const UpgradePath *path = m_model->path();
    const QString pathText = path ? tr("%1 → %2").arg(path->sourceText(), path->targetText()) : tr("no path chosen yet");
    m_resumeText->setText(tr("You started a checklist for %1 (%2). %3 of %4 tasks are done. Last saved: %5.")
                              .arg(session.serverName.isEmpty() ? tr("this server") : SafeText::oneLine(session.serverName, 80),
                                   pathText, QString::number(tally.settled), QString::number(tally.total),
                                   ReportText::dateTimeText(session.savedAt)));
    m_resume->setText(tr("Con&tinue where I left off"));
    m_startOver->setText(tr("&Start a new checklist (the current one is kept as a dated copy)"));
    m_operatorLabel->setText(tr("&Your name:"));
    m_operator->setPlaceholderText(tr("Who is preparing the server (printed on the checklist)"));
    m_operator->setAccessibleName(tr("Your name"));
    m_serverLabel->setText(tr("Se&rver name:"));
    m_server->setAccessibleName(tr("Server name"));
    m_server->setPlaceholderText(tr("The server being upgraded"));
    m_hasPlannedDate->setText(tr("Upgrade &planned for:"));
    m_hasPlannedDate->setToolTip(tr("Tick if you know the day of the upgrade: it is printed on the checklist"));
    m_hasPlannedDate->setAccessibleName(tr("I know the date of the upgrade"));
    m_plannedDate->setAccessibleName(tr("Date the upgrade is planned for"));
    m_plannedDate->setLocale(QLocale());
    m_plannedDate->setDisplayFormat(ReportText::tr("d MMMM yyyy", "QLocale date format of reports: 13 March 2025"));
    m_snapshotBox->setTitle(tr("Checking an older server"));
    m_snapshotText->setPlainText(
        tr("The wizard checks the computer it runs on. To prepare an older server that cannot run it "
           "(Windows 2000 or Windows Server 2003), copy prepprobe.exe to that server, run it, and bring "
           "the file it writes back here."));
    m_openSnapshot->setText(tr("&Open a server snapshot…"));
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

} // namespace prep
