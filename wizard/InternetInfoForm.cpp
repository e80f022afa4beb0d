// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InternetInfoForm.h"

#include "WrappingLabel.h"
#include "checklist/ChecklistModel.h"
#include "probes/net/InternetInfoFields.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace prep {

namespace {

QWidget *editorFor(const InternetInfoFields::Field &field, QWidget *parent)
{
    switch (field.kind) {
    case InternetInfoFields::Kind::Line:
        return new QLineEdit(parent);
    case InternetInfoFields::Kind::Lines: {
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        return edit;
    }
    case InternetInfoFields::Kind::Choice: {
        auto *combo = new QComboBox(parent);
        for (const InternetInfoFields::Choice &choice : field.choices)
            combo->addItem(QString(), QLatin1String(choice.id));
        return combo;
    }
    }
    return nullptr;
}

} // namespace

InternetInfoForm::InternetInfoForm(ChecklistModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_note(new WrappingLabel(this))
{
    setObjectName(QStringLiteral("internetInfoForm"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setObjectName(QStringLiteral("internetInfoNote"));

    auto *fields = new QWidget;
    // Each label above its field, the full width of the panel: some labels are whole questions.
    auto *form = new QVBoxLayout(fields);
    for (const InternetInfoFields::Field &field : InternetInfoFields::fields()) {
        const QString key = QLatin1String(field.key);
        const QString formKey = InternetInfoFields::formKey(field.key);
        auto *label = new WrappingLabel(fields);
        QWidget *editor = editorFor(field, fields);
        editor->setObjectName(key);
        label->setBuddy(editor);
        form->addWidget(label);
        form->addWidget(editor);
        m_labels.insert(key, label);
        m_editors.insert(key, editor);
        // Each change goes to the session at once, as the other answers of the operator do.
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            connect(line, &QLineEdit::textEdited, this, [this, formKey](const QString &text) { m_model->setFormValue(formKey, text); });
        else if (auto *lines = qobject_cast<QPlainTextEdit *>(editor))
            connect(lines, &QPlainTextEdit::textChanged, this,
                    [this, formKey, lines] { m_model->setFormValue(formKey, lines->toPlainText()); });
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            connect(combo, &QComboBox::activated, this,
                    [this, formKey, combo] { m_model->setFormValue(formKey, combo->currentData().toString()); });
    }
    form->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(scroll, 1);

    // The probe fills in values, and a resumed or new session replaces them all.
    connect(m_model, &ChecklistModel::sessionChanged, this, &InternetInfoForm::showValues);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InternetInfoForm::showValues);
    retranslate();
}

void InternetInfoForm::showValues()
{
    for (const InternetInfoFields::Field &field : InternetInfoFields::fields()) {
        const QString value = m_model->formValue(InternetInfoFields::formKey(field.key));
        QWidget *editor = m_editors.value(QLatin1String(field.key));
        const QSignalBlocker blocker(editor); // showing a value is not the operator's change
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            if (line->text() != value)
                line->setText(value);
        } else if (auto *lines = qobject_cast<QPlainTextEdit *>(editor)) {
            if (lines->toPlainText() != value)
                lines->setPlainText(value);
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
        }
    }
}

void InternetInfoForm::retranslate()
{
    m_note->setText(QStringLiteral("%1\n%2").arg(tr("Information you may need for the Internet connection and e-mail after the upgrade. "
                                                      "The wizard filled in what it found in the network settings; complete the rest."),
                                                   InternetInfoFields::notVerifiedText()));
    for (const InternetInfoFields::Field &field : InternetInfoFields::fields()) {
        const QString key = QLatin1String(field.key);
        const QString label = InternetInfoFields::labelText(field);
        m_labels.value(key)->setText(label);
        QWidget *editor = m_editors.value(key);
        editor->setAccessibleName(label);
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            for (int i = 0; i < combo->count(); ++i)
                combo->setItemText(i, InternetInfoFields::valueText(field, combo->itemData(i).toString()));
        }
    }
    showValues();
}

void InternetInfoForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace prep
