// SPDX-License-Identifier: MIT
#include <QTest>

class TestTimeAxis : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("being written"); }
};

QTEST_MAIN(TestTimeAxis)
#include "tst_timeaxis.moc"
