// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// A widget redrawn from the model catches up once per event-loop turn, however many changes came,
// and a hidden one only when it is shown, before it is painted.

#include "DeferredRefresh.h"

#include <QEvent>
#include <QTest>
#include <QWidget>

using namespace prep;

namespace {
// Notes whether the refresh had run when the widget was first painted.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(const int *refreshes) : m_refreshes(refreshes) {}
    int refreshesAtFirstPaint = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && refreshesAtFirstPaint < 0)
            refreshesAtFirstPaint = *m_refreshes;
        return QObject::eventFilter(watched, event);
    }

private:
    const int *m_refreshes;
};
} // namespace

class TestDeferredRefresh : public QObject
{
    Q_OBJECT

private slots:
    void aBurstOfChangesIsOneRefresh()
    {
        QWidget widget;
        int refreshes = 0;
        auto *refresh = new DeferredRefresh(&widget, [&refreshes] { ++refreshes; });
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        for (int change = 0; change < 24; ++change)
            refresh->request();
        QCOMPARE(refreshes, 0); // not while the changes are still coming in
        QTRY_COMPARE(refreshes, 1);
        QVERIFY(!refresh->isPending());
        QTest::qWait(20);
        QCOMPARE(refreshes, 1);

        refresh->request(); // the next turn's change is refreshed again
        QTRY_COMPARE(refreshes, 2);
    }

    void aHiddenWidgetCatchesUpWhenShownBeforeItIsPainted()
    {
        QWidget widget;
        int refreshes = 0;
        auto *refresh = new DeferredRefresh(&widget, [&refreshes] { ++refreshes; });
        PaintWatcher watcher(&refreshes);
        widget.installEventFilter(&watcher);
        refresh->request();
        refresh->request();
        QTest::qWait(20);
        QCOMPARE(refreshes, 0);
        QVERIFY(refresh->isPending());

        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QTRY_VERIFY(watcher.refreshesAtFirstPaint >= 0);
        QCOMPARE(watcher.refreshesAtFirstPaint, 1);
        QTest::qWait(20);
        QCOMPARE(refreshes, 1);

        widget.hide(); // nothing pending: showing again costs nothing
        widget.show();
        QTest::qWait(20);
        QCOMPARE(refreshes, 1);
    }

    // A panel on a page the wizard has not shown yet catches up when its page is shown.
    void aPanelOnAHiddenPageCatchesUpWithItsPage()
    {
        QWidget page;
        auto *panel = new QWidget(&page);
        int refreshes = 0;
        auto *refresh = new DeferredRefresh(panel, [&refreshes] { ++refreshes; });
        PaintWatcher watcher(&refreshes);
        panel->installEventFilter(&watcher);
        refresh->request();
        QTest::qWait(20);
        QCOMPARE(refreshes, 0);

        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(watcher.refreshesAtFirstPaint >= 0);
        QCOMPARE(watcher.refreshesAtFirstPaint, 1);
    }
};

QTEST_MAIN(TestDeferredRefresh)
#include "tst_deferredrefresh.moc"
