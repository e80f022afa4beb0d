// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Category.h"

#include <QMap>
#include <QWizard>

namespace prep {

class CategoryPage;
class ChecklistModel;
class PathPage;
class StepsPanel;
class SummaryPage;
class WelcomePage;

// The wizard window: welcome, upgrade path, one page per category on the path, summary; the steps
// panel at the side. It shows the model and passes the operator's requests on as signals.
class PrepWizard : public QWizard
{
    Q_OBJECT

public:
    explicit PrepWizard(ChecklistModel *model, QWidget *parent = nullptr);
    ~PrepWizard() override;

    StepsPanel *stepsPanel() const { return m_steps; }
    WelcomePage *welcomePage() const { return m_welcome; }
    PathPage *pathPage() const { return m_path; }
    CategoryPage *categoryPage(Category category) const { return m_categoryPages.value(category); }
    SummaryPage *summaryPage() const { return m_summary; }

    void setLanguages(const QStringList &languages, const QString &current);

signals:
    void languageRequested(const QString &language);
    void checkRequested(const QString &taskId);
    void pathChosen(const QString &pathId);
    void startOverRequested();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslate();
    void updateWindowTitle();
    void updateSteps();

    ChecklistModel *m_model;
    StepsPanel *m_steps;
    WelcomePage *m_welcome;
    PathPage *m_path;
    QMap<Category, CategoryPage *> m_categoryPages;
    SummaryPage *m_summary;
    bool m_iconRequested = false;
};

} // namespace prep
