// SPDX-License-Identifier: MIT
#include <QTest>

class TestTimelineRenderer : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("being written"); }
};

QTEST_MAIN(TestTimelineRenderer)
#include "tst_timelinerenderer.moc"
