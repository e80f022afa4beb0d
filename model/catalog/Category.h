// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>

namespace prep {

// The groups of the checklist, in the order the wizard shows them. The four middle ones are the
// sections of the source documents ("Preparación de los datos", ...).
enum class Category { BeforeYouStart, Data, OperatingSystem, Hardware, Network, Applications, Email, AfterUpgrade };

inline constexpr std::array<Category, 8> allCategories = {
    Category::BeforeYouStart, Category::Data,         Category::OperatingSystem, Category::Hardware,
    Category::Network,        Category::Applications, Category::Email,           Category::AfterUpgrade};

// Stable id used in JSON and session files ("data", "os", ...); never translated.
QString categoryId(Category category);
bool categoryFromId(const QString &id, Category *category);
// The page title in the current language ("Data preparation" / "Preparación de los datos").
QString categoryTitle(Category category);
// One sentence under the title: what this group of tasks is for.
QString categoryIntro(Category category);

} // namespace prep
