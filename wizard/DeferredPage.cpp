// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeferredPage.h"

#include <QEvent>

namespace prep {

void DeferredPage::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    build();
    retranslate();
}

void DeferredPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_built)
        retranslate();
    QWizardPage::changeEvent(event);
}

} // namespace prep
