// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

namespace prep {

// A wizard page that builds its widgets the first time it is shown instead of with the wizard:
// the first paint waits for none of the pages behind it, and a path visits only some of them.
// Until then a language switch has nothing to translate; after, the page follows every switch.
class DeferredPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

    // Builds the page now if it has not been built yet; initializePage() starts with this.
    void ensureBuilt();
    bool isBuilt() const { return m_built; }

protected:
    // Creates the widgets; retranslate() gives them their texts.
    virtual void build() = 0;
    virtual void retranslate() = 0;

    void changeEvent(QEvent *event) override;

private:
    bool m_built = false;
};

} // namespace prep
