// SPDX-License-Identifier: MIT
#include "jsonreader.h"

#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace Protocol {

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

JsonReader::JsonReader(const QJsonObject &object, Wording wording, const QString &prefix)
    : m_object(object)
    , m_wording(wording)
    , m_prefix(prefix)
{ }

QString JsonReader::subject(const QString &name) const
{
    return m_wording == Wording::Argument ? u"argument '%1'"_s.arg(name) : m_prefix + name;
}

void JsonReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

QString JsonReader::text(const QString &name, int maxLength, bool required)
{
    const QJsonValue value = m_object.value(name);
    const bool argument = m_wording == Wording::Argument;
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(argument ? u"missing argument '%1'"_s.arg(name)
                          : u"%1 is required"_s.arg(subject(name)));
        return {};
    }
    if (argument) {
        if (!value.isString()) {
            fail(u"%1 must be a string"_s.arg(subject(name)));
            return {};
        }
        const QString s = value.toString().trimmed();
        if (required && s.isEmpty())
            fail(u"%1 must not be empty"_s.arg(subject(name)));
        if (s.size() > maxLength)
            fail(u"%1 is longer than %2 characters"_s.arg(subject(name)).arg(maxLength));
        return s;
    }
    // Webhooks: the length as sent, before trimming.
    if (!value.isString() || value.toString().size() > maxLength) {
        fail(u"%1 must be a string of at most %2 characters"_s.arg(subject(name)).arg(maxLength));
        return {};
    }
    const QString s = value.toString().trimmed();
    if (required && s.isEmpty())
        fail(u"%1 must not be empty"_s.arg(subject(name)));
    return s;
}

qint64 JsonReader::integer(const QString &name, qint64 min, qint64 max, bool required,
                           qint64 fallback)
{
    const QJsonValue value = m_object.value(name);
    const bool argument = m_wording == Wording::Argument;
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(argument ? u"missing argument '%1'"_s.arg(name)
                          : u"%1 is required"_s.arg(subject(name)));
        return fallback;
    }
    if (argument) {
        if (!isWholeNumber(value)) {
            fail(u"%1 must be a whole number"_s.arg(subject(name)));
            return fallback;
        }
        const qint64 i = value.toInteger();
        if (i < min || i > max)
            fail(u"%1 must be between %2 and %3"_s.arg(subject(name)).arg(min).arg(max));
        return i;
    }
    if (!isWholeNumber(value) || value.toInteger() < min || value.toInteger() > max) {
        fail(u"%1 must be a whole number from %2 to %3"_s.arg(subject(name)).arg(min).arg(max));
        return fallback;
    }
    return value.toInteger();
}

qint64 JsonReader::time(const QString &name, qint64 now, bool required, qint64 fallback)
{
    const qint64 t = integer(name, 0, maxTime, required, fallback);
    if (ok() && now > 0 && t > now + maxClockAheadMs)
        fail(m_wording == Wording::Argument
                 ? u"%1 is more than a day in the future: check the tablet's date and time"_s.arg(
                       subject(name))
                 : u"%1 is more than a day in the future: check the sender's clock"_s.arg(
                       subject(name)));
    return t;
}

QString JsonReader::rowId(const QString &name, int maxLength)
{
    const QString s = text(name, maxLength);
    for (QChar c : s) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && !u"-_.:"_s.contains(c)) {
            fail(u"%1 may hold only letters, digits and - _ . :"_s.arg(subject(name)));
            break;
        }
    }
    return s;
}

QString JsonReader::sha256(const QString &name, bool required)
{
    const QString s = text(name, 64, required);
    if (!s.isEmpty()) {
        bool hex = s.size() == 64;
        for (QChar c : s)
            hex = hex && (c.isDigit() || (c >= u'a' && c <= u'f'));
        if (!hex)
            fail(u"%1 must be a SHA-256 in lower-case hex"_s.arg(subject(name)));
    }
    return s;
}

QString JsonReader::currency(const QString &name)
{
    const QString s = text(name, 3);
    bool code = s.size() == 3;
    for (QChar c : s)
        code = code && c >= u'A' && c <= u'Z';
    if (!code)
        fail(u"%1 must be a currency code like EUR"_s.arg(subject(name)));
    return s;
}

bool JsonReader::boolean(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (!value.isBool())
        fail(u"%1 must be true or false"_s.arg(subject(name)));
    return value.toBool();
}

QString JsonReader::oneOf(const QString &name, const QStringList &allowed)
{
    const QString s = text(name, 64);
    if (ok() && !allowed.contains(s))
        fail(u"%1 must be one of %2"_s.arg(subject(name), allowed.join(u", "_s)));
    return s;
}

QJsonObject JsonReader::object(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (!value.isObject())
        fail(u"%1 must be an object"_s.arg(subject(name)));
    return value.toObject();
}

} // namespace Protocol
