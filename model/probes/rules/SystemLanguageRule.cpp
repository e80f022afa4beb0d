// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/SystemLanguageRule.h"

#include "probes/helpers/FactsText.h"

#include <QLocale>

namespace prep {

Finding SystemLanguageRule::evaluate(const facts::Facts &facts)
{
    const QString tag = factsText::shown(facts.os.language);
    if (tag.isEmpty())
        return factsText::couldNotRead(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not read the language of the operating system: look it up on the server (Control Panel, Regional and Language Options).")), facts);
    // The language's own name ("español"), which reads the same in every language of the wizard.
    const QLocale locale(QString(tag).replace(u'-', u'_'));
    const QString name = locale.language() == QLocale::C ? tag : QStringLiteral("%1, %2").arg(tag, locale.nativeLanguageName());
    const TextArg system = TextArg::text(facts.os.name.empty() ? QStringLiteral("?") : factsText::shown(facts.os.name));
    Finding finding;
    finding.status = ItemStatus::Pending;
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The operating system (%1) is installed in this language: %2."), {system, TextArg::text(name)}));
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Make sure the upgrade software is the same language edition, then mark the task done. For international versions, contact your local Microsoft representative.")));
    return finding;
}

} // namespace prep
