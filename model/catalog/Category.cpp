// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Category.h"

#include <QCoreApplication>

namespace prep {

namespace {

struct CategoryInfo
{
    Category category;
    const char *id;
    const char *title;
    const char *intro;
};

// The intros of the four middle groups follow the section intros of "Windows Small Business Server
// 2003 Upgrade Best Practices" ("Preparación de los datos", ...), widened to the other paths.
constexpr std::array<CategoryInfo, 8> categoryInfos = {{
    {Category::BeforeYouStart, "pre", QT_TRANSLATE_NOOP("Catalog", "Before you start"),
     QT_TRANSLATE_NOOP("Catalog", "Confirm that your upgrade path is supported, and find the guide that describes it.")},
    {Category::Data, "data", QT_TRANSLATE_NOOP("Catalog", "Data preparation"),
     QT_TRANSLATE_NOOP("Catalog", "Protect important business and user data from loss or damage by running a virus scan and making a full backup of the existing installation.")},
    {Category::OperatingSystem, "os", QT_TRANSLATE_NOOP("Catalog", "Operating system preparation"),
     QT_TRANSLATE_NOOP("Catalog", "Prepare the system for the upgrade by installing all required updates and service packs, and find out whether your existing server applications are compatible with the new server software.")},
    {Category::Hardware, "hw", QT_TRANSLATE_NOOP("Catalog", "Hardware preparation"),
     QT_TRANSLATE_NOOP("Catalog", "Make sure that the hardware you use is compatible with the server software you are going to install, and that you use the most current drivers for your hardware devices.")},
    {Category::Network, "net", QT_TRANSLATE_NOOP("Catalog", "Network preparation"),
     QT_TRANSLATE_NOOP("Catalog", "Check all the connectivity requirements for the upgrade, and prepare the network and its users before you begin.")},
    {Category::Applications, "app", QT_TRANSLATE_NOOP("Catalog", "Applications"),
     QT_TRANSLATE_NOOP("Catalog", "Plan for the server applications that must be migrated, or that will no longer work, after the upgrade.")},
    {Category::Email, "mail", QT_TRANSLATE_NOOP("Catalog", "Email"),
     QT_TRANSLATE_NOOP("Catalog", "Prepare Exchange and the company's email for the upgrade or migration.")},
    {Category::AfterUpgrade, "post", QT_TRANSLATE_NOOP("Catalog", "After the upgrade"),
     QT_TRANSLATE_NOOP("Catalog", "What to know and what to do once the upgrade is complete.")},
}};

const CategoryInfo *info(Category category)
{
    for (const CategoryInfo &entry : categoryInfos) {
        if (entry.category == category)
            return &entry;
    }
    return nullptr;
}

} // namespace

QString categoryId(Category category)
{
    const CategoryInfo *entry = info(category);
    return entry ? QString::fromLatin1(entry->id) : QString();
}

bool categoryFromId(const QString &id, Category *category)
{
    for (const CategoryInfo &entry : categoryInfos) {
        if (id == QLatin1String(entry.id)) {
            if (category)
                *category = entry.category;
            return true;
        }
    }
    return false;
}

QString categoryTitle(Category category)
{
    const CategoryInfo *entry = info(category);
    return entry ? QCoreApplication::translate("Catalog", entry->title) : QString();
}

QString categoryIntro(Category category)
{
    const CategoryInfo *entry = info(category);
    return entry ? QCoreApplication::translate("Catalog", entry->intro) : QString();
}

} // namespace prep
