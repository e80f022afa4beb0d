// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Category.h"

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
    // Where the progress is saved: Close, Escape and Finish say it.
    void setSessionFile(const QString &fileName) { m_sessionFile = fileName; }
    // Goes to the page, back through the pages visited or on through the pages between, as Next
    // would (it stops at a page that does not let the operator on yet).
    void goToPage(int pageId);
    // Goes to the page of the task and opens it there (a step of the documents' order).
    void goToTask(const QString &taskId);

    void accept() override;
    // F1 and the Help button: what to do on the current page (and with the open task), in words.
    QString helpText() const;
    void showHelp();

signals:
    void languageRequested(const QString &language);
    void checkRequested(const QString &taskId);
    void figureChanged(const QString &taskId); // a figure this program chose, changed by the operator
    void pathChosen(const QString &pathId);
    void startOverRequested();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void fitToScreen();
    // Close and Escape ask first, saying where the progress is saved.
    void confirmClose();
    QString savedWhere() const;
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
    QString m_sessionFile;
};

} // namespace prep
