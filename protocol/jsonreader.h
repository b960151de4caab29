// SPDX-License-Identifier: MIT
#pragma once

#include "protocolerror.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Protocol {

/** A JSON number with no fraction that a qint64 holds exactly (2^53 and beyond are refused by
    QJsonValue::toInteger). Every integer in every message is read through it. */
bool isWholeNumber(const QJsonValue &value);

/** How far ahead of the reader's clock a time may be: a tablet's clock may be a little fast,
    but a time further ahead is refused (an order dated in year 9999 would never expire). */
inline constexpr qint64 maxClockAheadMs = 24LL * 3600 * 1000;
/** The latest time any message may name: 9999-12-31. */
inline constexpr qint64 maxTime = 253402300799000;

/**
 * Reads and checks the members of a JSON object: a mutation's arguments (models/ mutators, on
 * the tablet and the service), a webhook's body (server/ingestion.cpp). Each reader returns
 * the value, or a fallback after noting what is wrong; the first problem found is the one
 * reported, so a caller reads everything, then checks ok() once.
 *
 * The messages are on the wire (a mutation's rejection, a webhook's 400 answer) and worded as
 * the two kinds of sender know them: Wording::Argument for mutations ("missing argument
 * 'name'"), Wording::Field for webhooks ("lines[2].sku is required", with a prefix naming
 * where the object sits in the body).
 */
class JsonReader
{
public:
    enum class Wording { Argument, Field };

    explicit JsonReader(const QJsonObject &object, Wording wording = Wording::Argument,
                        const QString &prefix = {});

    /** A string, trimmed; required: present and not blank. */
    QString text(const QString &name, int maxLength, bool required = true);
    /** A whole number from min to max. */
    qint64 integer(const QString &name, qint64 min, qint64 max, bool required = true,
                   qint64 fallback = 0);
    /** A time in ms since the epoch; refused when more than maxClockAheadMs after now (the
        clock of the side reading it; 0: not checked). */
    qint64 time(const QString &name, qint64 now, bool required = true, qint64 fallback = 0);
    /** The id of a row the sender creates: letters, digits and - _ . : only, so ids derived
        from it ("<line id>/purchased") never fall on another row's. */
    QString rowId(const QString &name, int maxLength = 64);
    /** A SHA-256 in lower-case hex (a gift card's id). */
    QString sha256(const QString &name, bool required = true);
    /** An ISO 4217 code, three capital letters. */
    QString currency(const QString &name);
    bool boolean(const QString &name);
    QString oneOf(const QString &name, const QStringList &allowed);
    QJsonObject object(const QString &name);

    /** Notes a problem the caller found itself; the first one noted is kept. */
    void fail(const QString &message);
    bool ok() const { return m_error.isEmpty(); }
    /** The first problem found; empty when none. */
    QString errorMessage() const { return m_error; }
    /** The first problem as an error with the given code ("invalid", "invalid_request"). */
    Error error(const QString &code) const { return {code, m_error}; }

private:
    /** "argument 'name'" or "<prefix>name", as the wording has it. */
    QString subject(const QString &name) const;

    QJsonObject m_object;
    Wording m_wording;
    QString m_prefix;
    QString m_error;
};

} // namespace Protocol
