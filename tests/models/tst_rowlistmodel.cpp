// SPDX-License-Identifier: MIT
// RowListModel, the base of every list: refreshing by key gives precise inserts, removes, moves
// and dataChanged (lists keep their scroll position and selection), never a reset; paging.
#include "rowlistmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

/** A list over rows held in memory; "key:label" strings describe rows. */
class ListModel : public RowListModel
{
public:
    explicit ListModel(int pageSize = 0)
        : RowListModel({"key", "label"}, u"key"_s, nullptr)
    {
        setPageSize(pageSize);
    }

    using RowListModel::refresh;
    using RowListModel::reload;
    using RowListModel::setErrorString;

    void setSource(const QStringList &rows)
    {
        m_source.clear();
        for (const QString &row : rows) {
            const QStringList parts = row.split(u':');
            m_source << QVariantMap {{u"key"_s, parts.at(0)}, {u"label"_s, parts.value(1)}};
        }
    }

    int fetches = 0;

protected:
    QList<QVariantMap> fetchRows(int offset, int limit) override
    {
        ++fetches;
        return limit > 0 ? m_source.mid(offset, limit) : m_source.mid(offset);
    }

private:
    QList<QVariantMap> m_source;
};

QStringList contents(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        rows << index.data(Qt::UserRole + 1).toString() + u':'
                + index.data(Qt::UserRole + 2).toString();
    }
    return rows;
}

/** Every change signal in order, as text. */
class ChangeLog : public QObject
{
public:
    explicit ChangeLog(QAbstractItemModel *model)
    {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    entries << u"insert %1-%2"_s.arg(first).arg(last);
                });
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    entries << u"remove %1-%2"_s.arg(first).arg(last);
                });
        connect(model, &QAbstractItemModel::rowsMoved, this,
                [this](const QModelIndex &, int first, int, const QModelIndex &, int to) {
                    entries << u"move %1>%2"_s.arg(first).arg(to);
                });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    entries << u"change %1-%2"_s.arg(topLeft.row()).arg(bottomRight.row());
                });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { entries << u"reset"_s; });
        connect(model, &QAbstractItemModel::layoutChanged, this,
                [this] { entries << u"layout"_s; });
    }
    int count(const QString &kind) const
    {
        return int(std::count_if(entries.cbegin(), entries.cend(),
                                 [&](const QString &entry) { return entry.startsWith(kind); }));
    }
    QStringList entries;
};

} // namespace

class TestRowListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void roles();
    void refreshByKey_data();
    void refreshByKey();
    void refreshKeepsPersistentIndexes();
    void countChangesOnlyWithRows();
    void pages();
    void pagesOfExactMultiple();
    void refreshKeepsLoadedPages();
    void reloadStartsAgain();
    void fetchMoreDuringChangeIsIgnored();
    void errorString();
};

void TestRowListModel::initTestCase()
{
    TestData::initEnvironment();
}

void TestRowListModel::roles()
{
    ListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource({u"a:Alpha"_s});
    model.reload();
    const QHash<int, QByteArray> names = model.roleNames();
    QCOMPARE(names.size(), 2);
    QCOMPARE(names.value(Qt::UserRole + 1), "key");
    QCOMPARE(names.value(Qt::UserRole + 2), "label");
    const QModelIndex index = model.index(0, 0);
    QCOMPARE(index.data(Qt::UserRole + 2).toString(), u"Alpha"_s);
    QVERIFY(!index.data(Qt::DisplayRole).isValid());
    QVERIFY(!index.data(Qt::UserRole + 3).isValid());
    QCOMPARE(model.get(0).value(u"label"_s).toString(), u"Alpha"_s);
    QVERIFY(model.get(1).isEmpty());
    QCOMPARE(model.rowCount(index), 0); // a list: no children
    QVERIFY(!model.canFetchMore({}));
}

void TestRowListModel::refreshByKey_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QStringList>("expected"); // the exact signals, in order

    const QStringList abcd = {u"a:1"_s, u"b:1"_s, u"c:1"_s, u"d:1"_s};
    QTest::newRow("nothing changed") << abcd << abcd << QStringList();
    QTest::newRow("one row changed") << abcd << QStringList {u"a:1"_s, u"b:2"_s, u"c:1"_s, u"d:1"_s}
                                     << QStringList {u"change 1-1"_s};
    QTest::newRow("two rows changed")
        << abcd << QStringList {u"a:2"_s, u"b:1"_s, u"c:1"_s, u"d:2"_s}
        << QStringList {u"change 0-0"_s, u"change 3-3"_s};
    QTest::newRow("new row on top")
        << abcd << QStringList {u"n:1"_s, u"a:1"_s, u"b:1"_s, u"c:1"_s, u"d:1"_s}
        << QStringList {u"insert 0-0"_s};
    QTest::newRow("new row at the end")
        << abcd << QStringList {u"a:1"_s, u"b:1"_s, u"c:1"_s, u"d:1"_s, u"n:1"_s}
        << QStringList {u"insert 4-4"_s};
    QTest::newRow("row gone") << abcd << QStringList {u"a:1"_s, u"c:1"_s, u"d:1"_s}
                              << QStringList {u"remove 1-1"_s};
    QTest::newRow("first and last gone") << abcd << QStringList {u"b:1"_s, u"c:1"_s}
                                         << QStringList {u"remove 3-3"_s, u"remove 0-0"_s};
    QTest::newRow("row moved up") << abcd << QStringList {u"c:1"_s, u"a:1"_s, u"b:1"_s, u"d:1"_s}
                                  << QStringList {u"move 2>0"_s};
    QTest::newRow("row moved up and changed")
        << abcd << QStringList {u"d:2"_s, u"a:1"_s, u"b:1"_s, u"c:1"_s}
        << QStringList {u"move 3>0"_s, u"change 0-0"_s};
    QTest::newRow("everything new")
        << abcd << QStringList {u"w:1"_s, u"x:1"_s}
        << QStringList {u"remove 3-3"_s, u"remove 2-2"_s, u"remove 1-1"_s,
                        u"remove 0-0"_s, u"insert 0-0"_s, u"insert 1-1"_s};
    QTest::newRow("from empty") << QStringList() << QStringList {u"a:1"_s, u"b:1"_s}
                                << QStringList {u"insert 0-0"_s, u"insert 1-1"_s};
    QTest::newRow("to empty") << QStringList {u"a:1"_s, u"b:1"_s} << QStringList()
                              << QStringList {u"remove 1-1"_s, u"remove 0-0"_s};
}

void TestRowListModel::refreshByKey()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QStringList, expected);
    ListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(before);
    model.reload();
    QCOMPARE(contents(model), before);

    ChangeLog log(&model);
    model.setSource(after);
    model.refresh();
    QCOMPARE(contents(model), after);
    QCOMPARE(log.entries, expected);
}

void TestRowListModel::refreshKeepsPersistentIndexes()
{
    // A reordering of any kind is told as moves: what the associate looks at stays put.
    const QStringList before = {u"a:1"_s, u"b:1"_s, u"c:1"_s, u"d:1"_s, u"e:1"_s, u"f:1"_s};
    const QStringList after = {u"f:1"_s, u"x:1"_s, u"c:2"_s, u"a:1"_s, u"e:1"_s, u"b:1"_s};
    ListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(before);
    model.reload();
    QList<QPersistentModelIndex> kept;
    for (int row = 0; row < model.rowCount(); ++row)
        kept << QPersistentModelIndex(model.index(row, 0));

    ChangeLog log(&model);
    model.setSource(after);
    model.refresh();
    QCOMPARE(contents(model), after);
    QCOMPARE(log.count(u"reset"_s), 0);
    QCOMPARE(log.count(u"layout"_s), 0);
    QCOMPARE(log.count(u"insert"_s), 1); // x
    QCOMPARE(log.count(u"remove"_s), 1); // d
    QCOMPARE(log.count(u"change"_s), 1); // c
    const QStringList keys = {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s};
    for (int i = 0; i < keys.size(); ++i) {
        const QPersistentModelIndex &index = kept.at(i);
        if (keys.at(i) == u"d"_s) {
            QVERIFY(!index.isValid()); // removed
            continue;
        }
        QVERIFY(index.isValid());
        QCOMPARE(index.data(Qt::UserRole + 1).toString(), keys.at(i));
        QCOMPARE(contents(model).at(index.row()).section(u':', 0, 0), keys.at(i));
    }
}

void TestRowListModel::countChangesOnlyWithRows()
{
    ListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy countChanged(&model, &RowListModel::countChanged);
    model.setSource({u"a:1"_s, u"b:1"_s});
    model.reload();
    QCOMPARE(countChanged.count(), 1);
    QCOMPARE(model.property("count").toInt(), 2);
    model.setSource({u"b:2"_s, u"a:1"_s});
    model.refresh();
    QCOMPARE(countChanged.count(), 1); // moved and changed, still two
    model.setSource({u"b:2"_s});
    model.refresh();
    QCOMPARE(countChanged.count(), 2);
    QCOMPARE(model.property("count").toInt(), 1);
}

void TestRowListModel::pages()
{
    QStringList rows;
    for (int i = 0; i < 25; ++i)
        rows << u"k%1:%1"_s.arg(i, 2, 10, QChar(u'0'));
    ListModel model(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(rows);
    model.reload();
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.canFetchMore(model.index(0, 0)));
    ChangeLog log(&model);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 20);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 25);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(log.entries, (QStringList {u"insert 10-19"_s, u"insert 20-24"_s}));
    QCOMPARE(contents(model), rows);
}

void TestRowListModel::pagesOfExactMultiple()
{
    QStringList rows;
    for (int i = 0; i < 20; ++i)
        rows << u"k%1:x"_s.arg(i, 2, 10, QChar(u'0'));
    ListModel model(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(rows);
    model.reload();
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 20);
    // A full last page may have more behind it: one more look finds nothing, quietly.
    QVERIFY(model.canFetchMore({}));
    ChangeLog log(&model);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 20);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(log.entries.isEmpty());
}

void TestRowListModel::refreshKeepsLoadedPages()
{
    QStringList rows;
    for (int i = 0; i < 30; ++i)
        rows << u"k%1:x"_s.arg(i, 2, 10, QChar(u'0'));
    ListModel model(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(rows);
    model.reload();
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 20);

    // A new row on top while two pages are shown: still two pages, the last row moves on.
    ChangeLog log(&model);
    rows.prepend(u"new:x"_s);
    model.setSource(rows);
    model.refresh();
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(contents(model), rows.mid(0, 20));
    QCOMPARE(log.entries, (QStringList {u"remove 19-19"_s, u"insert 0-0"_s}));
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(contents(model), rows.mid(0, 30));

    // Nothing loaded yet: a refresh loads one page.
    ListModel empty(10);
    QAbstractItemModelTester emptyTester(&empty,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    empty.setSource(rows);
    empty.refresh();
    QCOMPARE(empty.rowCount(), 10);
    QVERIFY(empty.canFetchMore({}));
}

void TestRowListModel::reloadStartsAgain()
{
    QStringList rows;
    for (int i = 0; i < 25; ++i)
        rows << u"k%1:x"_s.arg(i, 2, 10, QChar(u'0'));
    ListModel model(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(rows);
    model.reload();
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 20);
    ChangeLog log(&model);
    model.setSource(rows.mid(5));
    model.reload();
    QCOMPARE(contents(model), rows.mid(5, 10));
    QCOMPARE(log.entries, (QStringList {u"remove 0-19"_s, u"insert 0-9"_s}));
}

void TestRowListModel::fetchMoreDuringChangeIsIgnored()
{
    QStringList rows;
    for (int i = 0; i < 50; ++i)
        rows << u"k%1:x"_s.arg(i, 2, 10, QChar(u'0'));
    ListModel model(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(rows);
    // A view that asks for more as soon as it hears of rows.
    connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &model,
            [&] { model.fetchMore({}); });
    connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] { model.fetchMore({}); });
    model.reload();
    QCOMPARE(model.rowCount(), 10);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(contents(model), rows.mid(0, 20)); // each row once, in order
    QCOMPARE(model.fetches, 2);
}

void TestRowListModel::errorString()
{
    ListModel model;
    QSignalSpy changed(&model, &RowListModel::errorStringChanged);
    model.setErrorString(u"Offline"_s);
    model.setErrorString(u"Offline"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.errorString(), u"Offline"_s);
    QCOMPARE(model.property("errorString").toString(), u"Offline"_s);
    QVERIFY(!model.isLoading());
}

QTEST_MAIN(TestRowListModel)
#include "tst_rowlistmodel.moc"
