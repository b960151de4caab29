// SPDX-License-Identifier: MIT
// The nexo codec on answers shaped as Adyen's published Terminal API examples: everything in them
// that we do not read is ignored (receipts, acquirer data, EntryMode arrays, SensitiveCardData,
// a long url-encoded AdditionalResponse), the masked PAN forms seen in the field give their last
// four digits or nothing, and the ids an answer names (its header, SaleTransactionID, a status
// answer's MessageReference and repeated header) are read so they can be checked.
#include "adyenstandin.h"
#include "nexo.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {
AdyenStandIn::Request paymentRequest(qint64 minor = 1930)
{
    AdyenStandIn::Request request;
    request.kind = u"PaymentRequest"_s;
    request.header = {{u"ProtocolVersion"_s, u"3.0"_s},     {u"MessageClass"_s, u"Service"_s},
                      {u"MessageCategory"_s, u"Payment"_s}, {u"MessageType"_s, u"Request"_s},
                      {u"ServiceID"_s, u"29235"_s},         {u"SaleID"_s, u"POSSystemID12345"_s},
                      {u"POIID"_s, u"V400m-324688179"_s}};
    request.body = {{u"SaleData"_s,
                     QJsonObject {{u"SaleTransactionID"_s,
                                   QJsonObject {{u"TransactionID"_s, u"280"_s},
                                                {u"TimeStamp"_s, u"2026-11-25T09:47:21.092Z"_s}}}}},
                    {u"PaymentTransaction"_s,
                     QJsonObject {{u"AmountsReq"_s,
                                   QJsonObject {{u"Currency"_s, u"EUR"_s},
                                                {u"RequestedAmount"_s, minor / 100.0}}}}}};
    return request;
}
AdyenStandIn::Request statusRequest()
{
    AdyenStandIn::Request request;
    request.kind = u"TransactionStatusRequest"_s;
    request.header = paymentRequest().header;
    request.header.insert(u"MessageCategory"_s, u"TransactionStatus"_s);
    request.header.insert(u"ServiceID"_s, u"29245"_s);
    request.body = {{u"MessageReference"_s,
                     QJsonObject {{u"SaleID"_s, u"POSSystemID12345"_s},
                                  {u"ServiceID"_s, u"29235"_s},
                                  {u"MessageCategory"_s, u"Payment"_s}}}};
    return request;
}
} // namespace

class TestNexo : public QObject
{
    Q_OBJECT

private slots:
    void adyenApproval()
    {
        AdyenStandIn terminal(u"V400m-324688179"_s);
        const Nexo::Outcome o
            = Nexo::parseResponse(terminal.approval(paymentRequest(), 1930, u"EUR"_s));
        QCOMPARE(o.result, Nexo::Outcome::Result::Success);
        QCOMPARE(o.authorizedMinor, 1930);
        QVERIFY(o.hasAmount);
        QCOMPARE(o.currency, u"EUR"_s);
        QCOMPARE(o.brand, u"mc"_s);
        QCOMPARE(o.last4, u"0010"_s);
        QVERIFY(o.poiTransactionId.startsWith(u"Tq7m"_s));
        QVERIFY(!o.poiTimestamp.isEmpty());
        // Nothing of AdditionalResponse but a refusal reason, and "refusalReasonRaw" is not one.
        QVERIFY2(o.refusalReason.isEmpty(), qPrintable(o.refusalReason));
        QCOMPARE(o.header.serviceId, u"29235"_s);
        QCOMPARE(o.header.saleId, u"POSSystemID12345"_s);
        QCOMPARE(o.header.poiId, u"V400m-324688179"_s);
        QCOMPARE(o.header.type, u"Response"_s);
        QCOMPARE(o.saleTransactionId, u"280"_s);
        QVERIFY(!o.repeated);
    }

    void adyenRefusal()
    {
        AdyenStandIn terminal(u"V400m-324688179"_s);
        const Nexo::Outcome o
            = Nexo::parseResponse(terminal.refusal(paymentRequest(), u"Not%20enough%20balance"_s));
        QCOMPARE(o.result, Nexo::Outcome::Result::Failure);
        QCOMPARE(o.errorCondition, u"Refusal"_s);
        QCOMPARE(o.refusalReason, u"Not%20enough%20balance"_s);
        QCOMPARE(o.authorizedMinor, 0);
        QVERIFY(!o.hasAmount);
    }

    void adyenStatusFound()
    {
        AdyenStandIn terminal(u"V400m-324688179"_s);
        const QJsonObject original = terminal.approval(paymentRequest(), 1930, u"EUR"_s);
        const Nexo::Outcome o
            = Nexo::parseResponse(terminal.statusFound(statusRequest(), original));
        QVERIFY(o.repeated);
        QCOMPARE(o.result, Nexo::Outcome::Result::Success);
        QCOMPARE(o.authorizedMinor, 1930);
        QCOMPARE(o.header.serviceId, u"29245"_s); // the status exchange's own
        QCOMPARE(o.header.category, u"TransactionStatus"_s);
        QCOMPARE(o.reference.serviceId, u"29235"_s);
        QCOMPARE(o.reference.saleId, u"POSSystemID12345"_s);
        QVERIFY(o.reference.poiId.isEmpty()); // Adyen leaves it out
        QCOMPARE(o.repeatedHeader.serviceId, u"29235"_s);
        QCOMPARE(o.repeatedHeader.category, u"Payment"_s);
        QCOMPARE(o.repeatedHeader.poiId, u"V400m-324688179"_s);
        QCOMPARE(o.saleTransactionId, u"280"_s);
    }

    void adyenStatusFailures_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::newRow("in progress") << u"InProgress"_s;
        QTest::newRow("not found") << u"NotFound"_s;
        QTest::newRow("busy") << u"Busy"_s;
    }
    void adyenStatusFailures()
    {
        QFETCH(QString, condition);
        AdyenStandIn terminal(u"V400m-324688179"_s);
        const Nexo::Outcome o = Nexo::parseResponse(terminal.failure(statusRequest(), condition));
        QCOMPARE(o.result, Nexo::Outcome::Result::Failure);
        QCOMPARE(o.errorCondition, condition);
        QVERIFY(!o.repeated);
    }

    /** An integer AuthorizedAmount (Adyen's example has "AuthorizedAmount": 1) and no
        currency in AmountsResp. */
    void amountsAsTheyCome()
    {
        AdyenStandIn terminal(u"V400m-324688179"_s);
        QJsonObject answer = terminal.approval(paymentRequest(100), 100, u"EUR"_s);
        const QStringList amounts {u"SaleToPOIResponse"_s, u"PaymentResponse"_s, u"PaymentResult"_s,
                                   u"AmountsResp"_s};
        answer = AdyenStandIn::with(answer, amounts, QJsonObject {{u"AuthorizedAmount"_s, 1}});
        const Nexo::Outcome o = Nexo::parseResponse(answer);
        QVERIFY(o.hasAmount);
        QCOMPARE(o.authorizedMinor, 100);
        QVERIFY2(o.currency.isEmpty(), "no currency given is not EUR");
    }

    void maskedPanForms_data()
    {
        QTest::addColumn<QString>("masked");
        QTest::addColumn<QString>("last4");
        QTest::newRow("adyen json") << u"411111 **** 1111"_s << u"1111"_s;
        QTest::newRow("bin and stars") << u"541333******0010"_s << u"0010"_s;
        QTest::newRow("grouped") << u"5413 33** **** 0010"_s << u"0010"_s;
        QTest::newRow("stars only") << u"************0010"_s << u"0010"_s;
        QTest::newRow("x mask") << u"XXXXXXXXXXXX0010"_s << u"0010"_s;
        QTest::newRow("last four") << u"0010"_s << u"0010"_s;
        QTest::newRow("bin only") << u"541333******"_s << QString();
        QTest::newRow("bin, spaces") << u"541333 ****"_s << QString();
        QTest::newRow("two digits") << u"**** 10"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void maskedPanForms()
    {
        QFETCH(QString, masked);
        QFETCH(QString, last4);
        AdyenStandIn terminal(u"V400m-324688179"_s);
        terminal.setMaskedPan(masked);
        const Nexo::Outcome o
            = Nexo::parseResponse(terminal.approval(paymentRequest(), 1930, u"EUR"_s));
        QCOMPARE(o.last4, last4);
        // The XML spelling is read the same way.
        const QStringList card {u"SaleToPOIResponse"_s, u"PaymentResponse"_s, u"PaymentResult"_s,
                                u"PaymentInstrumentData"_s, u"CardData"_s};
        const QJsonObject xmlStyle = AdyenStandIn::with(
            terminal.approval(paymentRequest(), 1930, u"EUR"_s), card,
            QJsonObject {{u"PaymentBrand"_s, u"visa"_s}, {u"MaskedPAN"_s, masked}});
        QCOMPARE(Nexo::parseResponse(xmlStyle).last4, last4);
    }
};

QTEST_GUILESS_MAIN(TestNexo)
#include "tst_nexo.moc"
