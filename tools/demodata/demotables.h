// SPDX-License-Identifier: MIT
#pragma once

#include "demohistory.h"
#include "demowriter.h"

#include <string>
#include <string_view>
#include <vector>

namespace Demo {

/** A row id: a prefix and a fixed number of digits, so ids sort like their numbers. */
class RowId
{
public:
    RowId(const char *prefix, qint64 number, int digits);
    std::string_view view() const { return {m_text, size_t(m_size)}; }
    operator std::string_view() const { return view(); }

private:
    char m_text[32];
    int m_size = 0;
};

/**
 * The replicated tables as the generator writes them. Row ids come from sequences in writing
 * order, so every table's primary key and indexes only ever grow at their end.
 */
class Tables
{
public:
    Tables(Writer &writer, const Catalogue &catalogue, const Timeline &timeline);

    int writeLocations();
    /** Eight staff per store with hashed PINs; returns how many. */
    int writeStaff(Rng &rng);
    void writeCatalogue();
    void writeInventory(Rng &rng);

    /** The customer, their orders, events, wishlist and cart. */
    void writeCustomer(const Customer &customer, const History &history);
    /** Preferences, consents, addresses, notes and tasks, made up for a random customer. */
    void writeProfile(Rng &rng, const Customer &customer, const History &history);

    // Single rows, for the showcase customer.
    void preference(const Customer &customer, const char *key, std::string_view value, qint64 at,
                    std::string_view by);
    void consent(const Customer &customer, const char *kind, bool granted, qint64 at,
                 Channel channel, std::string_view by);
    void address(const Customer &customer, const char *label, const Places::Address &address,
                 bool isDefault, qint64 at);
    void note(const Customer &customer, int store, int staff, std::string_view body, qint64 at);
    void task(const Customer &customer, int store, int staff, std::string_view title, qint64 dueAt,
              bool done, qint64 createdAt);

    qint64 events() const { return m_eventSeq; }
    qint64 orders() const { return m_orderSeq; }

private:
    std::string writeOrder(const Customer &customer, const History &history, const Order &order,
                           qint64 orderSeq);

    const Catalogue &m_catalogue;
    const Timeline &m_timeline;
    TableWriter &m_locations;
    TableWriter &m_staff;
    TableWriter &m_styles;
    TableWriter &m_products;
    TableWriter &m_inventory;
    TableWriter &m_customers;
    TableWriter &m_preferences;
    TableWriter &m_consents;
    TableWriter &m_consentEvents;
    TableWriter &m_addresses;
    TableWriter &m_events;
    TableWriter &m_orders;
    TableWriter &m_orderLines;
    TableWriter &m_orderStatus;
    TableWriter &m_payments;
    TableWriter &m_refunds;
    TableWriter &m_wishlist;
    TableWriter &m_cart;
    TableWriter &m_notes;
    TableWriter &m_tasks;

    qint64 m_eventSeq = 0, m_orderSeq = 0, m_lineSeq = 0, m_stepSeq = 0, m_paymentSeq = 0,
           m_refundSeq = 0, m_addressSeq = 0, m_cartSeq = 0, m_noteSeq = 0, m_taskSeq = 0;
    // Order numbers per channel, as the web shop, the app, the tills and the call centre
    // hand them out.
    qint64 m_webNumber = 1000000, m_storeNumber = 2000000, m_appNumber = 3000000,
           m_phoneNumber = 4000000;
    std::vector<int> m_orderRank;
    std::vector<qint64> m_orderIds;
    std::vector<std::string> m_orderNumbers; // per order of the customer being written
    std::string m_deliveryAddress;
};

} // namespace Demo
