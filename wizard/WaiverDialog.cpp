// SPDX-License-Identifier: GPL-3.0-or-later
#include "WaiverDialog.h"
#include "WrappingLabel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace prep {

WaiverDialog::WaiverDialog(const QModelIndex &task, QWidget *parent)
    : QDialog(parent), m_task(task), m_question(new WrappingLabel(this)), m_reason(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("waiverDialog"));
    m_question->setTextFormat(Qt::PlainText);
    m_question->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &WaiverDialog::updateButtons);
    retranslate();
    updateButtons();
    resize(480, 240);
}

QString WaiverDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void WaiverDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

void WaiverDialog::retranslate()
{
    setWindowTitle(tr("Accept the risk"));
    m_question->setText(tr("“%1” is not settled. If you go ahead anyway, write down why: the reason is "
                           "printed on the checklist.")
                            .arg(m_task.data(Qt::DisplayRole).toString()));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("For example: the antivirus vendor confirmed the product is compatible."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Accept the risk"));
}

void WaiverDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace prep
