// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReasonDialog.h"

#include "WrappingLabel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace prep {

ReasonDialog::ReasonDialog(Purpose purpose, const QModelIndex &task, QWidget *parent)
    : QDialog(parent), m_purpose(purpose), m_task(task), m_question(new WrappingLabel(this)), m_reason(new QPlainTextEdit(this)),
      m_hasUntil(new QCheckBox(this)), m_until(new QDateEdit(QDate::currentDate().addDays(30), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    m_question->setTextFormat(Qt::PlainText);
    m_question->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_reason);
    // An accepted risk may hold until a day; after it the task counts as its finding again.
    m_hasUntil->setObjectName(QStringLiteral("untilCheck"));
    m_until->setObjectName(QStringLiteral("untilDate"));
    m_until->setCalendarPopup(true);
    m_until->setMinimumDate(QDate::currentDate());
    m_until->setEnabled(false);
    auto *untilRow = new QHBoxLayout;
    untilRow->addWidget(m_hasUntil);
    untilRow->addWidget(m_until);
    untilRow->addStretch(1);
    layout->addLayout(untilRow);
    m_hasUntil->setVisible(purpose == Purpose::AcceptRisk);
    m_until->setVisible(purpose == Purpose::AcceptRisk);
    connect(m_hasUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateButtons);
    retranslate();
    updateButtons();
    resize(480, 240);
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QDate ReasonDialog::until() const
{
    return m_purpose == Purpose::AcceptRisk && m_hasUntil->isChecked() ? m_until->date() : QDate();
}

void ReasonDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

void ReasonDialog::retranslate()
{
    const QString task = m_task.data(Qt::DisplayRole).toString();
    m_reason->setAccessibleName(tr("Reason"));
    switch (m_purpose) {
    case Purpose::AcceptRisk:
        setWindowTitle(tr("Accept the risk"));
        m_question->setText(tr("“%1” is not settled. If you go ahead anyway, write down why: the reason is "
                               "printed on the checklist, beside what the wizard found.")
                                .arg(task));
        m_reason->setPlaceholderText(tr("For example: the antivirus vendor confirmed the product is compatible."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Accept the risk"));
        m_hasUntil->setText(tr("&Until:", "the acceptance holds until a day"));
        m_until->setAccessibleName(tr("Last day the acceptance holds"));
        break;
    case Purpose::NotApplicable:
        setWindowTitle(tr("Does not apply"));
        m_question->setText(tr("“%1” applies only in some cases. Write down why it does not apply to this "
                               "server: the reason is printed on the checklist.")
                                .arg(task));
        m_reason->setPlaceholderText(tr("For example: we do not use Office 365."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Does not apply"));
        break;
    case Purpose::CheckedByHand:
        setWindowTitle(tr("Checked by hand"));
        m_question->setText(tr("The wizard could not check “%1”. If you checked it yourself, write down how "
                               "and what you saw: it is printed on the checklist.")
                                .arg(task));
        m_reason->setPlaceholderText(tr("For example: Disk Management shows 40 GB free on drive C."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as done"));
        break;
    }
}

void ReasonDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace prep
