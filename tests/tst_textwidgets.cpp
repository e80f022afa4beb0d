// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The two text widgets that save the wizard's layouts from laying text out again and again: each
// must still be exactly as tall as its text needs, and follow every change of text, font or width.

#include "FittedTextView.h"
#include "WrappingLabel.h"

#include <QScrollBar>
#include <QTest>
#include <QtMath>
#include <QVBoxLayout>

using namespace prep;

namespace {
const QString paragraph = QStringLiteral(
    "Microsoft's upgrade guides list many small tasks to do before an upgrade. Skipping one (a backup "
    "that was never tested, a program that keeps a file open, a clock a few minutes off) can spoil it.");
const QString richText = QStringLiteral("<p>%1</p><p><b>What happens next</b></p><ol><li>%1</li><li>%1</li></ol>")
                             .arg(paragraph);
const QList<int> widths = {80, 160, 240, 400, 640, 1000};
} // namespace

class TestTextWidgets : public QObject
{
    Q_OBJECT

private:
    // A plain QLabel set up the same way gives the answers the wrapping label must give.
    static void compareWithQLabel(const WrappingLabel &label)
    {
        QLabel reference;
        reference.setWordWrap(true);
        reference.setTextFormat(label.textFormat());
        reference.setText(label.text());
        reference.setFont(label.font());
        reference.setMargin(label.margin());
        reference.setIndent(label.indent());
        reference.setFrameShape(label.frameShape());
        for (int width : widths) {
            QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
            QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width)); // remembered, still right
        }
    }

private slots:
    void wrappingLabelAnswersLikeQLabel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("format");
        QTest::newRow("plain") << paragraph << int(Qt::PlainText);
        QTest::newRow("rich") << richText << int(Qt::RichText);
    }

    void wrappingLabelAnswersLikeQLabel()
    {
        QFETCH(QString, text);
        QFETCH(int, format);
        WrappingLabel label;
        label.setTextFormat(Qt::TextFormat(format));
        label.setText(text);
        compareWithQLabel(label);
    }

    void wrappingLabelFollowsEveryChange()
    {
        WrappingLabel label;
        label.setText(paragraph);
        const int before = label.heightForWidth(240);

        label.setText(paragraph + paragraph);
        QVERIFY(label.heightForWidth(240) > before);
        compareWithQLabel(label);

        QFont big = label.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        label.setFont(big);
        compareWithQLabel(label);

        label.setMargin(20);
        compareWithQLabel(label);

        label.setIndent(30);
        compareWithQLabel(label);

        label.setFrameShape(QFrame::Box);
        compareWithQLabel(label);
    }

    void fittedTextViewIsAsTallAsItsText()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *view = new FittedTextView;
        layout->addWidget(view);
        layout->addStretch(1);
        view->setHtml(richText);
        window.resize(640, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const auto textHeight = [view] { return qCeil(view->document()->size().height()); };
        QTRY_COMPARE(view->height(), textHeight());
        const int wide = view->height();

        window.resize(240, 800); // narrower: more lines
        QTRY_COMPARE(view->height(), textHeight());
        QVERIFY(view->height() > wide);

        view->setHtml(paragraph); // less text: fewer lines
        QTRY_COMPARE(view->height(), textHeight());
        QVERIFY(view->height() < wide);
        QCOMPARE(view->verticalScrollBar()->maximum(), 0); // all of it shows, nothing to scroll
    }
};

QTEST_MAIN(TestTextWidgets)
#include "tst_textwidgets.moc"
