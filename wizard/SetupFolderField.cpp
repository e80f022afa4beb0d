// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupFolderField.h"

#include "checklist/ChecklistModel.h"
#include "probes/runner/ProbeRunner.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace prep {

SetupFolderField::SetupFolderField(ChecklistModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_label(new QLabel(this)), m_folder(new QLineEdit(this)),
      m_browse(new QPushButton(this))
{
    setObjectName(QStringLiteral("setupFolderField"));
    m_folder->setObjectName(QStringLiteral("setupFolderEdit"));
    m_browse->setObjectName(QStringLiteral("setupFolderBrowse"));
    m_label->setBuddy(m_folder);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_folder, 1);
    layout->addWidget(m_browse);
    connect(m_folder, &QLineEdit::editingFinished, this, [this] { choose(m_folder->text().trimmed()); });
    connect(m_browse, &QPushButton::clicked, this, &SetupFolderField::browse);
    const auto show = [this] { m_folder->setText(m_model->formValue(ProbeRunner::setupFolderKey())); };
    connect(m_model, &QAbstractItemModel::modelReset, this, show);
    show();
    retranslate();
}

void SetupFolderField::choose(const QString &folder)
{
    if (folder == m_model->formValue(ProbeRunner::setupFolderKey()))
        return;
    m_model->setFormValue(ProbeRunner::setupFolderKey(), folder);
    m_folder->setText(folder);
    emit folderChosen();
}

void SetupFolderField::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for Setup's files"), m_folder->text());
    if (!folder.isEmpty())
        choose(QDir::toNativeSeparators(folder));
}

void SetupFolderField::retranslate()
{
    m_label->setText(tr("&Folder for Setup's files:"));
    m_folder->setAccessibleName(tr("Folder for Setup's files"));
    m_folder->setPlaceholderText(tr("Empty: only the system volume is checked"));
    m_browse->setText(tr("Bro&wse…"));
}

void SetupFolderField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace prep
