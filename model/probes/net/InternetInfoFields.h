// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace prep {

// The Internet information form of net.internet-info: what the operator
// may need for the Configure E-mail and Internet Connection Wizard. The official form (Appendix
// A of Getting Started) was not available, so every field is traced to a public source and the
// form says it is not verified. Values live in the session as "net.internet-info/<key>".
class InternetInfoFields
{
public:
    enum class Kind { Line, Lines, Choice };

    struct Choice
    {
        const char *id;    // stored in the session
        const char *label; // QT_TRANSLATE_NOOP("InternetInfoFields", ...)
    };

    struct Field
    {
        const char *key;
        const char *label; // QT_TRANSLATE_NOOP("InternetInfoFields", ...)
        Kind kind;
        std::vector<Choice> choices; // Choice fields; the first is "not answered"
        bool prefilled;              // the wizard fills it in from the network settings
    };

    static const std::vector<Field> &fields();
    static const Field *field(const QString &key);
    static QString formKey(const char *key); // "net.internet-info/isp"

    // Translated texts, for the form and the printout.
    static QString labelText(const Field &field);
    static QString valueText(const Field &field, const QString &value);
    static QString notVerifiedText();
};

} // namespace prep
