// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticeCountdownPanel.h"

#include "WrappingLabel.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace prep {

NoticeCountdownPanel::NoticeCountdownPanel(PathSource pathId, QWidget *parent)
    : QWidget(parent), m_pathId(std::move(pathId)),
      m_countdown(NoticeCountdown::documentWaitSeconds(m_pathId ? m_pathId() : QString())),
      m_clock([this] { return m_elapsed.elapsed(); }), m_intro(new WrappingLabel),
      m_command(new WrappingLabel), m_copy(new QPushButton), m_startStop(new QPushButton), m_timeLeft(new QLabel),
      m_timer(new QTimer(this))
{
    m_elapsed.start();
    setObjectName(QStringLiteral("noticeCountdown"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_command->setObjectName(QStringLiteral("noticeCommand"));
    m_command->setWordWrap(true);
    m_command->setTextFormat(Qt::PlainText);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_command->setFrameShape(QFrame::StyledPanel);
    m_command->setMargin(4);
    m_copy->setObjectName(QStringLiteral("noticeCopyButton"));
    m_startStop->setObjectName(QStringLiteral("noticeStartButton"));
    m_timeLeft->setObjectName(QStringLiteral("noticeTimeLeft"));
    m_timeLeft->setTextFormat(Qt::PlainText);
    m_timeLeft->setWordWrap(true);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &NoticeCountdownPanel::showTimeLeft);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (QClipboard *clipboard = QGuiApplication::clipboard())
            clipboard->setText(m_command->text());
    });
    connect(m_startStop, &QPushButton::clicked, this, &NoticeCountdownPanel::startOrStop);

    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_copy, 0, Qt::AlignTop);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_startStop);
    timeRow->addWidget(m_timeLeft, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(commandRow);
    layout->addLayout(timeRow);
    retranslate();
}

bool NoticeCountdownPanel::hasWait(const QString &pathId)
{
    return NoticeCountdown::documentWaitSeconds(pathId) > 0;
}

void NoticeCountdownPanel::showEvent(QShowEvent *event)
{
    // The path may have changed since: its figure, unless a wait is running.
    const int wait = NoticeCountdown::documentWaitSeconds(m_pathId ? m_pathId() : QString());
    if (wait != m_countdown.waitSeconds() && m_countdown.state(m_clock()) != NoticeCountdown::State::Running) {
        m_countdown = NoticeCountdown(wait);
        m_timer->stop();
        retranslate();
    }
    QWidget::showEvent(event);
}

void NoticeCountdownPanel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    showTimeLeft();
}

void NoticeCountdownPanel::startOrStop()
{
    if (m_countdown.state(m_clock()) == NoticeCountdown::State::Running) {
        m_countdown.reset();
        m_timer->stop();
    } else {
        m_countdown.start(m_clock());
        m_timer->start();
    }
    showTimeLeft();
}

void NoticeCountdownPanel::showTimeLeft()
{
    const qint64 now = m_clock();
    const int left = m_countdown.secondsLeft(now);
    switch (m_countdown.state(now)) {
    case NoticeCountdown::State::NotStarted:
        m_startStop->setText(tr("&Start the wait"));
        m_timeLeft->setText(tr("Wait after the message: %1").arg(NoticeCountdown::clockText(left)));
        break;
    case NoticeCountdown::State::Running:
        m_startStop->setText(tr("S&top the wait"));
        m_timeLeft->setText(tr("Time left: %1").arg(NoticeCountdown::clockText(left)));
        break;
    case NoticeCountdown::State::Over:
        m_timer->stop();
        m_startStop->setText(tr("&Start the wait again"));
        m_timeLeft->setText(tr("The time is up: continue with the next step."));
        break;
    }
}

void NoticeCountdownPanel::retranslate()
{
    const int wait = m_countdown.waitSeconds();
    m_intro->setText(tr("To notify all users, you can send them this message at a command prompt; then start the wait:"));
    m_command->setText(NoticeCountdown::command(wait));
    m_command->setAccessibleName(tr("Message to the users"));
    m_copy->setText(tr("Cop&y"));
    showTimeLeft();
}

void NoticeCountdownPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace prep
