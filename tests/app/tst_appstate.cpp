// SPDX-License-Identifier: MIT
// The start-up route (AppState.screen) worked out in C++ from the store, the session and the
// enrolment, over a real local store with a pinned clock and nothing else: what Main.qml used
// to compute from four singletons.
#include "../models/testdata.h"

#include "appstate.h"
#include "session.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestAppState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestData::initEnvironment(); }

    void newTabletAsksForEnrolmentThenSignInThenTheSearch()
    {
        TestData::LocalStoreFixture fixture;
        QVERIFY(fixture.isReady());
        Session session(fixture.store(), nullptr);
        AppState state(fixture.store(), &session, nullptr, false);
        QCOMPARE(state.screen(), AppState::Screen::Preparing);
        QSignalSpy screenChanged(&state, &AppState::screenChanged);

        state.begin(false);
        // No staff yet and no sync engine to be enrolled with: a new tablet.
        QCOMPARE(state.phase(), AppState::Phase::Ready);
        QCOMPARE(state.screen(), AppState::Screen::Enrol);

        // The store's staff arrive (by the first sync): sign-in.
        TestData::Seeder seed(fixture.db());
        QVERIFY(seed.location(u"MAD"_s, u"Madrid Serrano"_s));
        QVERIFY(seed.staff(u"s1"_s, u"MAD"_s, u"1001"_s, u"Lucía Gómez"_s, u"1234"_s));
        fixture.store()->setLocationId(u"MAD"_s);
        fixture.store()->notifyTablesChanged({u"staff"_s});
        QCOMPARE(state.screen(), AppState::Screen::SignIn);

        QVERIFY(session.signIn(u"1001"_s, u"1234"_s));
        QCOMPARE(state.screen(), AppState::Screen::SignedIn);
        session.signOut();
        QCOMPARE(state.screen(), AppState::Screen::SignIn);
        QCOMPARE(screenChanged.size(), 4); // Enrol, SignIn, SignedIn, SignIn
    }

    void damagedStoreSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"clienteling.db"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x')); // not a database
        file.close();
        LocalStore store(nullptr);
        QVERIFY(!store.open(path));
        AppState state(&store, nullptr, nullptr, false);
        state.begin(false);
        QCOMPARE(state.screen(), AppState::Screen::DamagedStore);
        QVERIFY(!state.errorString().isEmpty());
    }
};

QTEST_MAIN(TestAppState)
#include "tst_appstate.moc"
