// SPDX-License-Identifier: MIT
#pragma once
// A customer of another store (or of none) with the history a 360 shows, written through the
// change feed as the service would: for the tests of followed customers (tst_follow,
// tst_synctablets).

#include "serverfixture.h"

namespace FollowTest {

using namespace Qt::Literals::StringLiterals;

/** The rows of customer id (home store home, '' for an online-only customer): a preference,
    consent, address, event, note, task, wishlist item, cart line, and an order placed at
    orderStore with a line, its status and a payment. Ids derive from id. */
inline bool seedCustomerWithHistory(const QSqlDatabase &db, const QString &id,
                                    const QString &home, const QString &orderStore = u"DUB"_s)
{
    using TestServer::putRows;
    SqlTransaction transaction(db);
    const QString order = id + u"-O1"_s;
    const bool ok
        = putRows(db, u"customer"_s,
                  {{{u"id"_s, id},
                    {u"first_name"_s, u"Siobhán"_s},
                    {u"last_name"_s, QString(u"Byrne "_s + id)},
                    {u"email"_s, QString(id.toLower() + u"@example.ie"_s)},
                    {u"home_location_id"_s, home},
                    {u"created_at"_s, 1700000000000LL}}})
        && putRows(db, u"preference"_s,
                   {{{u"customer_id"_s, id}, {u"key"_s, u"size.top"_s}, {u"value"_s, u"M"_s}}})
        && putRows(db, u"consent"_s,
                   {{{u"customer_id"_s, id},
                     {u"kind"_s, u"email"_s},
                     {u"granted"_s, 1},
                     {u"channel"_s, u"web"_s}}})
        && putRows(db, u"address"_s,
                   {{{u"id"_s, QString(id + u"-A1"_s)},
                     {u"customer_id"_s, id},
                     {u"line1"_s, u"1 Grafton Street"_s},
                     {u"city"_s, u"Dublin"_s}}})
        && putRows(db, u"event"_s,
                   {{{u"id"_s, QString(id + u"-E1"_s)},
                     {u"customer_id"_s, id},
                     {u"kind"_s, u"viewed"_s},
                     {u"channel"_s, u"web"_s},
                     {u"occurred_at"_s, 1700000100000LL},
                     {u"sku"_s, u"SKU-1-M"_s}}})
        && putRows(db, u"note"_s,
                   {{{u"id"_s, QString(id + u"-N1"_s)},
                     {u"customer_id"_s, id},
                     {u"body"_s, u"Prefers wool"_s},
                     {u"created_at"_s, 1700000200000LL}}})
        && putRows(db, u"task"_s,
                   {{{u"id"_s, QString(id + u"-T1"_s)},
                     {u"customer_id"_s, id},
                     {u"title"_s, u"Call back"_s},
                     {u"created_at"_s, 1700000200000LL}}})
        && putRows(db, u"wishlist_item"_s,
                   {{{u"customer_id"_s, id}, {u"sku"_s, u"SKU-1-L"_s}, {u"added_at"_s, 1700000300000LL}}})
        && putRows(db, u"cart_line"_s,
                   {{{u"id"_s, QString(id + u"-CL1"_s)},
                     {u"customer_id"_s, id},
                     {u"sku"_s, u"SKU-1-M"_s},
                     {u"quantity"_s, 1},
                     {u"added_at"_s, 1700000300000LL}}})
        && putRows(db, u"order"_s,
                   {{{u"id"_s, order},
                     {u"number"_s, QString(u"DUB-"_s + id)},
                     {u"customer_id"_s, id},
                     {u"channel"_s, u"store"_s},
                     {u"location_id"_s, orderStore},
                     {u"status"_s, u"paid"_s},
                     {u"currency"_s, u"EUR"_s},
                     {u"subtotal_minor"_s, 5995},
                     {u"total_minor"_s, 5995},
                     {u"created_at"_s, 1700000400000LL}}})
        && putRows(db, u"order_line"_s,
                   {{{u"id"_s, QString(order + u"-1"_s)},
                     {u"order_id"_s, order},
                     {u"line_no"_s, 1},
                     {u"sku"_s, u"SKU-1-M"_s},
                     {u"quantity"_s, 1},
                     {u"unit_price_minor"_s, 5995},
                     {u"total_minor"_s, 5995},
                     {u"status"_s, u"fulfilled"_s}}})
        && putRows(db, u"order_status"_s,
                   {{{u"id"_s, QString(order + u"-S1"_s)},
                     {u"order_id"_s, order},
                     {u"status"_s, u"paid"_s},
                     {u"occurred_at"_s, 1700000400000LL}}})
        && putRows(db, u"payment"_s,
                   {{{u"id"_s, QString(order + u"-P1"_s)},
                     {u"order_id"_s, order},
                     {u"tender"_s, u"card"_s},
                     {u"amount_minor"_s, 5995},
                     {u"currency"_s, u"EUR"_s},
                     {u"status"_s, u"approved"_s},
                     {u"terminal_reference"_s, u"SIM-1"_s},
                     {u"created_at"_s, 1700000400000LL}}});
    return ok && transaction.commit();
}

/** A Dublin associate (S4, PIN 1234) so a Dublin tablet can push. */
inline bool seedDublinStaff(const QSqlDatabase &db)
{
    return TestServer::putRows(
        db, u"staff"_s,
        {{{u"id"_s, u"S4"_s},
          {u"location_id"_s, u"DUB"_s},
          {u"staff_number"_s, u"4001"_s},
          {u"display_name"_s, u"Staff 4001"_s},
          {u"role"_s, u"associate"_s},
          {u"pin_salt"_s, u"00112233445566778899aabbccddeeff"_s},
          {u"pin_hash"_s, PinHash::hash(u"1234"_s, PinHash::fastCostForTests)},
          {u"pin_iterations"_s, 1000}}});
}

} // namespace FollowTest
