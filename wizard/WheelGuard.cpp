// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>

namespace prep {

namespace {
// The combo box or spin box `object` belongs to (a spin box's line edit is its child), if any.
QWidget *choiceControl(QObject *object)
{
    for (int depth = 0; object && object->isWidgetType() && depth < 3; ++depth, object = object->parent()) {
        if (qobject_cast<QComboBox *>(object) || qobject_cast<QAbstractSpinBox *>(object))
            return static_cast<QWidget *>(object);
    }
    return nullptr;
}
} // namespace

WheelGuard::WheelGuard(QObject *parent) : QObject(parent)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

WheelGuard::~WheelGuard()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        if (QWidget *control = choiceControl(watched)) {
            // Clicking or tabbing gives the control focus; the wheel alone no longer does.
            if (control->focusPolicy() == Qt::WheelFocus)
                control->setFocusPolicy(Qt::StrongFocus);
            if (!control->hasFocus()) {
                event->ignore(); // QApplication hands an ignored wheel on to the parent
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace prep
