// SPDX-License-Identifier: MIT
#include "customersearch.h"
#include "phonenumbers.h"
#include "searchtext.h"
#include "serverlog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace CustomerSearch {

QString listedCustomer()
{
    // The single place where customers that are tombstones (merged into another record, or
    // erased) are left out of every search and duplicate check.
    return u"c.merged_into = '' AND c.erased_at = 0"_s;
}

QStringList migrationStatements(SqlDialect dialect)
{
    // Words compared byte by byte on both databases (SQLite's BINARY is that already): a
    // prefix is then a range on the index, whatever the PostgreSQL database's locale.
    const QString bytes = dialect == SqlDialect::Postgres ? u" COLLATE \"C\""_s : QString();
    return {
        // sort_key: the customer's folded full name, U+001F and its id: one column whose order
        // is the answer's (name, then id), so a word's rows are read in that order and another
        // word is checked on the same customer by one look-up of the primary key.
        u"CREATE TABLE customer_search_words (word TEXT%1 NOT NULL, sort_key TEXT%1 NOT NULL,"
        " customer_id TEXT NOT NULL, PRIMARY KEY (word, sort_key, customer_id))"_s.arg(bytes),
        u"CREATE INDEX customer_search_words_customer ON customer_search_words (customer_id)"_s,
        u"CREATE TABLE customer_search_keys (customer_id TEXT PRIMARY KEY,"
        " name_key TEXT%1 NOT NULL, fingerprint TEXT NOT NULL)"_s.arg(bytes),
        u"CREATE INDEX customer_search_keys_name ON customer_search_keys"
        " (name_key, customer_id)"_s,
    };
}

namespace {

/** The first n code points of text. */
QString leftCodePoints(const QString &text, int n)
{
    const QList<uint> points = text.toUcs4();
    if (points.size() <= n)
        return text;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), n);
}

/** Greater than any text that starts with prefix (byte order; U+10FFFF is never in a word). */
QString upperBound(const QString &prefix)
{
    static const QString highest = QString::fromUcs4(U"\U0010FFFF", 1);
    return prefix + highest;
}

struct Indexed
{
    QString nameKey;
    QString sortKey; // nameKey, U+001F, the id: sorts as (nameKey, id), for name_key holds only
                     // letters, digits and spaces
    QStringList words;
    QString fingerprint;
};

Indexed indexedForm(const QVariantMap &row)
{
    const QString first = row.value(u"first_name"_s).toString();
    const QString last = row.value(u"last_name"_s).toString();
    const QString email = SearchText::normalisedEmail(row.value(u"email"_s).toString());
    const QString phones = row.value(u"phone_search"_s).toString();
    const QString loyalty = row.value(u"loyalty_id"_s).toString().trimmed();
    Indexed indexed;
    indexed.fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(QStringList {first, last, email, phones, loyalty}
                                     .join(QChar(0x1f))
                                     .toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(24));
    indexed.nameKey = leftCodePoints(SearchText::fullNameKey(first + u' ' + last), maxKeyLength)
                          .trimmed();
    indexed.sortKey = indexed.nameKey + QChar(0x1f) + row.value(u"id"_s).toString();
    QStringList tokens = SearchText::nameTokens(first) + SearchText::nameTokens(last);
    tokens.removeDuplicates();
    QSet<QString> words;
    for (const QString &token : tokens.mid(0, maxNameTokens)) {
        const QList<uint> points = token.toUcs4();
        const int length = std::min<int>(int(points.size()), maxWordLength);
        for (int n = 1; n <= length; ++n)
            words.insert(u"n:"_s
                         + QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()),
                                             n));
    }
    if (!email.isEmpty())
        words.insert(u"e:"_s + leftCodePoints(email, 254));
    for (const QString &form : phones.split(u' ', Qt::SkipEmptyParts))
        words.insert(u"p:"_s + form.left(32));
    if (!loyalty.isEmpty())
        words.insert(u"l:"_s + loyalty.left(64));
    indexed.words = words.values();
    return indexed;
}

/** Writes rows a few hundred at a time: one statement per batch
    is what makes migration 13 take minutes, not hours, on PostgreSQL. */
class BatchInsert
{
public:
    BatchInsert(const QSqlDatabase &db, QString table, QString columns, int width)
        : m_db(db)
        , m_table(std::move(table))
        , m_columns(std::move(columns))
        , m_width(width)
    {}
    bool add(const QVariantList &values)
    {
        m_pending += values;
        return m_pending.size() < batch * m_width || flush();
    }
    bool flush()
    {
        if (m_pending.isEmpty())
            return true;
        const int rows = int(m_pending.size()) / m_width;
        QSqlQuery &query = rows == batch ? m_full : m_partial;
        if (rows != batch || !m_fullPrepared) {
            const QString one = u'(' + QStringList(m_width, u"?"_s).join(u',') + u')';
            query = QSqlQuery(m_db);
            if (!query.prepare(u"INSERT INTO %1 (%2) VALUES "_s.arg(m_table, m_columns)
                               + QStringList(rows, one).join(u',')))
                return false;
            if (rows == batch)
                m_fullPrepared = true;
        }
        for (const QVariant &value : std::as_const(m_pending))
            query.addBindValue(value);
        m_pending.clear();
        return Database::exec(query);
    }

private:
    static constexpr int batch = 200;
    QSqlDatabase m_db;
    QString m_table, m_columns;
    int m_width;
    QVariantList m_pending;
    QSqlQuery m_full, m_partial;
    bool m_fullPrepared = false;
};

} // namespace

bool rebuild(const QSqlDatabase &db, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!Database::exec(db, u"DELETE FROM customer_search_words"_s)
        || !Database::exec(db, u"DELETE FROM customer_search_keys"_s))
        return fail(u"cannot empty the customer search tables"_s);
    // In pages by id, each page read whole before it is written (SQLite would otherwise read
    // its own writes while the read is open).
    QSqlQuery read = Database::prepare(
        db,
        u"SELECT id, first_name, last_name, email, phone_search, loyalty_id FROM customers"
        " WHERE id > ? ORDER BY id LIMIT 5000"_s);
    BatchInsert words(db, u"customer_search_words"_s, u"word, sort_key, customer_id"_s, 3);
    BatchInsert keys(db, u"customer_search_keys"_s, u"customer_id, name_key, fingerprint"_s, 3);
    QString after;
    qint64 customers = 0;
    for (;;) {
        read.addBindValue(after);
        if (!Database::exec(read))
            return fail(u"cannot read the customers to index"_s);
        QList<QVariantMap> rows;
        while (read.next()) {
            rows << QVariantMap {{u"id"_s, read.value(0)},           {u"first_name"_s, read.value(1)},
                                 {u"last_name"_s, read.value(2)},    {u"email"_s, read.value(3)},
                                 {u"phone_search"_s, read.value(4)}, {u"loyalty_id"_s, read.value(5)}};
        }
        read.finish();
        if (rows.isEmpty())
            break;
        for (const QVariantMap &row : std::as_const(rows)) {
            const QString id = row.value(u"id"_s).toString();
            const Indexed indexed = indexedForm(row);
            for (const QString &word : indexed.words) {
                if (!words.add({word, indexed.sortKey, id}))
                    return fail(u"cannot index customer %1"_s.arg(id));
            }
            if (!keys.add({id, indexed.nameKey, indexed.fingerprint}))
                return fail(u"cannot index customer %1"_s.arg(id));
        }
        customers += rows.size();
        after = rows.last().value(u"id"_s).toString();
    }
    if (!words.flush() || !keys.flush())
        return fail(u"cannot write the customer search tables"_s);
    qCInfo(lcServer) << "customer search: indexed" << customers << "customers";
    return true;
}

bool indexCustomer(const Statements &statements, const QVariantMap &row)
{
    const QString id = row.value(u"id"_s).toString();
    const Indexed indexed = indexedForm(row);
    QSqlQuery &current
        = statements(u"SELECT fingerprint FROM customer_search_keys WHERE customer_id = ?"_s);
    current.bindValue(0, id);
    if (!Database::exec(current))
        return false;
    const bool same = current.next() && current.value(0).toString() == indexed.fingerprint;
    current.finish();
    if (same)
        return true; // points, tier, a home store: nothing search reads changed
    QSqlQuery &clear = statements(u"DELETE FROM customer_search_words WHERE customer_id = ?"_s);
    clear.bindValue(0, id);
    if (!Database::exec(clear))
        return false;
    QSqlQuery &insert = statements(
        u"INSERT INTO customer_search_words (word, sort_key, customer_id) VALUES (?, ?, ?)"_s);
    for (const QString &word : indexed.words) {
        insert.bindValue(0, word);
        insert.bindValue(1, indexed.sortKey);
        insert.bindValue(2, id);
        if (!Database::exec(insert))
            return false;
    }
    QSqlQuery &key = statements(
        u"INSERT INTO customer_search_keys (customer_id, name_key, fingerprint) VALUES (?, ?, ?)"
        " ON CONFLICT (customer_id) DO UPDATE SET name_key = excluded.name_key,"
        " fingerprint = excluded.fingerprint"_s);
    key.bindValue(0, id);
    key.bindValue(1, indexed.nameKey);
    key.bindValue(2, indexed.fingerprint);
    return Database::exec(key);
}

bool removeCustomer(const Statements &statements, const QString &customerId)
{
    QSqlQuery &words
        = statements(u"DELETE FROM customer_search_words WHERE customer_id = ?"_s);
    words.bindValue(0, customerId);
    if (!Database::exec(words))
        return false;
    QSqlQuery &keys = statements(u"DELETE FROM customer_search_keys WHERE customer_id = ?"_s);
    keys.bindValue(0, customerId);
    return Database::exec(keys);
}

namespace {

const QString answerColumns
    = u"c.id AS id, c.first_name AS first_name, c.last_name AS last_name,"
      " c.home_location_id AS home_location_id, COALESCE(l.name, '') AS home_location_name,"
      " c.tier AS tier"_s;
const QString homeStore = u" LEFT JOIN locations l ON l.id = c.home_location_id"_s;

QJsonObject customerJson(const QSqlQuery &query, int first)
{
    // What a result line shows and nothing more: no email, phone or address.
    return {{u"id"_s, query.value(first).toString()},
            {u"firstName"_s, query.value(first + 1).toString()},
            {u"lastName"_s, query.value(first + 2).toString()},
            {u"homeLocationId"_s, query.value(first + 3).toString()},
            {u"homeLocationName"_s, query.value(first + 4).toString()},
            {u"tier"_s, query.value(first + 5).toString()}};
}

/**
 * Customers tier by tier, each customer once, up to the limit. On PostgreSQL the tiers are read
 * in one statement (UNION ALL of each tier's ordered, limited read): every statement is a
 * prepare, an execution and a deallocation, each a round trip to the server process. On SQLite
 * (in process) each tier is its own statement, and none is read once the answer is full.
 */
class Answer
{
public:
    Answer(const QSqlDatabase &db, int limit)
        : m_db(db)
        , m_limit(limit)
    {}

    /** A tier: select is "SELECT answerColumns FROM ... ORDER BY a[, b]"; perRow: how many
        rows one customer may take in it (phone forms); label: the customers' matchedOn. */
    void tier(const QString &select, const QVariantList &values, int perRow = 1,
              const QString &label = {})
    {
        m_tiers.append({select, values, perRow, label});
    }
    void matched(const QString &select, const QVariantList &values, const QString &on)
    {
        tier(select, values, 1, on);
    }

    /** Reads every tier; false when the database failed. */
    bool run()
    {
        if (m_tiers.isEmpty())
            return true;
        const bool postgres = Database::dialectOf(m_db) == SqlDialect::Postgres;
        const auto orderColumn = [postgres](const QString &expression) -> QString {
            return u"CAST("_s + expression + u" AS TEXT)"_s
                + (postgres ? u" COLLATE \"C\""_s : QString());
        };
        QStringList parts;
        QVariantList values;
        QSet<QString> seen;
        // Reads rows (rank_tier, then the answer's columns) in order until the answer is full.
        const auto read = [&](QSqlQuery &query) {
            while (m_list.size() < m_limit && query.next()) {
                const QString id = query.value(1).toString();
                if (seen.contains(id))
                    continue;
                seen.insert(id);
                QJsonObject customer = customerJson(query, 1);
                const QString label = m_tiers.value(query.value(0).toInt()).label;
                if (!label.isEmpty())
                    customer.insert(u"matchedOn"_s, label);
                m_list << customer;
            }
        };
        for (qsizetype i = 0; i < m_tiers.size(); ++i) {
            const Tier &tier = m_tiers.at(i);
            const qsizetype orderAt = tier.select.lastIndexOf(u" ORDER BY "_s);
            const QStringList order
                = tier.select.mid(orderAt + 10).split(u", "_s, Qt::SkipEmptyParts);
            QString select = tier.select;
            select.replace(select.indexOf(answerColumns), answerColumns.size(),
                           u"%1 AS rank_tier, "_s.arg(i) + answerColumns + u", "_s
                               + orderColumn(order.value(0)) + u" AS o1, "_s
                               + orderColumn(order.value(1, u"''"_s)) + u" AS o2"_s);
            if (!postgres) {
                // SQLite, in process: a statement per tier costs less than preparing the one
                // statement of every tier, and the tiers after a full answer are not read.
                if (m_list.size() >= m_limit)
                    break;
                QSqlQuery query(m_db);
                query.setForwardOnly(true);
                if (!query.prepare(select + u" LIMIT ?"_s))
                    return false;
                for (const QVariant &value : tier.values)
                    query.addBindValue(value);
                query.addBindValue((m_limit + int(seen.size())) * tier.perRow);
                if (!Database::exec(query))
                    return false;
                read(query);
                continue;
            }
            parts << u"SELECT * FROM ("_s + select + u" LIMIT ?) t%1"_s.arg(i);
            values += tier.values;
            // Enough rows for a full answer whatever the tiers before it repeat.
            values << m_limit * int(i + 1) * tier.perRow;
        }
        if (!postgres)
            return true;
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(u"SELECT rank_tier, id, first_name, last_name, home_location_id,"
                           " home_location_name, tier FROM ("_s
                           + parts.join(u" UNION ALL "_s) + u") u ORDER BY rank_tier, o1, o2"_s))
            return false;
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        if (!Database::exec(query))
            return false;
        read(query);
        return true;
    }
    QJsonArray list() const { return m_list; }

private:
    struct Tier
    {
        QString select;
        QVariantList values;
        int perRow;
        QString label;
    };
    QSqlDatabase m_db;
    int m_limit;
    QList<Tier> m_tiers;
    QJsonArray m_list;
};

/** Customers found by their words: equality (or a range) on customer_search_words. */
QString byWord(const QString &condition, const QString &order)
{
    return u"SELECT "_s + answerColumns
        + u" FROM customer_search_words w JOIN customers c ON c.id = w.customer_id"_s + homeStore
        + u" WHERE "_s + condition + u" AND "_s + listedCustomer() + u" ORDER BY "_s + order;
}

const QString nameOrder = u"w.sort_key"_s;
const QString wordOrder = u"w.word, w.sort_key"_s;

/** What was typed with control characters and broken surrogates as spaces (a NUL would be an
    error on PostgreSQL, not an empty answer). */
QString cleaned(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean += c;
            clean += text.at(++i);
        } else if (c.isSurrogate() || c.category() == QChar::Other_Control) {
            clean += u' '; // a tab between two words still parts them
        } else {
            clean += c;
        }
    }
    return clean;
}

/** Letters and digits of the folded words; a Chinese, Japanese or Korean character, a word
    of its own, counts as two. */
int weightOf(const QStringList &words)
{
    int weight = 0;
    for (const QString &word : words) {
        const QList<uint> points = word.toUcs4();
        weight += points.size() == 1 && SearchText::isCjk(points.first()) ? 2 : int(points.size());
    }
    return weight;
}

ServiceReply invalid(const QString &message)
{
    return ServiceReply::error(400, u"invalid_request"_s, message);
}

ServiceReply unavailable()
{
    return ServiceReply::error(503, u"unavailable"_s, u"database busy, retry"_s);
}

/** A parameter of at most maxQueryLength characters; false when longer. */
bool parameter(const QUrlQuery &query, const QString &name, QString *value)
{
    *value = cleaned(query.queryItemValue(name, QUrl::FullyDecoded));
    return value->toUcs4().size() <= maxQueryLength;
}

} // namespace

ServiceReply search(const QSqlDatabase &db, const QUrlQuery &query)
{
    QString typed;
    if (!parameter(query, u"q"_s, &typed))
        return invalid(u"q is at most %1 characters"_s.arg(maxQueryLength));
    int limit = defaultLimit;
    if (query.hasQueryItem(u"limit"_s)) {
        const QString text = query.queryItemValue(u"limit"_s, QUrl::FullyDecoded);
        bool digits = !text.isEmpty() && text.size() <= 3;
        for (QChar c : text)
            digits = digits && c >= u'0' && c <= u'9';
        limit = digits ? text.toInt() : 0;
        if (limit < 1 || limit > maxLimit)
            return invalid(u"limit is a whole number from 1 to %1"_s.arg(maxLimit));
    }
    const QString text = typed.trimmed();
    Answer answer(db, limit);
    if (SearchText::isNumberLike(text)) {
        // A phone number or a loyalty card, read as the tablet reads it: the phone exactly
        // (its E.164 digits when typed whole with + or 00) or the card exactly, then cards
        // starting so, in card order, then phone numbers starting so, in number order.
        const QString digits = SearchText::digitsOf(text);
        if (digits.size() >= 2) {
            const QString phone = u"p:"_s + PhoneNumbers::searchDigits(text);
            const QString card = u"l:"_s + digits;
            answer.tier(byWord(u"w.word IN (?, ?)"_s, nameOrder), {phone, card});
            answer.tier(byWord(u"w.word >= ? AND w.word < ?"_s, wordOrder),
                        {card, upperBound(card)});
            answer.tier(byWord(u"w.word >= ? AND w.word < ?"_s, wordOrder),
                        {phone, upperBound(phone)}, 4);
        }
    } else {
        QStringList words = SearchText::queryWords(text);
        words.removeDuplicates();
        if (weightOf(words) >= 2) {
            const bool oneWord = !text.contains(QRegularExpression(u"\\s"_s));
            const QString email = SearchText::normalisedEmail(text);
            // 1: the email address or the loyalty card exactly.
            QVariantList exact;
            if (email.contains(u'@'))
                exact << QString(u"e:"_s + email);
            if (oneWord)
                exact << QString(u"l:"_s + text);
            if (!exact.isEmpty())
                answer.tier(byWord(u"w.word IN ("_s + QStringList(exact.size(), u"?"_s).join(u',')
                                       + u')',
                                   nameOrder),
                            exact);
            // 2: the full name starting as typed ("jose mu"), in name order.
            const QString key = leftCodePoints(SearchText::fullNameKey(text), maxKeyLength);
            if (!key.isEmpty())
                answer.tier(u"SELECT "_s + answerColumns
                                + u" FROM customer_search_keys k JOIN customers c"
                                  " ON c.id = k.customer_id"_s
                                + homeStore
                                + u" WHERE k.name_key >= ? AND k.name_key < ? AND "_s
                                + listedCustomer() + u" ORDER BY k.name_key, k.customer_id"_s,
                            {key, upperBound(key)});
            // 3: every typed word the start of a word of the name, in name order. More words
            // than a name is indexed by match nobody: not looked up one by one.
            QStringList terms;
            if (words.size() > maxNameTokens)
                words.clear();
            for (const QString &word : std::as_const(words))
                terms << u"n:"_s + leftCodePoints(word, maxWordLength);
            // Read from the longest word (the fewest customers, as a rule), in name order; the
            // others checked on each of its rows by one look-up of the primary key, a subquery
            // PostgreSQL cannot turn into a join that reads every row of both words.
            qsizetype driver = 0;
            for (qsizetype i = 1; i < terms.size(); ++i) {
                if (terms.at(i).toUcs4().size() >= terms.at(driver).toUcs4().size())
                    driver = i;
            }
            if (!terms.isEmpty()) {
                QString condition = u"w.word = ?"_s;
                QVariantList values {terms.at(driver)};
                for (qsizetype i = 0; i < terms.size(); ++i) {
                    if (i == driver)
                        continue;
                    condition += u" AND (SELECT 1 FROM customer_search_words x WHERE"
                                 " x.word = ? AND x.sort_key = w.sort_key LIMIT 1) IS NOT NULL"_s;
                    values << terms.at(i);
                }
                answer.tier(byWord(condition, nameOrder), values);
            }
            // 4: the start of an email address, in address order.
            if (oneWord && !email.isEmpty())
                answer.tier(byWord(u"w.word >= ? AND w.word < ?"_s, wordOrder),
                            {QString(u"e:"_s + email), upperBound(u"e:"_s + email)});
        }
    }
    if (!answer.run())
        return unavailable();
    return ServiceReply {200, {{u"customers"_s, answer.list()}}};
}

ServiceReply duplicates(const QSqlDatabase &db, const DeviceIdentity &device,
                        const QUrlQuery &query)
{
    QString email, phone, firstName, lastName, postcode;
    for (const auto &[name, value] :
         {std::pair {u"email"_s, &email}, std::pair {u"phone"_s, &phone},
          std::pair {u"firstName"_s, &firstName}, std::pair {u"lastName"_s, &lastName},
          std::pair {u"postcode"_s, &postcode}}) {
        if (!parameter(query, name, value))
            return invalid(u"%1 is at most %2 characters"_s.arg(name).arg(maxQueryLength));
    }
    constexpr int most = 10;
    Answer answer(db, most);
    email = SearchText::normalisedEmail(email);
    if (email.contains(u'@'))
        answer.matched(byWord(u"w.word = ?"_s, nameOrder), {QString(u"e:"_s + email)}, u"email"_s);
    if (!phone.trimmed().isEmpty()) {
        // Read as customer.create reads it: in the country of the device's store.
        const QString country = Database::scalar(db,
                                                 u"SELECT country FROM locations WHERE id = ?"_s,
                                                 {device.locationId})
                                    .toString();
        const PhoneNumbers::Number number = PhoneNumbers::parse(phone, country);
        if (number.valid) // its international form is one of every stored number's forms
            answer.matched(byWord(u"w.word = ?"_s, nameOrder), {QString(u"p:"_s + number.e164.mid(1))},
                           u"phone"_s);
    }
    const QString key = leftCodePoints(SearchText::fullNameKey(firstName + u' ' + lastName),
                                       maxKeyLength)
                            .trimmed();
    const auto foldedPostcode = [](const QString &text) {
        return SearchText::folded(text).remove(QRegularExpression(u"[\\s\\-]"_s));
    };
    const QString code = foldedPostcode(postcode);
    if (!key.isEmpty() && !code.isEmpty()) {
        // Customers of that name, then their addresses' postcodes compared folded.
        QSqlQuery candidates(db);
        candidates.setForwardOnly(true);
        candidates.prepare(u"SELECT k.customer_id, a.postcode FROM customer_search_keys k"
                           " JOIN addresses a ON a.customer_id = k.customer_id"
                           " WHERE k.name_key = ? ORDER BY k.customer_id LIMIT 5000"_s);
        candidates.addBindValue(key);
        if (!Database::exec(candidates))
            return unavailable();
        QStringList ids;
        while (candidates.next()) {
            if (foldedPostcode(candidates.value(1).toString()) == code)
                ids << candidates.value(0).toString();
        }
        ids.removeDuplicates();
        ids = ids.mid(0, most * 2);
        if (!ids.isEmpty()) {
            QVariantList values;
            for (const QString &id : std::as_const(ids))
                values << id;
            answer.matched(u"SELECT "_s + answerColumns + u" FROM customer_search_keys k"
                               " JOIN customers c ON c.id = k.customer_id"_s
                               + homeStore + u" WHERE k.customer_id IN ("_s
                               + QStringList(ids.size(), u"?"_s).join(u',') + u") AND "_s
                               + listedCustomer() + u" ORDER BY k.name_key, k.customer_id"_s,
                           values, u"name_postcode"_s);
        }
    }
    if (!answer.run())
        return unavailable();
    return ServiceReply {200, {{u"customers"_s, answer.list()}}};
}

} // namespace CustomerSearch
